#include "inbox/classifier.h"

#include "inbox/lexicons.h"
#include "inbox/russianstemmer.h"

#include <QVarLengthArray>
#include <QtMath>
#include <cmath>

namespace inbox {

namespace {

// The weights of the rules, tuned on the test cases and the demo's templates
// (tests/inbox/tst_classifier.cpp).
constexpr float kNegation = -0.7f;    // "not good" is less bad than "bad" is bad
constexpr float kIrony = -0.7f;       // praise inside a rhetorical question ("why should anyone trust ...")
constexpr float kCaps = 1.5f;         // a sentiment word in capitals
constexpr float kExclamation = 1.3f;  // "!!" or more
constexpr float kQuestion = 2.5f;     // a question outweighs all but strong criticism
constexpr float kNeutralFloor = 1.0f; // below this much polarity a text is neutral
constexpr float kScoreAlpha = 15.0f;  // VADER's normalisation: score = s / sqrt(s² + alpha)
constexpr int kMaxCues = 16;

QString joined(const char *label, QStringView what)
{
    return QLatin1StringView(label) + what.toString();
}

// The state of one pass over a text's words.
struct Scan
{
    Scan(const TokenizedText &text, const Lexicons &lexicons) : t(text), lex(lexicons) {}

    const TokenizedText &t;
    const Lexicons &lex;
    QStringList cues;
    float positive = 0;
    float negative = 0;
    float rhetoric = 0;
    float sarcasmPenalty = 0;
    bool question = false;
    bool sarcasm = false;
    int negationLeft = 0;
    QStringView negator;
    int intensityLeft = 0;
    float intensity = 1;
    QStringView intensifier;
    int ironyLeft = 0;

    void cue(const QString &c)
    {
        if (cues.size() < kMaxCues && !cues.contains(c))
            cues << c;
    }

    void contribute(float value, const Token &token, QStringView display)
    {
        float x = value;
        cue(display.toString());
        if (intensityLeft > 0) {
            x *= intensity;
            cue(joined("intensifier: ", intensifier));
            intensityLeft = 0;
        }
        if (token.allCaps) {
            x *= kCaps;
            cue(QStringLiteral("emphasis: CAPS"));
        }
        if (negationLeft > 0) {
            x *= kNegation;
            cue(joined("negation: ", negator));
        } else if (ironyLeft > 0 && x > 0) {
            x *= kIrony;
        }
        if (token.quoted && x > 0) {
            x = -x;
            cue(QStringLiteral("sarcasm: “") + display + QStringLiteral("”"));
        }
        if (x > 0)
            positive += x;
        else
            negative += x;
    }

    // A phrase starting at token i that `term` (the entry of its first word or stem) lists; its length or 0.
    qsizetype matchPhrase(const Vocabulary &v, const Term *term, qsizetype i, const Phrase **matched) const
    {
        if (!term || term->phrases.isEmpty())
            return 0;
        for (int index : term->phrases) {
            const Phrase &p = v.phrase(index);
            const qsizetype n = p.words.size();
            if (i + n > t.tokens.size())
                continue;
            bool ok = true;
            for (qsizetype k = 0; k < n && ok; ++k) {
                const Token &tok = t.tokens[i + k];
                ok = tok.sentence == t.tokens[i].sentence &&
                     (t.word(tok) == p.words[k] || (v.stemmed() && t.stem(tok) == p.words[k]));
            }
            if (ok) {
                *matched = &p;
                return n;
            }
        }
        return 0;
    }

    void applyPhrase(const Phrase &p, const Token &first)
    {
        switch (p.kind) {
        case Phrase::Kind::Valence:
            contribute(p.value, first, p.text);
            break;
        case Phrase::Kind::Negator:
            negationLeft = 3;
            negator = p.text;
            break;
        case Phrase::Kind::Question:
            question = true;
            cue(joined("question: ", p.text));
            break;
        case Phrase::Kind::Sarcasm:
            sarcasm = true;
            sarcasmPenalty += p.value;
            cue(joined("sarcasm: ", p.text));
            break;
        case Phrase::Kind::Rhetorical:
            rhetoric += p.value;
            ironyLeft = 3;
            cue(joined("rhetorical: ", p.text));
            break;
        }
    }

