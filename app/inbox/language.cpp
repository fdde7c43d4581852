#include "inbox/language.h"

#include "inbox/lexicons.h"
#include "inbox/tokenizer.h"

#include <QSet>

namespace inbox {

namespace {

// The most frequent function words: one of them in a Latin text is strong evidence of its language. Words
// that several of these languages share with English ("a", "in", "die", "de") are left out.
const QSet<QString> &englishWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"the",    "and",   "is",    "are",   "was",  "were", "of",    "to",   "in",    "on",
              "for",    "with",  "this",  "that",  "you",  "your", "we",    "our",  "it",    "be",
              "not",    "no",    "have",  "has",   "will", "what", "how",   "why",  "when",  "where",
              "who",    "at",    "from",  "by",    "my",   "i",    "me",    "they", "an",    "or",
              "but",    "so",    "do",    "does",  "did",  "can",  "there", "here", "thank", "thanks",
              "please", "about", "after", "today", "just", "all",  "any",   "more"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// German, French, Spanish, Italian, Portuguese, Dutch and Polish function words that are not English words.
const QSet<QString> &foreignWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"der",  "das",  "und", "ist",  "nicht", "ich",  "sie",  "wir", "mit",   "dem", "auf",
              "ein",  "eine", "zu",  "le",   "la",    "les",  "et",   "est", "une",   "des", "du",
              "pour", "pas",  "je",  "vous", "nous",  "avec", "que",  "qui", "dans",  "sur", "el",
              "los",  "las",  "y",   "es",   "una",   "por",  "para", "con", "del",   "muy", "pero",
              "como", "il",   "di",  "che",  "non",   "per",  "sono", "gli", "della", "uma", "com",
              "os",   "het",  "een", "niet", "van",   "jest", "nie",  "się", "że",    "w",   "z",
              "na",   "ja",   "ne",  "ce",   "al",    "lo",   "ya"})
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words;
}

} // namespace

QString languageId(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Russian:
        return QStringLiteral("ru");
    case Language::Chinese:
        return QStringLiteral("zh");
    case Language::Other:
        break;
    }
    return QStringLiteral("other");
}

Language languageFromId(QStringView id)
{
    if (id == QLatin1StringView("en"))
        return Language::English;
    if (id == QLatin1StringView("ru"))
        return Language::Russian;
    if (id == QLatin1StringView("zh"))
        return Language::Chinese;
    return Language::Other;
}

void LanguageEvidence::addLatinWord(QStringView word, EnglishHint hint)
{
    ++m_latinWords;
    // A lookup needs a QString key; fromRawData wraps the view without copying.
    const QString key = QString::fromRawData(word.data(), word.size());
    if (hint == EnglishHint::FunctionWord || englishWords().contains(key))
        ++m_englishWords;
    else if (foreignWords().contains(key))
        ++m_foreignWords;
    else if (hint == EnglishHint::Lexicon)
        ++m_lexiconWords;
}

Language LanguageEvidence::decide() const
{
    const ScriptCounts &c = m_counts;
    // A Han character carries about as much as a short word, so it weighs more than one letter.
    const int han = 3 * c.han;
    if (c.latin + c.cyrillic + han + c.kana + c.otherLetters == 0)
        return Language::Other;
    if (c.otherLetters > c.latin && c.otherLetters > c.cyrillic && c.otherLetters > han)
        return Language::Other;
    if (han >= c.latin && han >= c.cyrillic)
        return c.kana > 0 ? Language::Other : Language::Chinese;
    if (c.cyrillic >= c.latin)
        return c.nonRussianCyrillic > 0 ? Language::Other : Language::Russian;
    // Latin: English unless the function words or the letters say otherwise. Two or three words without any
    // function word ("Brilliant readings!") are taken as English, the inbox's most common Latin language.
    if (m_foreignWords > m_englishWords)
        return Language::Other;
    if (c.latinDiacritics * 20 > c.latin)
        return Language::Other;
    if (m_englishWords == 0 && m_latinWords > 3 && 2 * m_lexiconWords < m_latinWords)
        return Language::Other;
    return Language::English;
}

Language detectLanguage(QStringView text)
{
    const auto lexicons = Lexicons::embedded();
    TokenizedText t;
    tokenize(text, &lexicons->chinese, t);
    LanguageEvidence evidence;
    evidence.counts() = t.counts;
    for (const Token &token : t.tokens) {
        if (token.script != Script::Latin)
            continue;
        const Term *term = lexicons->english.findWord(t.word(token));
        using Hint = LanguageEvidence::EnglishHint;
        evidence.addLatinWord(t.word(token), !term                           ? Hint::None
                                             : term->has(Term::FunctionWord) ? Hint::FunctionWord
                                                                             : Hint::Lexicon);
    }
    return evidence.decide();
}

} // namespace inbox
