#include "text/punycode.h"

#include <QList>

namespace text {

namespace {

constexpr char32_t Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 128;

char16_t digit(char32_t d)
{
    return char16_t(d < 26 ? u'a' + d : u'0' + (d - 26));
}

char32_t adapt(char32_t delta, char32_t numPoints, bool firstTime)
{
    delta = firstTime ? delta / Damp : delta / 2;
    delta += delta / numPoints;
    char32_t k = 0;
    for (; delta > ((Base - TMin) * TMax) / 2; k += Base)
        delta /= Base - TMin;
    return k + (Base - TMin + 1) * delta / (delta + Skew);
}

QString encode(const QList<uint> &input)
{
    QString out;
    for (uint c : input) {
        if (c < 0x80)
            out.append(QChar(char16_t(c)));
    }
    const char32_t basic = char32_t(out.size());
    char32_t handled = basic;
    if (basic > 0)
        out.append(QLatin1Char('-'));
    char32_t n = InitialN, delta = 0, bias = InitialBias;
    while (handled < char32_t(input.size())) {
        char32_t m = 0x10FFFF + 1;
        for (uint c : input) {
            if (c >= n && c < m)
                m = c;
        }
        delta += (m - n) * (handled + 1);
        n = m;
        for (uint c : input) {
            if (c < n)
                ++delta;
            if (c == n) {
                char32_t q = delta;
                for (char32_t k = Base;; k += Base) {
                    const char32_t t = k <= bias ? TMin : (k >= bias + TMax ? TMax : k - bias);
                    if (q < t)
                        break;
                    out.append(QChar(digit(t + (q - t) % (Base - t))));
                    q = (q - t) / (Base - t);
                }
                out.append(QChar(digit(q)));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                ++handled;
            }
        }
        ++delta;
        ++n;
    }
    return out;
}

} // namespace

QString Punycode::labelToAscii(QStringView label)
{
    bool ascii = true;
    for (QChar c : label) {
        if (c.unicode() > 0x7E) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return label.toString();
    // punycode.js's ucs2decode: pairs become code points, a lone surrogate stays itself (toUcs4 would make it
    // U+FFFD and change the encoded length).
    QList<uint> codePoints;
    codePoints.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        const char16_t c = label[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < label.size() && label[i + 1].isLowSurrogate()) {
            codePoints.append(QChar::surrogateToUcs4(c, label[i + 1].unicode()));
            ++i;
        } else {
            codePoints.append(c);
        }
    }
    return QStringLiteral("xn--") + encode(codePoints);
}

} // namespace text
