#include "text/twitterpatterns.h"

#include "text/tlds.h"

#include <QStringList>
#include <map>
#include <vector>

namespace text {

namespace {

// Character class bodies, named as in twitter-text's src/regexp.
const QString punct = QStringLiteral(R"(!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$)");
const QString spaces = QStringLiteral(
    R"(\x{09}-\x{0D}\x{20}\x{85}\x{A0}\x{1680}\x{180E}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000})");
const QString invalidChars = QStringLiteral(R"(\x{FFFE}\x{FEFF}\x{FFFF})");
const QString directionalMarkers =
    QStringLiteral(R"(\x{202A}-\x{202E}\x{061C}\x{200E}\x{200F}\x{2066}-\x{2069})");
const QString latinAccentChars = QStringLiteral(
    R"(\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{FF}\x{100}-\x{24F}\x{253}\x{254}\x{256}\x{257}\x{259}\x{25B}\x{263})"
    R"(\x{268}\x{26F}\x{272}\x{289}\x{28B}\x{2BB}\x{300}-\x{36F}\x{1E00}-\x{1EFF})");
const QString cyrillicLettersAndMarks = QStringLiteral(R"(\x{400}-\x{4FF})");
// JavaScript's \s, which PCRE's \s (ASCII only without UCP) is not.
const QString jsWhitespace = QStringLiteral(
    R"([\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}])");
const QString hashtagSpecialChars = QStringLiteral(
    R"(_\x{200C}\x{200D}\x{A67E}\x{5BE}\x{5F3}\x{5F4}\x{FF5E}\x{301C}\x{309B}\x{309C}\x{30A0}\x{30FB}\x{3003})"
    R"(\x{F0B}\x{F0C}\x{B7})");

// The TLD alternation as a prefix tree ("(?:c(?:o(?:m|)|...)"): PCRE tries the alternatives of a flat list of
// 1,500 names one after the other at every candidate dot, which made the URL expression the cost of counting.
// Same matches as the flat list: two names can both match at one position only when one is a prefix of the
// other, and the list (like the tree, which tries longer continuations before ending) puts the longer one
// first.
class TldTree
{
public:
    explicit TldTree(const QString &alternation)
    {
        m_nodes.emplace_back();
        for (QStringView name : QStringView(alternation).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            int node = 0;
            for (QChar c : name) {
                auto it = m_nodes[node].children.find(c.unicode());
                if (it == m_nodes[node].children.end()) {
                    m_nodes.emplace_back();
                    it = m_nodes[node].children.emplace(c.unicode(), int(m_nodes.size() - 1)).first;
                }
                node = it->second;
            }
            m_nodes[node].terminal = true;
        }
    }

