#pragma once

#include "text/countresult.h"
#include "text/twitterconfig.h"

#include <QString>

namespace text {

// X's weighted length (twitter-text's parseTweet): NFC, weighted UTF-16 ranges, every URL as 23, every emoji
// sequence as one default-weight character. Allocation-free for plain text without URLs; safe from any
// thread.
class TwitterCounter final
{
public:
    static CountResult count(const QString &text, const TwitterConfig &config = TwitterConfig::v3());
};

} // namespace text
