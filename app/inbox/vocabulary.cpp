#include "inbox/vocabulary.h"

#include "inbox/russianstemmer.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

namespace inbox {

namespace {

std::optional<Phrase::Kind> phraseKind(QStringView kind)
{
    if (kind == QLatin1StringView("valence"))
        return Phrase::Kind::Valence;
    if (kind == QLatin1StringView("negator"))
        return Phrase::Kind::Negator;
    if (kind == QLatin1StringView("question"))
        return Phrase::Kind::Question;
    if (kind == QLatin1StringView("sarcasm"))
        return Phrase::Kind::Sarcasm;
    if (kind == QLatin1StringView("rhetorical"))
        return Phrase::Kind::Rhetorical;
    return std::nullopt;
}

QString stemOf(const QString &word)
{
    return word.first(russianStemLength(word));
}

} // namespace

Vocabulary Vocabulary::load(Language language, QString *error)
{
    Vocabulary v;
    v.m_language = language;
    bool ok = true;
    switch (language) {
    case Language::English:
        ok = v.addFile(QStringLiteral(":/lexicons/afinn165-en.tsv"), error) &&
             v.addFile(QStringLiteral(":/lexicons/embassy-en.tsv"), error) &&
             v.addFile(QStringLiteral(":/lexicons/rules-en.tsv"), error);
        break;
    case Language::Russian:
        ok = v.addFile(QStringLiteral(":/lexicons/afinn-ru-stems.tsv"), error) &&
             v.addFile(QStringLiteral(":/lexicons/embassy-ru.tsv"), error) &&
             v.addFile(QStringLiteral(":/lexicons/rules-ru.tsv"), error);
        break;
    case Language::Chinese:
        ok = v.addFile(QStringLiteral(":/lexicons/zh.tsv"), error);
        break;
    case Language::Other:
        break;
    }
    if (!ok)
        return Vocabulary();
    // Longest phrase first, so "thank you" wins over "thank" and "how dare" over "how".
    for (auto *terms : {&v.m_words, &v.m_stems}) {
        for (Term &t : *terms) {
            std::stable_sort(t.phrases.begin(), t.phrases.end(), [&v](int a, int b) {
                return v.m_phrases.at(a).words.size() > v.m_phrases.at(b).words.size();
            });
        }
    }
    return v;
}

bool Vocabulary::addFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("inbox", "The lexicon %1 could not be read.").arg(path);
        return false;
    }
    // The generated stem lexicon holds stems already; the hand-written Russian vocabulary holds words.
    const bool stemValences = stemmed() && !path.endsWith(QLatin1StringView("-stems.tsv"));
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        const QString term = columns.at(0).toLower().replace(QChar(0x451), QChar(0x435)); // ё → е
        bool numberOk = false;
        const float value = columns.last().toFloat(&numberOk);
        if (columns.size() < 2 || columns.size() > 3 || term.isEmpty() || !numberOk) {
            if (error)
                *error = QCoreApplication::translate("inbox", "%1, line %2: expected term, kind and value.")
                             .arg(path)
                             .arg(lineNumber);
            return false;
        }
        const QString kindName = columns.size() == 3 ? columns.at(1) : QStringLiteral("valence");
        // Sarcasm and rhetorical rules are phrases even when one word long ("доколе", "呵呵").
        const bool phrase = term.contains(QLatin1Char(' ')) || kindName == QLatin1StringView("sarcasm") ||
                            kindName == QLatin1StringView("rhetorical");
        if (phrase) {
            const auto kind = phraseKind(kindName);
            if (!kind) {
                if (error)
                    *error = QCoreApplication::translate("inbox", "%1, line %2: unknown kind “%3”.")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(kindName);
                return false;
            }
            Phrase p;
            p.kind = *kind;
            p.value = value;
            p.text = term;
            p.words = term.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            addPhrase(std::move(p), stemValences && *kind == Phrase::Kind::Valence);
            continue;
        }
        m_longestWord = qMax(m_longestWord, int(term.size()));
        if (kindName == QLatin1StringView("valence")) {
            addValence(term, value, stemValences);
            continue;
        }
        Term &t = m_words[term];
        if (kindName == QLatin1StringView("negator")) {
            t.roles |= Term::Negator | Term::FunctionWord;
            t.negationScope = quint8(qBound(1, int(value), 5));
        } else if (kindName == QLatin1StringView("intensifier")) {
            t.roles |= Term::Intensifier | Term::FunctionWord;
            t.intensity = value;
        } else if (kindName == QLatin1StringView("question")) {
            t.roles |= Term::FunctionWord | (value == 1   ? Term::QuestionAnywhere
                                             : value == 2 ? Term::QuestionAuxiliary
                                                          : Term::QuestionWord);
        } else if (kindName == QLatin1StringView("stopword")) {
            t.roles |= Term::FunctionWord;
        } else {
            if (error)
                *error = QCoreApplication::translate("inbox", "%1, line %2: unknown kind “%3”.")
                             .arg(path)
                             .arg(lineNumber)
                             .arg(kindName);
            return false;
        }
    }
    return true;
}

void Vocabulary::addValence(const QString &term, float valence, bool stemIt)
{
    Term &t = stemmed() ? m_stems[stemIt ? stemOf(term) : term] : m_words[term];
    t.valence = valence;
    if (valence == 0)
        t.roles &= ~Term::HasValence;
    else
        t.roles |= Term::HasValence;
}

void Vocabulary::addPhrase(Phrase phrase, bool stemWords)
{
    if (stemWords) {
        for (QString &w : phrase.words)
            w = stemOf(w);
    }
    // Russian valence phrases are found through the stem of their first word, every other phrase through its
    // word.
    const bool byStem = stemmed() && phrase.kind == Phrase::Kind::Valence;
    Term &first = byStem ? m_stems[phrase.words.first()] : m_words[phrase.words.first()];
    // A phrase that repeats an earlier one (the embassy's "shame on you" over AFINN's) replaces it.
    for (int index : std::as_const(first.phrases)) {
        if (m_phrases[index].words == phrase.words && m_phrases[index].kind == phrase.kind) {
            m_phrases[index] = std::move(phrase);
            return;
        }
    }
    first.phrases.append(int(m_phrases.size()));
    m_phrases.append(std::move(phrase));
}

} // namespace inbox
