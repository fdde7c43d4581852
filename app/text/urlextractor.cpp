#include "text/urlextractor.h"

#include "text/punycode.h"
#include "text/twitterpatterns.h"

#include <QRegularExpressionMatch>
#include <algorithm>

namespace text {

namespace {

constexpr qsizetype MaxUrlLength = 4096;
constexpr qsizetype MaxTcoSlugLength = 40;
constexpr qsizetype MaxDomainLabelLength = 63;

// twitter-text's invalidDomainChars: punctuation, spaces, invalid characters and directional marks.
bool isDomainChar(char16_t c)
{
    if (c < 0x80) {
        if (c <= 0x20)
            return false;
        switch (c) {
        case u'!':
        case u'\'':
        case u'#':
        case u'%':
        case u'&':
        case u'(':
        case u')':
        case u'*':
        case u'+':
        case u',':
        case u'\\':
        case u'-':
        case u'.':
        case u'/':
        case u':':
        case u';':
        case u'<':
        case u'=':
        case u'>':
        case u'?':
        case u'@':
        case u'[':
        case u']':
        case u'^':
        case u'_':
        case u'{':
        case u'|':
        case u'}':
        case u'~':
        case u'$':
            return false;
        default:
            return true;
        }
    }
    if (c == 0x85 || c == 0xA0 || c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
        c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000)
        return false;
    if (c == 0xFFFE || c == 0xFEFF || c == 0xFFFF)
        return false;
    if ((c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F ||
        (c >= 0x2066 && c <= 0x2069))
        return false;
    return true;
}

// punycode.js toASCII on one label: it splits again on the ideographic and fullwidth full stops.
qsizetype asciiLabelLength(QStringView label)
{
    qsizetype length = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= label.size(); ++i) {
        const bool separator =
            i < label.size() &&
            (label[i].unicode() == 0x3002 || label[i].unicode() == 0xFF0E || label[i].unicode() == 0xFF61);
        if (i == label.size() || separator) {
            length += Punycode::labelToAscii(label.mid(from, i - from)).size() + (separator ? 1 : 0);
            from = i + 1;
        }
    }
    return length;
}

bool isAsciiOnly(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7E)
            return false;
    }
    return true;
}

// twitter-text's isValidUrl with its idna.toAscii: every label must encode to 1..63 characters, and the URL
// with its scheme must stay within 4096 characters.
bool isValidUrl(QStringView url, QStringView protocol, const QString &domain, const QString &maskedDomain)
{
    const auto &patterns = TwitterPatterns::compiled();
    if (domain.startsWith(QLatin1String("xn--")) && !patterns.validAsciiDomain.match(maskedDomain).hasMatch())
        return false;
    for (QStringView label : QStringView(domain).split(QLatin1Char('.'))) {
        const qsizetype length = isAsciiOnly(label) ? label.size() : asciiLabelLength(label);
        if (length < 1 || length > MaxDomainLabelLength)
            return false;
    }
    return (protocol.isEmpty() ? 8 : protocol.size()) + url.size() <= MaxUrlLength;
}

QString withSurrogatesMasked(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); }))
        return text; // shared, no copy
    QString masked = text;
    for (QChar &c : masked) {
        if (c.isSurrogate())
            c = QChar(c.isHighSurrogate() ? 0xE000 : 0xE001);
    }
    return masked;
}

} // namespace

qsizetype UrlExtractor::firstCandidateDot(QStringView text, qsizetype from)
{
    for (qsizetype i = qMax<qsizetype>(from, 1); i + 1 < text.size(); ++i) {
        if (text[i].unicode() != u'.')
            continue;
        const char16_t next = text[i + 1].unicode();
        if (isDomainChar(text[i - 1].unicode()) && isDomainChar(next) && !(next >= u'0' && next <= u'9'))
            return i;
    }
    return -1;
}

