#pragma once

#include "inbox/language.h"

#include <QString>
#include <QVarLengthArray>

namespace inbox {

class Vocabulary;

enum class Script : quint8 { Latin, Cyrillic, Han, Other };

// One word of a text, as a range of TokenizedText::lowered (same indices as the original text).
struct Token
{
    qint32 start = 0;
    qint32 length = 0;
    qint32 sentence = 0;   // index into TokenizedText::sentenceEnds
    qint16 stemLength = 0; // Cyrillic words: the Russian stem's length; otherwise the word's
    Script script = Script::Other;
    bool allCaps = false; // written in capitals (at least three letters): shouting
    bool quoted = false;  // inside a short quotation ("scare quotes": “great” job)
    bool sentenceStart = false;
    bool clauseStart = false; // first word after a comma, a full stop, a dash, ...
};

// A text split into words for the classifier, with what the punctuation says.
struct TokenizedText
{
    QString lowered; // the text in lower case, ё as е and ’ as ', index for index
    QVarLengthArray<Token, 64> tokens;
    // The character that ends each sentence: '?', '!', '.' or 0 when none does.
    QVarLengthArray<char16_t, 8> sentenceEnds;
    ScriptCounts counts;
    int longestExclamation = 0; // the longest run of '!'
    bool questionMark = false;

    QStringView word(const Token &t) const { return QStringView(lowered).mid(t.start, t.length); }
    QStringView stem(const Token &t) const { return QStringView(lowered).mid(t.start, t.stemLength); }
    char16_t sentenceEnd(const Token &t) const { return sentenceEnds[t.sentence]; }
};

// Splits a text into words: letters (with inner apostrophes and hyphens) in Latin or Cyrillic, Han characters
// cut into the longest words `chinese` knows (single characters otherwise; null: every character alone).
// Links,
// @handles and e-mail addresses are skipped; '#' is dropped so a hashtag reads as its word. One pass, no
// allocation beyond `out`, which may be reused.
void tokenize(QStringView text, const Vocabulary *chinese, TokenizedText &out);

} // namespace inbox
