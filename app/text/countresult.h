#pragma once

namespace text {

// How long a text is for one platform and how much of it fits, as the composer shows it.
// Ranges are inclusive UTF-16 indices into the text as given (so they map straight onto QString positions).
struct CountResult
{
    int weightedLength = 0;
    bool valid = false;
    int permillage = 0;      // floor(weightedLength * 1000 / limit)
    int validRangeEnd = 0;   // last index that still fits the limit
    int displayRangeEnd = 0; // size() - 1, or 0 for an empty text

    friend bool operator==(const CountResult &, const CountResult &) = default;
};

} // namespace text
