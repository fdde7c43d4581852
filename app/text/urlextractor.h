#pragma once

#include "text/entity.h"

#include <QString>

namespace text {

// Finds URLs as twitter-text's extractUrlsWithIndices does (with and without a scheme, using the TLD list),
// so the counter charges exactly the URLs X will shorten to t.co links.
class UrlExtractor final
{
public:
    static Entities extract(const QString &text);

    // Cheap necessary condition for any URL: a '.' between two domain characters with a letter after it.
    // False for most plain sentences ("Hello. Bye"), which then never reach the regular expression.
    static bool mayContainUrl(QStringView text) { return firstCandidateDot(text, 0) >= 0; }

private:
    static qsizetype firstCandidateDot(QStringView text, qsizetype from);
    static qsizetype searchStart(QStringView text, qsizetype from);
};

} // namespace text
