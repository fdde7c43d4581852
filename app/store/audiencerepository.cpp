#include "store/audiencerepository.h"

#include "store/database.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <limits>

namespace store {

namespace {
std::optional<domain::AudienceDimension> dimensionFromId(const QString &id)
{
    using D = domain::AudienceDimension;
    for (D d : {D::Country, D::City, D::Interest, D::VerifiedKind}) {
        if (domain::dimensionId(d) == id)
            return d;
    }
    return std::nullopt;
}
} // namespace

Result<qint64> AudienceRepository::add(const domain::AudienceSnapshot &snapshot)
{
    // The query is declared first so that it is freed after the rollback, not inside an aborted transaction.
    QSqlQuery q(m_database.connection());
    Transaction transaction(m_database);
    q.prepare(
        QStringLiteral("INSERT INTO audience_snapshots (account_id, taken_at, followers, verified_followers, "
                       "sample_size, unavailable) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(snapshot.accountId);
    q.addBindValue(toStored(snapshot.takenAt));
    q.addBindValue(snapshot.followers);
    q.addBindValue(snapshot.verifiedFollowers);
    q.addBindValue(snapshot.sampleSize);
    QStringList unavailable;
    for (const auto d : snapshot.unavailable)
        unavailable << domain::dimensionId(d);
    q.addBindValue(nonNull(unavailable.join(QLatin1Char(','))));
    if (!q.exec() || !q.next())
        return queryError(q,
                          QCoreApplication::translate("store", "The audience snapshot could not be saved."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO audience_shares (snapshot_id, dimension, key, count) VALUES (?, ?, ?, ?)"));
    for (const auto &share : snapshot.shares) {
        q.addBindValue(id);
        q.addBindValue(domain::dimensionId(share.dimension));
        q.addBindValue(share.key);
        q.addBindValue(share.count);
        if (!q.exec())
            return queryError(
                q, QCoreApplication::translate("store", "The audience snapshot could not be saved."));
    }
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The audience snapshot could not be saved."),
                     m_database.connection().lastError().text()};
    return id;
}

Result<QList<FollowerPoint>> AudienceRepository::followerHistory(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT taken_at, followers, verified_followers FROM audience_snapshots "
                             "WHERE account_id = ? ORDER BY taken_at"));
    q.addBindValue(accountId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The follower history could not be read."));
    QList<FollowerPoint> points;
    while (q.next())
        points.append({fromStored(q.value(0)), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return points;
}

Result<domain::AudienceSnapshot> AudienceRepository::latest(qint64 accountId, const QDateTime &asOf) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT id, taken_at, followers, verified_followers, sample_size, unavailable FROM audience_snapshots "
        "WHERE account_id = ? AND taken_at <= ? ORDER BY taken_at DESC LIMIT 1"));
    q.addBindValue(accountId);
    q.addBindValue(asOf.isValid() ? toStored(asOf) : QVariant(std::numeric_limits<qint64>::max()));
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The audience could not be read."));
    domain::AudienceSnapshot s;
    s.accountId = accountId;
    if (!q.next())
        return s;
    s.id = q.value(0).toLongLong();
    s.takenAt = fromStored(q.value(1));
    s.followers = q.value(2).toLongLong();
    s.verifiedFollowers = q.value(3).toLongLong();
    s.sampleSize = q.value(4).toLongLong();
    for (const QString &id : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto d = dimensionFromId(id))
            s.unavailable.append(*d);
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT dimension, key, count FROM audience_shares WHERE snapshot_id = ? "
                             "ORDER BY dimension, count DESC, key"));
    q.addBindValue(s.id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The audience could not be read."));
    while (q.next()) {
        if (const auto d = dimensionFromId(q.value(0).toString()))
            s.shares.append({*d, q.value(1).toString(), q.value(2).toLongLong()});
    }
    return s;
}

} // namespace store
