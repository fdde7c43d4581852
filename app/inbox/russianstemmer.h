#pragma once

#include <QString>
#include <QStringView>

namespace inbox {

// The Snowball Russian stemmer (snowballstem.org/algorithms/russian), written for the classifier: the stems
// of the Russian sentiment lexicon (@nlpjs/lang-ru) were made with the same algorithm, so an inflected word
// finds its entry ("позорная", "позором" → "позор").
//
// Snowball's Russian stemmer only ever removes a suffix, so the stem is a prefix of the word: this returns
// its length, and the caller keeps a view instead of a new string (it runs for every Cyrillic word of every
// mention). The word must be lower case with ё already written as е, as the tokenizer delivers it.
qsizetype russianStemLength(QStringView word);

inline QStringView russianStem(QStringView word)
{
    return word.first(russianStemLength(word));
}

} // namespace inbox
