#include "store/mentionrepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace store {

namespace {
const QStringList kColumns = {
    QStringLiteral("account_id"),       QStringLiteral("platform"),     QStringLiteral("remote_id"),
    QStringLiteral("conversation_id"),  QStringLiteral("in_reply_to"),  QStringLiteral("author_handle"),
    QStringLiteral("author_name"),      QStringLiteral("author_bio"),   QStringLiteral("author_verified"),
    QStringLiteral("author_followers"), QStringLiteral("text"),         QStringLiteral("language"),
    QStringLiteral("stance"),           QStringLiteral("stance_score"), QStringLiteral("status"),
    QStringLiteral("assignee"),         QStringLiteral("notable"),      QStringLiteral("created_at"),
};
} // namespace

Result<int> MentionRepository::insert(const QList<domain::Mention> &mentions)
{
    QSqlDatabase db = m_database.connection();
    // The platform is the account's: look it up once per account instead of trusting the caller.
    QSqlQuery platformOf(db);
    QSqlQuery q(db);
    // After the queries, so that they are freed after a rollback, not inside an aborted transaction.
    Transaction transaction(m_database);
    platformOf.prepare(QStringLiteral("SELECT platform FROM accounts WHERE id = ?"));
    q.prepare(m_database.dialect().insertIgnoring(QStringLiteral("mentions"), kColumns,
                                                  QStringLiteral("platform, remote_id")));
    int inserted = 0;
    qint64 lastAccount = -1;
    QString platform;
    for (const auto &m : mentions) {
        if (m.accountId != lastAccount) {
            platformOf.addBindValue(m.accountId);
            if (!platformOf.exec() || !platformOf.next())
                return Error{QCoreApplication::translate("store",
                                                         "A mention names account %1, which is not in "
                                                         "this workspace.")
                                 .arg(m.accountId),
                             {}};
            platform = platformOf.value(0).toString();
            platformOf.finish();
            lastAccount = m.accountId;
        }
        for (const QVariant &v : QVariantList{
                 m.accountId, platform, m.remoteId, nonNull(m.conversationId), nonNull(m.inReplyToRemoteId),
                 m.authorHandle, nonNull(m.authorName), nonNull(m.authorBio), int(m.authorVerified),
                 m.authorFollowers, nonNull(m.text), nonNull(m.language), domain::stanceId(m.stance),
                 m.stanceScore, domain::mentionStatusId(m.status), nonNull(m.assignee), int(m.notable),
                 toStored(m.createdAt)})
            q.addBindValue(v);
        if (!q.exec())
            return queryError(q, QCoreApplication::translate("store", "The mentions could not be saved."));
        inserted += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The mentions could not be saved."),
                     db.lastError().text()};
    return inserted;
}

Result<qint64> MentionRepository::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM mentions")) || !q.next())
        return queryError(q, QCoreApplication::translate("store", "The mentions could not be counted."));
    return q.value(0).toLongLong();
}

Result<QList<domain::Mention>> MentionRepository::page(qint64 offset, int limit, Order order) const
{
    // Followers are compared by order of magnitude, so a slightly bigger account does not outrank a newer
    // item.
    static const QString priority =
        QStringLiteral("CASE status WHEN 'done' THEN 1 ELSE 0 END, "
                       "CASE stance WHEN 'criticism' THEN 0 WHEN 'question' THEN 1 ELSE 2 END, "
                       "author_verified DESC, "
                       "CASE WHEN author_followers >= 100000 THEN 0 WHEN author_followers >= 10000 THEN 1 "
                       "WHEN author_followers >= 1000 THEN 2 ELSE 3 END, ");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, ") + kColumns.join(QLatin1Char(',')) +
              QStringLiteral(" FROM mentions ORDER BY ") + (order == Order::Priority ? priority : QString()) +
              QStringLiteral("created_at DESC, id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The mentions could not be read."));
    QList<domain::Mention> result;
    while (q.next()) {
        domain::Mention m;
        m.id = q.value(0).toLongLong();
        m.accountId = q.value(1).toLongLong();
        m.remoteId = q.value(3).toString();
        m.conversationId = q.value(4).toString();
        m.inReplyToRemoteId = q.value(5).toString();
        m.authorHandle = q.value(6).toString();
        m.authorName = q.value(7).toString();
        m.authorBio = q.value(8).toString();
        m.authorVerified = q.value(9).toInt() != 0;
        m.authorFollowers = q.value(10).toLongLong();
        m.text = q.value(11).toString();
        m.language = q.value(12).toString();
        m.stance = domain::stanceFromId(q.value(13).toString());
        m.stanceScore = q.value(14).toDouble();
        m.status = domain::mentionStatusFromId(q.value(15).toString());
        m.assignee = q.value(16).toString();
        m.notable = q.value(17).toInt() != 0;
        m.createdAt = fromStored(q.value(18));
        result << m;
    }
    return result;
}

Result<QList<StanceDay>> MentionRepository::stanceByDay(const QDateTime &since) const
{
    constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT created_at / %1 AS day, stance, COUNT(*) FROM mentions WHERE created_at >= ? "
                       "GROUP BY day, stance ORDER BY day, stance")
            .arg(kDayMs));
    q.addBindValue(since.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The opinion mix could not be read."));
    QList<StanceDay> days;
    while (q.next()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong() * kDayMs, Qt::UTC).date();
        days.append({day, domain::stanceFromId(q.value(1).toString()), q.value(2).toLongLong()});
    }
    return days;
}

Result<qint64> MentionRepository::countStance(domain::Stance stance, const QDateTime &from,
                                              const QDateTime &to) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM mentions WHERE stance = ? AND created_at >= ? AND created_at < ?"));
    q.addBindValue(domain::stanceId(stance));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return queryError(q, QCoreApplication::translate("store", "The mentions could not be counted."));
    return q.value(0).toLongLong();
}

Status MentionRepository::setStatus(const QList<qint64> &ids, domain::MentionStatus status,
                                    const QString &actor, const QString &assignee)
{
    Transaction transaction(m_database);
    AuditLog audit(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE mentions SET status = ?, assignee = ? WHERE id = ?"));
    const QString statusId = domain::mentionStatusId(status);
    for (qint64 id : ids) {
        q.addBindValue(statusId);
        q.addBindValue(nonNull(status == domain::MentionStatus::Assigned ? assignee : QString()));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q, QCoreApplication::translate("store", "The items could not be updated."));
        if (const Status s = audit.append({0,
                                           {},
                                           actor,
                                           QStringLiteral("mention"),
                                           id,
                                           QStringLiteral("status"),
                                           {},
                                           statusId,
                                           assignee});
            !s)
            return s;
    }
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The items could not be updated."), {}};
    return ok();
}

Status MentionRepository::setNotable(const QList<qint64> &ids, bool notable, const QString &actor)
{
    Transaction transaction(m_database);
    AuditLog audit(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE mentions SET notable = ? WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(int(notable));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q, QCoreApplication::translate("store", "The items could not be updated."));
        if (const Status s = audit.append({0,
                                           {},
                                           actor,
                                           QStringLiteral("mention"),
                                           id,
                                           notable ? QStringLiteral("flag") : QStringLiteral("unflag"),
                                           {},
                                           {},
                                           {}});
            !s)
            return s;
    }
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The items could not be updated."), {}};
    return ok();
}

} // namespace store