    // Whether a question word at token i asks. "What a disgrace!", "How wonderful!", "What we need is
    // peace.": a sentence that ends in '!' or '.' asks nothing, nor does a question word before a sentiment
    // word. An auxiliary asks only before its subject ("Can you ...", not "Do come ...") unless a '?' says
    // so.
    bool asks(qsizetype i, bool auxiliary) const
    {
        const Token &tok = t.tokens[i];
        const char16_t end = t.sentenceEnd(tok);
        if (!tok.sentenceStart || end == u'!' || end == u'.')
            return false;
        if (i + 1 >= t.tokens.size())
            return end == u'?';
        const Token &next = t.tokens[i + 1];
        const QStringView w = t.word(next);
        if (auxiliary)
            return end == u'?' || isSubject(w);
        if (w == QLatin1StringView("a") || w == QLatin1StringView("an"))
            return false;
        const Vocabulary *v = lex.forScript(next.script);
        if (!v)
            return true;
        const Term *term = v->stemmed() ? v->findStem(t.stem(next)) : v->findWord(w);
        return !(term && term->has(Term::HasValence));
    }

    static bool isSubject(QStringView w)
    {
        static const char *const subjects[] = {"you",   "i",      "we",      "they",    "he",       "she",
                                               "it",    "there",  "the",     "this",    "that",     "these",
                                               "those", "anyone", "anybody", "someone", "somebody", "your",
                                               "my",    "our",    "their",   "his",     "her",      "its"};
        for (const char *s : subjects) {
            if (w == QLatin1StringView(s))
                return true;
        }
        return false;
    }

    void run(LanguageEvidence &language)
    {
        const qsizetype count = t.tokens.size();
        for (qsizetype i = 0; i < count; ++i) {
            const Token &tok = t.tokens[i];
            const QStringView word = t.word(tok);
            const Vocabulary *v = lex.forScript(tok.script);
            const Term *term = v ? v->findWord(word) : nullptr;
            if (tok.script == Script::Latin) {
                using Hint = LanguageEvidence::EnglishHint;
                language.addLatinWord(word, !term                           ? Hint::None
                                            : term->has(Term::FunctionWord) ? Hint::FunctionWord
                                                                            : Hint::Lexicon);
            }
            if (!v)
                continue;
            if (tok.clauseStart) {
                negationLeft = intensityLeft = ironyLeft = 0;
            }
            const Term *stemTerm = v->stemmed() ? v->findStem(t.stem(tok)) : nullptr;
            const Phrase *phrase = nullptr;
            qsizetype length = matchPhrase(*v, term, i, &phrase);
            if (length == 0)
                length = matchPhrase(*v, stemTerm, i, &phrase);
            if (length > 0) {
                for (qsizetype k = 1; k < length; ++k) {
                    if (t.tokens[i + k].script == Script::Latin)
                        language.addLatinWord(t.word(t.tokens[i + k]),
                                              LanguageEvidence::EnglishHint::FunctionWord);
                }
                applyPhrase(*phrase, tok);
                i += length - 1;
                continue;
            }
            if (term && term->has(Term::Negator)) {
                negationLeft = term->negationScope;
                negator = word;
                continue;
            }
            if (term && term->has(Term::Intensifier) && !term->has(Term::HasValence)) {
                intensity = term->intensity;
                intensityLeft = 2;
                intensifier = word;
                continue;
            }
            if (term && term->has(Term::QuestionAnywhere)) {
                question = true;
                cue(joined("question: ", word));
            } else if (term && term->has(Term::QuestionWord) && asks(i, false)) {
                question = true;
                cue(joined("question: ", word));
            } else if (term && term->has(Term::QuestionAuxiliary) && asks(i, true)) {
                question = true;
                cue(joined("question: ", word));
            }
            if (term && term->has(Term::HasValence)) {
                contribute(term->valence, tok, word);
            } else if (stemTerm && stemTerm->has(Term::HasValence)) {
                contribute(stemTerm->valence, tok, word);
            } else if (v->stemmed() && word.size() >= 6 && word.startsWith(u"не")) {
                // "неплохо", "некрасиво": Russian writes this negation into the word.
                const QStringView rest = word.mid(2);
                const Term *restTerm = v->findStem(russianStem(rest));
                if (restTerm && restTerm->has(Term::HasValence)) {
                    const int saved = negationLeft;
                    const QStringView savedNegator = negator;
                    negationLeft = 1;
                    negator = QStringView(u"не-");
                    contribute(restTerm->valence, tok, word);
                    negationLeft = saved;
                    negator = savedNegator;
                }
            }
            // A negation reaches over function words ("not a terrible ...") to the next content word, and no
            // further: "I don't like this propaganda" does not turn "propaganda" into praise.
            if (negationLeft > 0)
                negationLeft = term && term->has(Term::FunctionWord) ? negationLeft - 1 : 0;
            if (intensityLeft > 0)
                --intensityLeft;
            if (ironyLeft > 0)
                --ironyLeft;
        }
    }
};

} // namespace

Classifier::Classifier() : m_lexicons(Lexicons::embedded()) {}

QString Classifier::lexiconError() const
{
    return m_lexicons->error;
}

template <typename F> void Classifier::forEachLearningKey(const TokenizedText &t, F &&f) const
{
    const qsizetype count = t.tokens.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Token &tok = t.tokens[i];
        const QStringView word = t.word(tok);
        if (tok.script == Script::Han) {
            // Chinese: known words, and pairs of characters for the rest (a character alone says little).
            if (word.size() >= 2) {
                f(word);
            } else if (i + 1 < count && t.tokens[i + 1].script == Script::Han &&
                       t.tokens[i + 1].start == tok.start + tok.length) {
                f(QStringView(t.lowered).mid(tok.start, 2));
            }
            continue;
        }
        if (word.size() < 2)
            continue;
        const Vocabulary *v = m_lexicons->forScript(tok.script);
        const Term *term = v ? v->findWord(word) : nullptr;
        if (term && term->has(Term::FunctionWord))
            continue;
        f(tok.script == Script::Cyrillic ? t.stem(tok) : word);
    }
}

