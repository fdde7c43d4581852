#include "text/nfc.h"

#include "text/nfctable.h"

namespace text {

bool Nfc::isInert(QStringView text)
{
    static const UnicodeProperty inert(unicodedata::nfcInert, unicodedata::nfcInertCount);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = text[i].unicode();
        if (cp < 0x300)
            continue;
        if (QChar::isHighSurrogate(cp) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(char16_t(cp), text[i + 1].unicode());
            ++i;
        }
        if (!inert.has(cp))
            return false;
    }
    return true;
}

} // namespace text
