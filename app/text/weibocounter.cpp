#include "text/weibocounter.h"

#include "text/urlextractor.h"

namespace text {

CountResult WeiboCounter::count(const QString &text)
{
    // Counted in half characters so the rounding happens once, at the end.
    const Entities urls = UrlExtractor::mayContainUrl(text) ? UrlExtractor::extract(text) : Entities();
    const qsizetype n = text.size();
    qint64 halves = 0;
    qsizetype validEnd = 0;
    qsizetype nextUrl = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (nextUrl < urls.size() && urls[nextUrl].start == i) {
            halves += 2 * UrlLength;
            i = urls[nextUrl].end - 1;
            ++nextUrl;
        } else if (c < 0x80) {
            halves += 1;
        } else {
            if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate())
                ++i;
            halves += 2;
        }
        if ((halves + 1) / 2 <= Limit)
            validEnd = i;
    }
    CountResult r;
    r.weightedLength = int((halves + 1) / 2);
    r.valid = r.weightedLength > 0 && r.weightedLength <= Limit;
    r.permillage = int(qint64(r.weightedLength) * 1000 / Limit);
    r.validRangeEnd = int(validEnd);
    r.displayRangeEnd = n > 0 ? int(n - 1) : 0;
    return r;
}

} // namespace text
