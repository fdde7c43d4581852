#pragma once

#include "audience/bioclassifier.h"
#include "audience/locationresolver.h"
#include "domain/audience.h"

#include <QHash>
#include <QString>
#include <array>

namespace audience {

// One follower as a platform or an export gives it: only what the counts need, never kept.
struct FollowerRecord
{
    QString location; // free text of the profile
    QString bio;      // public description
    bool verified = false;
};

// Counts followers into the aggregate shares of an AudienceSnapshot: by country (with an "unknown" bucket),
// by city
// ("GB/London"), by interest (a follower may count for several or none) and, for verified followers, by kind.
// Records are added one by one so a million followers never sit in memory; nothing per person is kept.
class AudienceAggregator final
{
public:
    // Resolutions below this confidence count as unknown: a dashboard would rather show a bigger "unknown".
    static constexpr double MinimumConfidence = 0.5;
    static QString unknownCountryKey() { return QStringLiteral("unknown"); }

    AudienceAggregator(LocationResolver &resolver, const BioClassifier &classifier);

    void add(const FollowerRecord &follower);
    qint64 sampleSize() const { return m_sampleSize; }

    // The shares counted so far, ordered by dimension, then by count (largest first), then key. followers and
    // sampleSize are the number of records, verifiedFollowers the verified among them: a caller that knows
    // the account's real total (the sample is capped on Weibo) sets followers; accountId and takenAt are the
    // caller's.
    domain::AudienceSnapshot snapshot() const;

private:
    LocationResolver &m_resolver;
    const BioClassifier &m_classifier;
    QHash<QString, qint64> m_countries;
    QHash<QString, qint64> m_cities;
    std::array<qint64, InterestCount> m_interests{};
    std::array<qint64, 8> m_kinds{}; // by BioKind
    qint64 m_sampleSize = 0;
    qint64 m_verified = 0;
};

// The same for a whole list at once.
domain::AudienceSnapshot aggregate(const QList<FollowerRecord> &followers, LocationResolver &resolver,
                                   const BioClassifier &classifier);

} // namespace audience
