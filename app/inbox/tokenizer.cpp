#include "inbox/tokenizer.h"

#include "inbox/russianstemmer.h"
#include "inbox/vocabulary.h"

namespace inbox {

namespace {

enum class Kind { Latin, Cyrillic, Han, Kana, OtherLetter, Digit, Mark, Space, Other };

Kind kindOf(char16_t c)
{
    if (c < 0x80) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            return Kind::Latin;
        if (c >= u'0' && c <= u'9')
            return Kind::Digit;
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')
            return Kind::Space;
        return Kind::Other;
    }
    if (c >= 0x400 && c <= 0x4FF)
        return Kind::Cyrillic;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF))
        return Kind::Han;
    if (c >= 0x3040 && c <= 0x30FF)
        return Kind::Kana;
    if (c >= 0x300 && c <= 0x36F)
        return Kind::Mark;
    if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
        return Kind::Latin;
    const QChar q(c);
    if (q.isSpace())
        return Kind::Space;
    if (q.isLetter())
        return Kind::OtherLetter;
    if (q.isMark())
        return Kind::Mark;
    if (q.isDigit())
        return Kind::Digit;
    return Kind::Other;
}

bool isRussianLetter(char16_t c)
{
    return (c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451;
}

char16_t lower(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    if (c >= 0x410 && c <= 0x42F)
        return char16_t(c + 32);
    if (c == 0x401 || c == 0x451) // ё: the lexicons and most writers use е
        return u'е';
    if (c == 0x2019)
        return u'\'';
    return QChar(c).toLower().unicode();
}

bool isUpper(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z';
    if (c >= 0x410 && c <= 0x42F)
        return true;
    return QChar(c).isUpper();
}

bool isWordLetter(Kind k)
{
    return k == Kind::Latin || k == Kind::Cyrillic || k == Kind::OtherLetter;
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019;
}

// Punctuation that ends a sentence ('.', '!', '?', '…' and their full-width forms), as its strength for
// sentenceEnds: a question mark beats an exclamation mark, which beats a full stop.
int sentenceEndRank(char16_t c)
{
    switch (c) {
    case u'?':
    case 0xFF1F:
        return 3;
    case u'!':
    case 0xFF01:
        return 2;
    case u'.':
    case 0x2026:
    case 0x3002:
    case u'\n':
        return 1;
    default:
        return 0;
    }
}

bool endsClause(char16_t c)
{
    switch (c) {
    case u',':
    case u';':
    case u':':
    case u'(':
    case u')':
    case 0x2013:
    case 0x2014:
    case 0xFF0C:
    case 0x3001:
    case 0xFF1B:
    case 0xFF1A:
        return true;
    default:
        return false;
    }
}

bool opensQuote(char16_t c)
{
    return c == 0x201C || c == 0xAB || c == 0x201E || c == 0x300C || c == 0x300E || c == 0x2018;
}

bool closesQuote(char16_t c)
{
    return c == 0x201D || c == 0xBB || c == 0x300D || c == 0x300F || c == 0x2019;
}

// Links and addresses are not words: http(s)://…, www.…, and anything with '@' or "://" runs to the next
// space.
bool startsLink(QStringView text, qsizetype i)
{
    const QStringView rest = text.mid(i);
    return rest.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive) ||
           rest.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive) ||
           rest.startsWith(QLatin1StringView("www."), Qt::CaseInsensitive);
}

} // namespace

