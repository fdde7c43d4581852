#pragma once

#include <QList>

namespace text {

// The weighting configuration of twitter-text (config/v3.json at twitter/twitter-text 30e2430, Apache 2.0).
struct TwitterConfig
{
    struct Range
    {
        char16_t start;
        char16_t end;
        int weight;
    };

    int maxWeightedTweetLength = 280;
    int scale = 100;
    int defaultWeight = 200;
    int transformedUrlLength = 23;
    bool emojiParsingEnabled = true;
    QList<Range> ranges;

    // What X uses today.
    static const TwitterConfig &v3();
    // v3 without emoji parsing: what the reference harness calls v2 (same weights and limit).
    static const TwitterConfig &v2();

    int weightOf(char16_t unit) const
    {
        for (const Range &r : ranges) {
            if (unit >= r.start && unit <= r.end)
                return r.weight;
        }
        return defaultWeight;
    }
};

} // namespace text
