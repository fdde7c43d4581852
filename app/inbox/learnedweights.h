#pragma once

#include "domain/mention.h"

#include <QHash>
#include <QString>
#include <array>
#include <optional>

namespace inbox {

// What one workspace's users taught the classifier by correcting stances: how often each word (an English
// word, a Russian stem, a pair of Chinese characters) appeared in texts corrected to each stance, and the
// corrected texts themselves. The classifier adds this on top of its lexicons.
class LearnedWeights final
{
public:
    using Counts = std::array<float, 5>; // indexed by domain::Stance

    // One correction: the text's learning keys (Classifier::learningKeys), its normalized text, the stance.
    void add(const QStringList &keys, const QString &normalizedText, domain::Stance stance);
    void clear();

    bool isEmpty() const { return m_exact.isEmpty(); }
    qsizetype keyCount() const { return m_keys.size(); }
    qsizetype textCount() const { return m_exact.size(); }

    // The stance a user gave this very text, if any (the latest correction wins).
    std::optional<domain::Stance> exact(const QString &normalizedText) const;
    // How strongly a key pulls toward each stance: a word seen in one correction pulls with kPull; words seen
    // under several stances split their pull, so ambiguous words stop mattering. (The classifier scales the
    // sum by the share of a text's words that were learned.)
    const Counts *find(QStringView key) const
    {
        const auto it = m_keys.constFind(QString::fromRawData(key.data(), key.size()));
        return it == m_keys.cend() ? nullptr : &it.value();
    }
    static Counts pull(const Counts &counts);

    static constexpr float kPull = 1.5f;

private:
    QHash<QString, Counts> m_keys;
    QHash<QString, domain::Stance> m_exact;
};

} // namespace inbox
