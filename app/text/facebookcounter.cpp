#include "text/facebookcounter.h"

#include "text/nfc.h"

namespace text {

CountResult FacebookCounter::count(const QString &text)
{
    const QString normalized = Nfc::normalized(text);
    const qsizetype n = normalized.size();
    qint64 length = 0;
    qsizetype validEnd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (normalized.at(i).isHighSurrogate() && i + 1 < n && normalized.at(i + 1).isLowSurrogate())
            ++i;
        ++length;
        if (length <= Limit)
            validEnd = i;
    }
    CountResult r;
    r.weightedLength = int(length);
    r.valid = length > 0 && length <= Limit;
    r.permillage = int(length * 1000 / Limit);
    r.validRangeEnd = int(validEnd + (text.size() - n));
    r.displayRangeEnd = text.isEmpty() ? 0 : int(text.size() - 1);
    return r;
}

} // namespace text