    QString pattern(int node = 0) const
    {
        QStringList branches;
        for (const auto &[unit, child] : m_nodes[node].children) {
            const QChar c(unit);
            const QString literal =
                c.unicode() < 0x80 && !c.isLetterOrNumber() ? QLatin1Char('\\') + QString(c) : QString(c);
            branches.append(literal + pattern(child));
        }
        if (m_nodes[node].terminal && !branches.isEmpty())
            branches.append(QString()); // end here, after every longer name was tried
        if (branches.isEmpty())
            return {};
        if (branches.size() == 1)
            return branches.first();
        return QStringLiteral("(?:") + branches.join(QLatin1Char('|')) + QLatin1Char(')');
    }

private:
    struct Node
    {
        std::map<char16_t, int> children;
        bool terminal = false;
    };
    std::vector<Node> m_nodes;
};

QString tldGroup(const char *alternation)
{
    return QStringLiteral("(?:") + TldTree(QString::fromUtf8(alternation)).pattern() +
           QStringLiteral("(?=[^0-9a-zA-Z@+\\-]|\\z))");
}

QRegularExpression compile(const QString &pattern, bool caseInsensitive)
{
    QRegularExpression re(pattern, caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                   : QRegularExpression::NoPatternOption);
    Q_ASSERT_X(re.isValid(), "TwitterPatterns", qPrintable(re.errorString()));
    re.optimize();
    return re;
}

TwitterPatterns build()
{
    const QString domainChars =
        QStringLiteral("[^") + punct + spaces + invalidChars + directionalMarkers + QStringLiteral("]");
    const QString precedingChars = QStringLiteral(R"((?:[^A-Za-z0-9@＠$#＃)") + invalidChars +
                                   QStringLiteral("]|[") + directionalMarkers + QStringLiteral("]|^)");
    const QString subdomain = QStringLiteral("(?:(?:") + domainChars + QStringLiteral("(?:[_-]|") +
                              domainChars + QStringLiteral(")*)?") + domainChars + QStringLiteral(R"(\.))");
    const QString domainName = QStringLiteral("(?:(?:") + domainChars + QStringLiteral("(?:-|") +
                               domainChars + QStringLiteral(")*)?") + domainChars + QStringLiteral(R"(\.))");
    const QString gtld = tldGroup(tlds::genericAlternation);
    const QString cctld = tldGroup(tlds::countryAlternation);
    const QString punycode = QStringLiteral(R"((?:xn--[\-0-9a-z]+))");
    const QString domain = QStringLiteral("(?:") + subdomain + QStringLiteral("*") + domainName +
                           QStringLiteral("(?:") + gtld + QLatin1Char('|') + cctld + QLatin1Char('|') +
                           punycode + QStringLiteral("))");

    const QString pathChars = QStringLiteral("[a-z") + cyrillicLettersAndMarks +
                              QStringLiteral(R"(0-9!*';:=+,.$/%#\[\]\-\x{2013}_~@|&)") + latinAccentChars +
                              QStringLiteral("]");
    const QString balancedParens = QStringLiteral(R"(\((?:)") + pathChars + QStringLiteral("+|(?:") +
                                   pathChars + QStringLiteral(R"(*\()") + pathChars +
                                   QStringLiteral(R"(+\))") + pathChars + QStringLiteral(R"(*))\))");
    const QString pathEndingChars = QStringLiteral(R"((?:[+\-a-z)") + cyrillicLettersAndMarks +
                                    QStringLiteral("0-9=_#/") + latinAccentChars + QStringLiteral("]|") +
                                    balancedParens + QLatin1Char(')');
    const QString urlPath = QStringLiteral("(?:(?:") + pathChars + QStringLiteral("*(?:") + balancedParens +
                            pathChars + QStringLiteral("*)*") + pathEndingChars + QStringLiteral(")|(?:@") +
                            pathChars + QStringLiteral("+/))");
    const QString queryChars = QStringLiteral(R"([a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|])");
    const QString queryEndingChars = QStringLiteral(R"([a-z0-9\-_&=#/])");

    TwitterPatterns p;
    p.extractUrl =
        compile(QStringLiteral("((") + precedingChars + QStringLiteral(")((https?://)?(") + domain +
                    QStringLiteral(")(?::([0-9]+))?(/") + urlPath + QStringLiteral(R"(*)?(\?)") + queryChars +
                    QLatin1Char('*') + queryEndingChars + QStringLiteral(")?))"),
                true);
    p.validAsciiDomain =
        compile(QStringLiteral(R"((?:(?:[\-a-z0-9)") + latinAccentChars + QStringLiteral(R"(]+)\.)+(?:)") +
                    gtld + QLatin1Char('|') + cctld + QLatin1Char('|') + punycode + QLatin1Char(')'),
                true);
    p.validTcoUrl = compile(QStringLiteral(R"(^https?://t\.co/([a-z0-9]+)(?:\?)") + queryChars +
                                QLatin1Char('*') + queryEndingChars + QStringLiteral(")?"),
                            true);

    p.validMentionOrList = compile(
        QStringLiteral(R"(((?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.\-])(?:rt|RT|rT|Rt):?))([@＠]))"
                       R"(([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_\-]{0,24})?)"),
        false);
    p.endMentionMatch =
        compile(QStringLiteral(R"((?:[@＠]|[)") + latinAccentChars + QStringLiteral("]|://)"), false);

    p.validReply =
        compile(QStringLiteral("^[") + spaces + QStringLiteral(R"(]*[@＠]([a-zA-Z0-9_]{1,20}))"), false);

    const QString hashtagAlpha = QStringLiteral(R"([\p{L}\p{M}])");
    const QString hashtagAlphaNumeric =
        QStringLiteral(R"([\p{L}\p{M}\p{Nd})") + hashtagSpecialChars + QStringLiteral("]");
    // U+FDD0 stands for a lone surrogate (see EntityExtractor), which the reference's codePoint does not
    // match.
    const QString hashtagBoundary = QStringLiteral(R"((?:^|\x{FE0E}|\x{FE0F}|\z|(?!)") + hashtagAlphaNumeric +
                                    QStringLiteral(R"(|&|\x{FDD0})(?s:.)))");
    p.validHashtag = compile(QLatin1Char('(') + hashtagBoundary +
                                 QStringLiteral(R"()([#＃])(?!\x{FE0F}|\x{20E3})()") + hashtagAlphaNumeric +
                                 QLatin1Char('*') + hashtagAlpha + hashtagAlphaNumeric + QStringLiteral("*)"),
                             true);
    p.endHashtagMatch = compile(QStringLiteral("(?:[#＃]|://)"), false);
    p.validCashtag = compile(
        QStringLiteral("(^|[") + spaces + QStringLiteral(R"(])(\$)([a-z]{1,6}(?:[._][a-z]{1,2})?))") +
            QStringLiteral(R"((?=\z|)") + jsWhitespace + QStringLiteral("|[") + punct + QStringLiteral("])"),
        true);
    return p;
}

} // namespace

const TwitterPatterns &TwitterPatterns::compiled()
{
    static const TwitterPatterns patterns = build();
    return patterns;
}

} // namespace text
