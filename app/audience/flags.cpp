#include "audience/flags.h"

namespace audience {

namespace {

constexpr char32_t RegionalIndicatorA = 0x1F1E6;
constexpr char32_t BlackFlag = 0x1F3F4;
constexpr char32_t TagA = 0xE0061;
constexpr char32_t TagZ = 0xE007A;
constexpr char32_t CancelTag = 0xE007F;

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *width)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *width = 1;
    return c.unicode();
}

bool isRegionalIndicator(char32_t u)
{
    return u >= RegionalIndicatorA && u < RegionalIndicatorA + 26;
}

} // namespace

void findFlags(QStringView text, std::vector<FlagHint> &flags)
{
    if (!text.contains(QChar(0xD83C)))
        return;
    qsizetype width = 0;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t u = codePointAt(text, i, &width);
        i += width;
        if (isRegionalIndicator(u) && i < text.size()) {
            qsizetype w2 = 0;
            const char32_t v = codePointAt(text, i, &w2);
            if (isRegionalIndicator(v)) {
                i += w2;
                const QChar code[2] = {QChar(char16_t(u'A' + (u - RegionalIndicatorA))),
                                       QChar(char16_t(u'A' + (v - RegionalIndicatorA)))};
                flags.push_back({QString(code, 2), QString()});
            }
        } else if (u == BlackFlag) {
            // 🏴 + tag letters "gbeng" + cancel tag: a subdivision flag (UTS #51).
            QString tag;
            while (i < text.size()) {
                qsizetype w2 = 0;
                const char32_t t = codePointAt(text, i, &w2);
                if (t < TagA || t > TagZ)
                    break;
                tag.append(QChar(char16_t(u'A' + (t - TagA))));
                i += w2;
            }
            if (i < text.size() && codePointAt(text, i, &width) == CancelTag)
                i += width;
            if (tag.size() > 2)
                flags.push_back({tag.left(2), tag.mid(2)});
        }
    }
}

} // namespace audience
