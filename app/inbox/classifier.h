#pragma once

#include "inbox/classification.h"
#include "inbox/learnedweights.h"

#include <QStringList>
#include <QStringView>
#include <memory>

namespace inbox {

struct Lexicons;
struct TokenizedText;

// Language and stance of a mention, offline and fast (a few microseconds a text): lexicons (AFINN-165 for
// English,
// @nlpjs/lang-ru's stems for Russian, a small hand-made Chinese list, and the embassy's own words) with rules
// for negation, intensifiers, questions, sarcasm, shouting; then what the workspace's users taught it by
// correcting stances. Copies are cheap (the lexicons are shared and immutable); classify() may run on any
// thread.
class Classifier final
{
public:
    // Uses the lexicons embedded at /lexicons (read once per process).
    Classifier();

    Classification classify(QStringView text) const;

    // Learns one user's verdict: the same text gets this stance from now on, and texts sharing its words lean
    // to it.
    void addCorrection(QStringView text, domain::Stance stance);
    void clearCorrections() { m_learned.clear(); }
    const LearnedWeights &learned() const { return m_learned; }

    // The words a correction teaches (English words, Russian stems, Chinese pairs, without function words).
    QStringList learningKeys(QStringView text) const;
    // The form in which corrected texts are remembered: lower case, single spaces.
    static QString normalized(QStringView text);

    // Non-empty when an embedded lexicon could not be read (a broken build); the classifier then knows no
    // words.
    QString lexiconError() const;

private:
    template <typename F> void forEachLearningKey(const TokenizedText &t, F &&f) const;

    std::shared_ptr<const Lexicons> m_lexicons;
    LearnedWeights m_learned;
};

} // namespace inbox
