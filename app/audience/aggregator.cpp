#include "audience/aggregator.h"

#include <algorithm>

namespace audience {

AudienceAggregator::AudienceAggregator(LocationResolver &resolver, const BioClassifier &classifier)
    : m_resolver(resolver), m_classifier(classifier)
{
}

void AudienceAggregator::add(const FollowerRecord &follower)
{
    ++m_sampleSize;
    const Location where = m_resolver.resolve(follower.location);
    if (where.isKnown() && where.confidence >= MinimumConfidence) {
        ++m_countries[where.country];
        if (!where.city.isEmpty())
            ++m_cities[where.cityKey()];
    } else {
        ++m_countries[unknownCountryKey()];
    }
    if (follower.bio.isEmpty() && !follower.verified)
        return;
    const BioCategories categories = m_classifier.classify(follower.bio);
    for (int i = 0; i < InterestCount; ++i) {
        if (categories.interests & (1u << i))
            ++m_interests[std::size_t(i)];
    }
    // Kinds are counted for verified followers: the dashboards show who the verified followers are.
    if (follower.verified) {
        ++m_verified;
        ++m_kinds[std::size_t(categories.kind)];
    }
}

domain::AudienceSnapshot AudienceAggregator::snapshot() const
{
    using domain::AudienceDimension;
    domain::AudienceSnapshot s;
    s.followers = m_sampleSize;
    s.sampleSize = m_sampleSize;
    s.verifiedFollowers = m_verified;
    auto append = [&s](QList<domain::AudienceShare> shares) {
        std::sort(shares.begin(), shares.end(), [](const auto &a, const auto &b) {
            return a.count != b.count ? a.count > b.count : a.key < b.key;
        });
        s.shares += shares;
    };
    QList<domain::AudienceShare> shares;
    for (auto it = m_countries.cbegin(); it != m_countries.cend(); ++it)
        shares.append({AudienceDimension::Country, it.key(), it.value()});
    append(std::exchange(shares, {}));
    for (auto it = m_cities.cbegin(); it != m_cities.cend(); ++it)
        shares.append({AudienceDimension::City, it.key(), it.value()});
    append(std::exchange(shares, {}));
    for (int i = 0; i < InterestCount; ++i) {
        if (m_interests[std::size_t(i)] > 0)
            shares.append(
                {AudienceDimension::Interest, interestId(Interest(i)), m_interests[std::size_t(i)]});
    }
    append(std::exchange(shares, {}));
    for (std::size_t k = 0; k < m_kinds.size(); ++k) {
        if (m_kinds[k] > 0)
            shares.append({AudienceDimension::VerifiedKind, kindId(BioKind(k)), m_kinds[k]});
    }
    append(std::exchange(shares, {}));
    return s;
}

domain::AudienceSnapshot aggregate(const QList<FollowerRecord> &followers, LocationResolver &resolver,
                                   const BioClassifier &classifier)
{
    AudienceAggregator aggregator(resolver, classifier);
    for (const FollowerRecord &f : followers)
        aggregator.add(f);
    return aggregator.snapshot();
}

} // namespace audience