// Where the expression may first match at or after `from`, or -1 when it cannot. Every match holds a
// candidate dot inside a run of domain characters and begins at most "https://" and one preceding character
// before that run, so searching from there finds what searching from `from` would, without trying every
// position before.
qsizetype UrlExtractor::searchStart(QStringView text, qsizetype from)
{
    const qsizetype dot = firstCandidateDot(text, from + 1);
    if (dot < 0)
        return -1;
    qsizetype runStart = dot;
    while (runStart > from) {
        const char16_t c = text[runStart - 1].unicode();
        if (!isDomainChar(c) && c != u'.' && c != u'-' && c != u'_')
            break;
        --runStart;
    }
    return qMax<qsizetype>(from, runStart - 9);
}

Entities UrlExtractor::extract(const QString &text)
{
    Entities urls;
    qsizetype offset = searchStart(text, 0);
    if (offset < 0)
        return urls;

    // The reference's expression runs on UTF-16 code units: a negated class such as the preceding character
    // or a domain character matches one half of a surrogate pair, so an emoji can end up half before and half
    // inside a domain. PCRE matches whole code points (and refuses lone surrogates), so match on a copy where
    // every surrogate is a private-use character, which those classes treat alike and no positive class
    // contains. Indices map one to one; values are taken from the text itself.
    const QString subject = withSurrogatesMasked(text);

    const auto &patterns = TwitterPatterns::compiled();
    while (offset < subject.size()) {
        const QRegularExpressionMatch m = patterns.extractUrl.match(subject, offset);
        if (!m.hasMatch())
            break;
        const qsizetype lastIndex = m.capturedEnd(0); // where the reference's global search goes on
        offset = lastIndex < subject.size() ? searchStart(text, lastIndex) : -1;
        if (offset < 0)
            offset = subject.size(); // this match is still handled, the loop then ends
        const QStringView before = m.capturedView(2);
        QString url = text.mid(m.capturedStart(3), m.capturedLength(3));
        const QString protocol = m.captured(4);
        const QString domain = text.mid(m.capturedStart(5), m.capturedLength(5));
        const QString maskedDomain = m.captured(5);
        const QStringView path = m.capturedView(7);
        qsizetype endPosition = lastIndex;
        const qsizetype startPosition = endPosition - url.size();

        if (!isValidUrl(url, protocol, domain, maskedDomain))
            continue;

        if (protocol.isEmpty()) {
            if (!before.isEmpty()) {
                const QChar b = before.back();
                if (b == u'-' || b == u'_' || b == u'.' || b == u'/')
                    continue;
            }
            // Only ASCII domains are taken without a scheme; the last one found gets the path.
            qsizetype lastAscii = -1;
            qsizetype asciiEnd = 0;
            auto it = patterns.validAsciiDomain.globalMatch(maskedDomain);
            while (it.hasNext()) {
                const QRegularExpressionMatch a = it.next();
                const QString asciiDomain = a.captured(0);
                const qsizetype asciiStart = domain.indexOf(asciiDomain, asciiEnd);
                asciiEnd = asciiStart + asciiDomain.size();
                urls.append({Entity::Type::Url,
                             startPosition + asciiStart,
                             startPosition + asciiEnd,
                             asciiDomain,
                             {}});
                lastAscii = urls.size() - 1;
            }
            if (lastAscii < 0)
                continue;
            if (!path.isEmpty()) {
                Entity &last = urls[lastAscii];
                last.value = url.replace(url.indexOf(domain), domain.size(), last.value);
                last.end = endPosition;
            }
        } else {
            // t.co links take no further path characters.
            const QRegularExpressionMatch tco = patterns.validTcoUrl.match(m.captured(3));
            if (tco.hasMatch()) {
                if (tco.capturedLength(1) > MaxTcoSlugLength)
                    continue;
                url.truncate(tco.capturedLength(0));
                endPosition = startPosition + url.size();
            }
            urls.append({Entity::Type::Url, startPosition, endPosition, url, {}});
        }
    }
    return urls;
}

} // namespace text
