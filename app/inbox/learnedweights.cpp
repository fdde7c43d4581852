#include "inbox/learnedweights.h"

namespace inbox {

void LearnedWeights::add(const QStringList &keys, const QString &normalizedText, domain::Stance stance)
{
    if (stance == domain::Stance::Unknown)
        return;
    m_exact.insert(normalizedText, stance);
    QStringList seen;
    for (const QString &key : keys) {
        // A word counts once per correction, however often the text repeats it.
        if (seen.contains(key))
            continue;
        seen << key;
        m_keys[key][std::size_t(stance)] += 1;
    }
}

void LearnedWeights::clear()
{
    m_keys.clear();
    m_exact.clear();
}

std::optional<domain::Stance> LearnedWeights::exact(const QString &normalizedText) const
{
    const auto it = m_exact.constFind(normalizedText);
    if (it == m_exact.cend())
        return std::nullopt;
    return it.value();
}

LearnedWeights::Counts LearnedWeights::pull(const Counts &counts)
{
    float total = 0;
    for (float c : counts)
        total += c;
    Counts p{};
    if (total <= 0)
        return p;
    // Share of the word's corrections under each stance, times a weight that grows with evidence up to twice
    // a single correction's.
    const float strength = kPull * qMin(total, 2.0f);
    for (std::size_t i = 0; i < p.size(); ++i)
        p[i] = strength * counts[i] / total;
    return p;
}

} // namespace inbox
