#include "store/searchtext.h"

#include <QStringList>

namespace store {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)     // radicals
           || (c >= 0x3040 && c <= 0x31BF)  // kana, bopomofo
           || (c >= 0x3400 && c <= 0x4DBF)  // extension A
           || (c >= 0x4E00 && c <= 0x9FFF)  // unified ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)  // hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)  // compatibility ideographs
           || (c >= 0x20000 && c <= 0x3134F);
}

bool isMark(char32_t c)
{
    const auto cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

class Folder
{
public:
    explicit Folder(qsizetype capacity) { m_out.reserve(capacity + 8); }

    void add(char32_t c)
    {
        if (c == 0x0451 || c == 0x0401) { // ё Ё
            letter(0x0435);
            return;
        }
        if (c == 0x0439 || c == 0x0419) { // й Й: its own letter, not и with a mark
            letter(0x0439);
            return;
        }
        if (c >= 0x80 && QChar::decompositionTag(c) != QChar::NoDecomposition) {
            const QString parts = QChar::decomposition(c);
            for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
                char32_t p = it->unicode();
                if (it->isHighSurrogate() && it + 1 != parts.cend()) {
                    p = QChar::surrogateToUcs4(*it, *(it + 1));
                    ++it;
                }
                if (p != c)
                    add(p);
            }
            return;
        }
        if (isMark(c))
            return; // an accent after its letter: dropped
        if (isCjk(c)) {
            space();
            append(c);
            space();
            return;
        }
        if (QChar::isLetterOrNumber(c)) {
            letter(QChar::toCaseFolded(c));
            return;
        }
        space();
    }

    QString take()
    {
        if (m_out.endsWith(QLatin1Char(' ')))
            m_out.chop(1);
        return std::move(m_out);
    }

private:
    void letter(char32_t c) { append(c); }
    void space()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char(' ')))
            m_out.append(QLatin1Char(' '));
    }
    void append(char32_t c)
    {
        if (QChar::requiresSurrogates(c)) {
            m_out.append(QChar(QChar::highSurrogate(c)));
            m_out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            m_out.append(QChar(char16_t(c)));
        }
    }

    QString m_out;
};

// The query's words in order, CJK runs joined (each a list of characters).
struct QueryPart
{
    QStringList characters; // a CJK phrase
    QString word;           // or one word
};

QList<QueryPart> parts(QStringView query)
{
    QList<QueryPart> result;
    const QString folded = searchText(query);
    for (const QStringView token : QStringView(folded).tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const char32_t first = token.size() > 1 && token.at(0).isHighSurrogate()
                                   ? QChar::surrogateToUcs4(token.at(0), token.at(1))
                                   : token.at(0).unicode();
        if (isCjk(first)) {
            if (result.isEmpty() || result.last().characters.isEmpty())
                result.append(QueryPart{});
            result.last().characters << token.toString();
        } else {
            QueryPart word;
            word.word = token.toString();
            result.append(word);
        }
    }
    return result;
}

} // namespace

QString searchText(QStringView text)
{
    Folder folder(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        folder.add(c);
    }
    return folder.take();
}

QString fts5Query(QStringView query)
{
    QStringList terms;
    for (const QueryPart &p : parts(query)) {
        // The folded text holds only letters, digits and spaces, so quoting cannot be escaped from.
        if (!p.characters.isEmpty())
            terms << QLatin1Char('"') + p.characters.join(QLatin1Char(' ')) + QLatin1Char('"');
        else
            terms << QLatin1Char('"') + p.word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString tsQuery(QStringView query)
{
    QStringList terms;
    for (const QueryPart &p : parts(query)) {
        if (!p.characters.isEmpty())
            terms << QLatin1Char('(') + p.characters.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
        else
            terms << p.word + QStringLiteral(":*");
    }
    return terms.join(QStringLiteral(" & "));
}

} // namespace store
