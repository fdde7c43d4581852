#include "text/facebookcounter.h"

namespace text {

CountResult FacebookCounter::count(const QString &text)
{
    bool plain = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x300) {
            plain = false;
            break;
        }
    }
    const QString normalized = plain ? text : text.normalized(QString::NormalizationForm_C);
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