void tokenize(QStringView text, const Vocabulary *chinese, TokenizedText &out)
{
    const qsizetype n = text.size();
    out.lowered.resize(n);
    out.tokens.clear();
    out.sentenceEnds.clear();
    out.sentenceEnds.append(0);
    out.counts = {};
    out.longestExclamation = 0;
    out.questionMark = false;
    char16_t *low = reinterpret_cast<char16_t *>(out.lowered.data());
    const char16_t *src = reinterpret_cast<const char16_t *>(text.utf16());
    for (qsizetype i = 0; i < n; ++i)
        low[i] = lower(src[i]);

    bool sentenceBreak = true;
    bool clauseBreak = true;
    int exclamationRun = 0;
    bool inQuote = false;
    int quoteStartToken = -1;

    auto addToken = [&](qsizetype start, qsizetype length, Script script) {
        Token t;
        t.start = qint32(start);
        t.length = qint32(length);
        t.stemLength = qint16(qMin<qsizetype>(length, 0x7FFF));
        t.script = script;
        if (sentenceBreak && !out.tokens.isEmpty()) {
            out.sentenceEnds.append(0);
        }
        t.sentence = qint32(out.sentenceEnds.size() - 1);
        t.sentenceStart = sentenceBreak;
        t.clauseStart = sentenceBreak || clauseBreak;
        t.quoted = inQuote;
        sentenceBreak = clauseBreak = false;
        out.tokens.append(t);
    };
    auto closeQuote = [&] {
        // Only a short quotation is ironic; a longer one cites somebody, whose words are not our author's
        // stance.
        const qsizetype words = out.tokens.size() - quoteStartToken;
        if (words > 3) {
            for (qsizetype k = quoteStartToken; k < out.tokens.size(); ++k)
                out.tokens[k].quoted = false;
        }
        inQuote = false;
    };

    qsizetype i = 0;
    while (i < n) {
        const char16_t c = src[i];
        const Kind kind = kindOf(c);
        if (c != u'!' && c != 0xFF01)
            exclamationRun = 0;
        if (isWordLetter(kind) || kind == Kind::Digit) {
            if ((c == u'h' || c == u'H' || c == u'w' || c == u'W') && startsLink(text, i)) {
                while (i < n && kindOf(src[i]) != Kind::Space)
                    ++i;
                continue;
            }
            // A word: letters, digits and marks, with apostrophes and hyphens between letters.
            const qsizetype start = i;
            int latin = 0, cyrillic = 0, other = 0, upper = 0, letters = 0;
            bool email = false;
            while (i < n) {
                const char16_t d = src[i];
                const Kind k = kindOf(d);
                if (isWordLetter(k) || k == Kind::Digit || k == Kind::Mark) {
                    if (k == Kind::Latin) {
                        ++latin;
                        if (d >= 0xC0)
                            ++out.counts.latinDiacritics;
                    } else if (k == Kind::Cyrillic) {
                        ++cyrillic;
                        if (!isRussianLetter(d))
                            ++out.counts.nonRussianCyrillic;
                    } else if (k == Kind::OtherLetter) {
                        ++other;
                    }
                    if (k != Kind::Digit && k != Kind::Mark) {
                        ++letters;
                        upper += isUpper(d);
                    }
                    ++i;
                } else if ((isApostrophe(d) || d == u'-') && i + 1 < n && isWordLetter(kindOf(src[i + 1])) &&
                           i > start) {
                    ++i;
                } else if (d == u'@' || d == u'/') {
                    email = true; // an address or a path, not a word
                    ++i;
                } else {
                    break;
                }
            }
            if (email) {
                while (i < n && kindOf(src[i]) != Kind::Space)
                    ++i;
                continue;
            }
            out.counts.latin += latin;
            out.counts.cyrillic += cyrillic;
            out.counts.otherLetters += other;
            if (letters == 0)
                continue; // a number
            const Script script = latin >= cyrillic && latin >= other ? Script::Latin
                                  : cyrillic >= other                 ? Script::Cyrillic
                                                                      : Script::Other;
            addToken(start, i - start, script);
            Token &t = out.tokens.last();
            t.allCaps = letters >= 3 && upper == letters;
            if (script == Script::Cyrillic)
                t.stemLength = qint16(russianStemLength(out.word(t)));
            continue;
        }
        if (kind == Kind::Han) {
            const qsizetype start = i;
            while (i < n && kindOf(src[i]) == Kind::Han)
                ++i;
            out.counts.han += int(i - start);
            // Longest match against the vocabulary, as Chinese has no spaces between words.
            qsizetype at = start;
            while (at < i) {
                qsizetype len = 1;
                if (chinese) {
                    for (qsizetype l = qMin<qsizetype>(chinese->longestWord(), i - at); l > 1; --l) {
                        if (chinese->findWord(QStringView(out.lowered).mid(at, l))) {
                            len = l;
                            break;
                        }
                    }
                }
                addToken(at, len, Script::Han);
                at += len;
            }
            continue;
        }
        if (kind == Kind::Kana) {
            ++out.counts.kana;
        } else if (kind == Kind::OtherLetter) {
            ++out.counts.otherLetters;
        } else if (c == u'@') {
            // A @handle names somebody; its words are not the author's.
            ++i;
            while (i < n && (isWordLetter(kindOf(src[i])) || kindOf(src[i]) == Kind::Digit || src[i] == u'_'))
                ++i;
            continue;
        } else if (const int rank = sentenceEndRank(c)) {
            sentenceBreak = true;
            char16_t &end = out.sentenceEnds.last();
            if (rank > sentenceEndRank(end))
                end = (rank == 3) ? u'?' : (rank == 2) ? u'!' : u'.';
            if (rank == 3)
                out.questionMark = true;
            if (rank == 2)
                out.longestExclamation = qMax(out.longestExclamation, ++exclamationRun);
        } else if (endsClause(c) || (c == u'-' && i + 1 < n && kindOf(src[i + 1]) == Kind::Space)) {
            clauseBreak = true;
        } else if (c == u'"') {
            if (inQuote)
                closeQuote();
            else
                inQuote = true, quoteStartToken = int(out.tokens.size());
        } else if (inQuote && (closesQuote(c) || c == 0x201C)) { // „…“ closes with “
            closeQuote();
        } else if (opensQuote(c)) {
            inQuote = true;
            quoteStartToken = int(out.tokens.size());
        }
        ++i;
    }
    if (inQuote) {
        // An unclosed quotation mark is a typo or an apostrophe, not a quotation.
        for (qsizetype k = quoteStartToken; k < out.tokens.size(); ++k)
            out.tokens[k].quoted = false;
    }
}

} // namespace inbox
