#pragma once

#include "audience/biorules.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace audience {

// What one bio says, for counting only.
struct BioCategories
{
    BioKind kind = BioKind::Other;
    quint8 interests = 0; // bits (1 << Interest)

    bool hasInterest(Interest i) const { return interests & bit(i); }
    bool operator==(const BioCategories &) const = default;
};

// The keys audience shares use: "mp", "mep", "local_authority", "journalist", "foreign_correspondent",
// "diplomat", "business", "other"; "business", "news", "politics", "culture", "sport", "science", "travel",
// "education".
QString kindId(BioKind kind);
QString interestId(Interest interest);
QStringList interestIds(quint8 interests);

// Reads the kind of follower (MP, MEP, local authority, journalist, foreign correspondent, diplomat,
// business) and their interests from a public bio in English or Russian, by the keyword and phrase rules of
// biorules.cpp.
//
// Aggregate use only: results feed the counts of an audience snapshot (AudienceAggregator) and are never
// stored or shown per person — the platforms forbid profiling individuals (PLATFORMS.md). Interests are
// topics, never political views: no rule reads a party, a stance or an opinion.
//
// Immutable after construction; classify() is const and may run on several threads at once.
class BioClassifier final
{
public:
    BioClassifier();

    BioCategories classify(QStringView bio) const;

private:
    struct CompiledRule
    {
        std::vector<QString>
            words; // folded; "*" any word; trailing '*' a prefix; leading '=' exact as written
        BioKind kind;
        bool weakKind;
        quint8 interests;
    };
    struct Word
    {
        QString folded;
        QStringView original;
    };
    static bool wordMatches(const QString &pattern, const Word &word);
    void tryRules(const std::vector<quint32> &rules, const std::vector<Word> &words, std::size_t at,
                  BioCategories &strong, BioKind &weak) const;

    std::vector<CompiledRule> m_rules;
    QHash<QString, std::vector<quint32>> m_byWord;     // first word, exact (folded)
    QHash<QString, std::vector<quint32>> m_byPrefix;   // first word's stem (folded)
    QHash<QString, std::vector<quint32>> m_byOriginal; // first word, exact as written
    qsizetype m_longestStem = 0;
};

} // namespace audience
