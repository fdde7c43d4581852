#pragma once

#include "inbox/language.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace inbox {

// What a word does for the classifier; one word may do several things ("so" intensifies, "no" negates).
struct Term
{
    enum Role : quint8 {
        HasValence = 1,
        Negator = 2,
        Intensifier = 4,
        QuestionWord = 8,      // a question when it starts a sentence
        QuestionAnywhere = 16, // a question wherever it stands (подскажите, ли, 吗)
        FunctionWord = 32,     // carries no stance: not learned from, counts as English in language detection
        QuestionAuxiliary = 64, // a question when it starts a sentence before its subject ("Can you ...")
    };
    float valence = 0;
    float intensity = 1;
    quint8 roles = 0;
    quint8 negationScope = 0;
    QList<int> phrases; // phrases starting with this word, longest first

    bool has(Role role) const { return roles & role; }
};

// A rule of more than one word: "yeah right", "why should anyone", "ну конечно", "does not work".
struct Phrase
{
    enum class Kind { Valence, Negator, Question, Sarcasm, Rhetorical };
    Kind kind = Kind::Valence;
    float value = 0;
    QStringList words; // surface words; for Russian valence phrases, stems
    QString text;      // as written in the lexicon, for the cue
};

// The words one language's classifier knows: a public lexicon, the embassy's vocabulary over it, and the
// rules (negators, intensifiers, question words, sarcasm and rhetorical phrases), all read from the TSV files
// under resources/data/lexicons, embedded at /lexicons. Russian keeps valences by Snowball stem, everything
// else by word.
class Vocabulary final
{
public:
    // The embedded vocabulary of one language (English, Russian or Chinese); errors name the file and line.
    static Vocabulary load(Language language, QString *error = nullptr);

    // Reads one TSV file into this vocabulary; later files override earlier ones.
    bool addFile(const QString &path, QString *error);

    const Term *findWord(QStringView word) const { return find(m_words, word); }
    const Term *findStem(QStringView stem) const { return find(m_stems, stem); }
    const Phrase &phrase(int index) const { return m_phrases.at(index); }
    // The longest single entry in characters (Chinese is cut by longest match).
    int longestWord() const { return m_longestWord; }
    qsizetype size() const { return m_words.size() + m_stems.size(); }
    bool stemmed() const { return m_language == Language::Russian; }

private:
    static const Term *find(const QHash<QString, Term> &terms, QStringView key)
    {
        // fromRawData wraps the view without copying: this runs for every word of every mention.
        const auto it = terms.constFind(QString::fromRawData(key.data(), key.size()));
        return it == terms.cend() ? nullptr : &it.value();
    }
    void addValence(const QString &term, float valence, bool stemIt);
    void addPhrase(Phrase phrase, bool stemFirst);

    Language m_language = Language::Other;
    QHash<QString, Term> m_words;
    QHash<QString, Term> m_stems;
    QList<Phrase> m_phrases;
    int m_longestWord = 1;
};

} // namespace inbox
