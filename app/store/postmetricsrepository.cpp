#include "store/postmetricsrepository.h"

#include "domain/workflow.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <limits>

namespace store {

namespace {
QVariant lower(const QDateTime &t)
{
    return t.isValid() ? toStored(t) : QVariant(std::numeric_limits<qint64>::min());
}
QVariant upper(const QDateTime &t)
{
    return t.isValid() ? toStored(t) : QVariant(std::numeric_limits<qint64>::max());
}
} // namespace

qint64 PostMetric::engagement() const
{
    qint64 sum = 0;
    for (qint64 v : {reactions, comments, shares, quotes})
        sum += std::max<qint64>(v, 0);
    return sum;
}

Status PostMetricsRepository::save(const QList<PostMetric> &metrics)
{
    QSqlQuery q(m_database.connection());
    Transaction transaction(m_database);
    // Both engines know this upsert (SQLite 3.24+, PostgreSQL 9.5+).
    q.prepare(QStringLiteral(
        "INSERT INTO post_metrics (account_id, remote_id, variant_id, published_at, fetched_at, impressions, "
        "reach, reactions, comments, shares, quotes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (account_id, remote_id) DO UPDATE SET variant_id = excluded.variant_id, "
        "published_at = excluded.published_at, fetched_at = excluded.fetched_at, "
        "impressions = excluded.impressions, reach = excluded.reach, reactions = excluded.reactions, "
        "comments = excluded.comments, shares = excluded.shares, quotes = excluded.quotes"));
    for (const PostMetric &m : metrics) {
        q.addBindValue(m.accountId);
        q.addBindValue(m.remoteId);
        q.addBindValue(m.variantId > 0 ? QVariant(m.variantId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(toStored(m.publishedAt));
        q.addBindValue(toStored(m.fetchedAt));
        q.addBindValue(m.impressions);
        q.addBindValue(m.reach);
        q.addBindValue(m.reactions);
        q.addBindValue(m.comments);
        q.addBindValue(m.shares);
        q.addBindValue(m.quotes);
        if (!q.exec())
            return queryError(q, QCoreApplication::translate("store", "The post metrics could not be saved."));
    }
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The post metrics could not be saved."),
                     m_database.connection().lastError().text()};
    return ok();
}

Result<QList<PostMetric>> PostMetricsRepository::forAccount(qint64 accountId, const QDateTime &from,
                                                            const QDateTime &to) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT m.remote_id, COALESCE(m.variant_id, 0), m.published_at, m.fetched_at, m.impressions, m.reach, "
        "m.reactions, m.comments, m.shares, m.quotes, COALESCE(p.title, '') FROM post_metrics m "
        "LEFT JOIN variants v ON v.id = m.variant_id LEFT JOIN posts p ON p.id = v.post_id "
        "WHERE m.account_id = ? AND m.published_at >= ? AND m.published_at <= ? ORDER BY m.published_at"));
    q.addBindValue(accountId);
    q.addBindValue(lower(from));
    q.addBindValue(upper(to));
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The post metrics could not be read."));
    QList<PostMetric> out;
    while (q.next()) {
        PostMetric m;
        m.accountId = accountId;
        m.remoteId = q.value(0).toString();
        m.variantId = q.value(1).toLongLong();
        m.publishedAt = fromStored(q.value(2));
        m.fetchedAt = fromStored(q.value(3));
        m.impressions = q.value(4).toLongLong();
        m.reach = q.value(5).toLongLong();
        m.reactions = q.value(6).toLongLong();
        m.comments = q.value(7).toLongLong();
        m.shares = q.value(8).toLongLong();
        m.quotes = q.value(9).toLongLong();
        m.title = q.value(10).toString();
        out.append(m);
    }
    return out;
}

Result<QList<PublishedPost>> PostMetricsRepository::published(qint64 accountId, const QDateTime &from,
                                                              const QDateTime &to) const
{
    // A published variant's last change is its publication (published is final in the workflow).
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT v.id, v.remote_id, p.title, v.updated_at FROM variants v JOIN posts p ON p.id = v.post_id "
        "WHERE v.account_id = ? AND v.state = ? AND v.remote_id <> '' AND v.updated_at >= ? "
        "AND v.updated_at <= ? ORDER BY v.updated_at"));
    q.addBindValue(accountId);
    q.addBindValue(domain::stateId(domain::VariantState::Published));
    q.addBindValue(lower(from));
    q.addBindValue(upper(to));
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The published posts could not be read."));
    QList<PublishedPost> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), accountId, q.value(1).toString(), q.value(2).toString(),
                    fromStored(q.value(3))});
    return out;
}

} // namespace store