QStringList Classifier::learningKeys(QStringView text) const
{
    TokenizedText t;
    tokenize(text, &m_lexicons->chinese, t);
    QStringList keys;
    forEachLearningKey(t, [&keys](QStringView key) { keys << key.toString(); });
    return keys;
}

QString Classifier::normalized(QStringView text)
{
    return text.toString().toLower().simplified();
}

void Classifier::addCorrection(QStringView text, domain::Stance stance)
{
    m_learned.add(learningKeys(text), normalized(text), stance);
}

Classification Classifier::classify(QStringView text) const
{
    TokenizedText t;
    tokenize(text, &m_lexicons->chinese, t);
    LanguageEvidence language;
    language.counts() = t.counts;
    Scan scan(t, *m_lexicons);
    scan.run(language);

    Classification result;
    result.language = language.decide();
    if (scan.sarcasm) {
        // Sarcasm turns the praise around: "Oh great, another ..." is a complaint.
        scan.negative -= scan.positive + scan.sarcasmPenalty;
        scan.positive = 0;
    }
    float polarity = scan.positive + scan.negative + scan.rhetoric;
    if (t.longestExclamation >= 2 && polarity != 0) {
        polarity *= kExclamation;
        scan.cue(QStringLiteral("emphasis: ") + QString(qMin(t.longestExclamation, 3), QLatin1Char('!')));
    }
    if (t.questionMark) {
        scan.question = true;
        scan.cue(QStringLiteral("question: ?"));
    }

    // What corrections taught, on top of the lexicon.
    LearnedWeights::Counts learned{};
    std::optional<domain::Stance> corrected;
    if (!m_learned.isEmpty()) {
        corrected = m_learned.exact(normalized(text));
        // Scaled by the share of the text's words that corrections taught: a text made of a corrected text's
        // words follows it, while one shared word ("embassy") in an otherwise new text barely moves it.
        QVarLengthArray<std::pair<QStringView, LearnedWeights::Counts>, 32> matched;
        int keys = 0;
        forEachLearningKey(t, [&](QStringView key) {
            ++keys;
            if (const LearnedWeights::Counts *counts = m_learned.find(key))
                matched.append({key, LearnedWeights::pull(*counts)});
        });
        const float coverage = keys > 0 ? float(matched.size()) / float(keys) : 0.0f;
        for (const auto &[key, pull] : matched) {
            float strongest = 0;
            for (std::size_t s = 0; s < pull.size(); ++s) {
                learned[s] += pull[s] * coverage;
                strongest = qMax(strongest, pull[s] * coverage);
            }
            if (strongest >= 0.5f)
                scan.cue(joined("learned: ", key));
        }
    }
    using domain::Stance;
    polarity += learned[std::size_t(Stance::Support)] - learned[std::size_t(Stance::Criticism)];

    const float criticism = qMax(0.0f, -polarity);
    const float support = qMax(0.0f, polarity);
    const float question = (scan.question ? kQuestion : 0.0f) + learned[std::size_t(Stance::Question)];
    const float neutral = kNeutralFloor + learned[std::size_t(Stance::Neutral)];
    // A question is answered whatever its tone, unless it is strong criticism (a rhetorical one): criticism
    // beats a question only when stronger, a question beats support, and anything must beat the neutral
    // floor.
    if (criticism >= question && criticism > neutral)
        result.stance = Stance::Criticism;
    else if (question > neutral)
        result.stance = Stance::Question;
    else if (support > neutral)
        result.stance = Stance::Support;
    else
        result.stance = Stance::Neutral;
    if (corrected) {
        result.stance = *corrected;
        scan.cues.prepend(QStringLiteral("learned: corrected text"));
    }
    result.score = std::round(100.0 * polarity / std::sqrt(polarity * polarity + kScoreAlpha)) / 100.0;
    result.cues = std::move(scan.cues);
    return result;
}

} // namespace inbox
