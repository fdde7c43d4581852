#pragma once

#include "domain/audience.h"
#include "store/result.h"

#include <QList>

namespace store {

class Database;

// A point of an account's follower history.
struct FollowerPoint
{
    QDateTime at;
    qint64 followers = 0;
    qint64 verifiedFollowers = 0;
};

// Audience snapshots: totals and aggregate shares over time, per account. Never individual followers.
class AudienceRepository final
{
public:
    explicit AudienceRepository(const Database &database) : m_database(database) {}

    // Stores a snapshot and its shares in one transaction.
    Result<qint64> add(const domain::AudienceSnapshot &snapshot);
    Result<QList<FollowerPoint>> followerHistory(qint64 accountId) const;
    // The newest snapshot of an account (taken at or before asOf, when given), with its shares; id 0 when there
    // is none.
    Result<domain::AudienceSnapshot> latest(qint64 accountId, const QDateTime &asOf = {}) const;

private:
    const Database &m_database;
};

} // namespace store
