#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace domain {

// What an audience share counts: followers by country, by city, by interest, verified followers by kind.
enum class AudienceDimension { Country, City, Interest, VerifiedKind };

QString dimensionId(AudienceDimension dimension);

// One aggregate bucket of a snapshot: never an individual, only a count (platform rules forbid profiling).
struct AudienceShare
{
    AudienceDimension dimension = AudienceDimension::Country;
    QString key;      // ISO 3166-1 alpha-2, "GB/London", "business", "journalist", ...
    qint64 count = 0;
};

// The audience of one account at one moment, in aggregate.
struct AudienceSnapshot
{
    qint64 id = 0;
    qint64 accountId = 0;
    QDateTime takenAt;        // UTC
    qint64 followers = 0;
    qint64 verifiedFollowers = 0;
    qint64 sampleSize = 0;    // how many followers the shares were computed from
    QList<AudienceShare> shares;
    // Dimensions the platform no longer serves for this account (Facebook retires insights metrics): the
    // dashboard says "not available" for them rather than showing an empty chart.
    QList<AudienceDimension> unavailable;
};

} // namespace domain
