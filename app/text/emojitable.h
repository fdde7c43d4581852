#pragma once

#include <cstdint>

// Generated Unicode data for the emoji matcher (see tools/genemojitable.cpp for its origin).
namespace text::emojidata {

struct CodePointRange
{
    char32_t first;
    char32_t last;
};

extern const CodePointRange extendedPictographic[];
extern const int extendedPictographicCount;
extern const CodePointRange emojiPresentation[];
extern const int emojiPresentationCount;
extern const CodePointRange emojiModifierBase[];
extern const int emojiModifierBaseCount;

} // namespace text::emojidata
