#pragma once

#include <QString>
#include <QStringView>

namespace inbox {

// The languages the inbox tells apart; everything else (Ukrainian, German, Japanese, ...) is Other.
enum class Language { English, Russian, Chinese, Other };

// "en", "ru", "zh", "other": the ids stored with a mention and printed by `attachectl classify`.
QString languageId(Language language);
Language languageFromId(QStringView id);

// Letters seen in a text, by script, with the cues that separate Russian from its neighbours and English from
// other Latin languages. Filled by the tokenizer in the same pass that finds the words.
struct ScriptCounts
{
    int latin = 0;
    int cyrillic = 0;
    int han = 0;
    int kana = 0;               // Japanese
    int otherLetters = 0;       // Greek, Arabic, Hangul, ...
    int nonRussianCyrillic = 0; // і ї є ґ ў ђ ј љ ... (Ukrainian, Belarusian, Serbian, Kazakh)
    int latinDiacritics = 0;    // é ß ñ ü ... (English rarely uses them)
};

// Decides the language from the letters and the Latin words of a text. Script first, then cues: it is fast
// and needs no model, and the inbox only has to route four ways.
class LanguageEvidence final
{
public:
    ScriptCounts &counts() { return m_counts; }
    // What the caller knows of a Latin word from its English vocabulary.
    enum class EnglishHint { None, Lexicon, FunctionWord };
    // One lower-case Latin word: counts it as English or foreign when it is a common function word; a word of
    // an English lexicon counts for less, since other languages share many of them ("die", "over", "pardon").
    void addLatinWord(QStringView word, EnglishHint hint = EnglishHint::None);
    Language decide() const;

private:
    ScriptCounts m_counts;
    int m_latinWords = 0;
    int m_englishWords = 0;
    int m_lexiconWords = 0;
    int m_foreignWords = 0;
};

// Detects the language of one text (the classifier does this as part of classify()).
Language detectLanguage(QStringView text);

} // namespace inbox
