#pragma once

#include "text/twitterconfig.h"

#include <QString>
#include <QStringList>

namespace text {

// Splits a text too long for one post on X into a numbered thread. Each part ends with " k/n" (a suffix, so a
// leading @mention keeps making the first post a reply, and the numbering reads last), and each part, suffix
// included, is valid by TwitterCounter. Breaks fall at sentence ends where possible (unless that would fill
// less than half a post), then at line-break opportunities (between words, or between CJK characters), and
// only then between any two graphemes; never inside a URL unless the URL alone is too long. A text that
// already fits comes back unchanged, unnumbered.
class ThreadSplitter final
{
public:
    static QStringList split(const QString &text, const TwitterConfig &config = TwitterConfig::v3());

    // The suffix of part `index` (1-based) of `total`: " 1/3".
    static QString suffix(int index, int total);
};

} // namespace text
