// store::MentionRepository, the part about our replies to items: the first reply of each item (response
// times), an item taken back when its reply is refused for good and forward again when it is retried, and the
// items whose latest reply failed. (Reading, storing and triage are in mentionrepository.cpp.)

#include "store/auditlog.h"
#include "store/database.h"
#include "store/mentionrepository.h"
#include "store/mentionupdates.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace store {

using mentionupdates::commitError;
using mentionupdates::updateError;

Status MentionRepository::recordFirstReply(qint64 mentionId, const QString &by, const QDateTime &at)
{
    if (!at.isValid())
        return Error{QCoreApplication::translate("store", "A reply needs the time it went out."), {}};
    Transaction transaction(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE mentions SET first_reply_at = ?, first_reply_by = ? "
                             "WHERE id = ? AND first_reply_at IS NULL"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(nonNull(by));
    q.addBindValue(mentionId);
    if (!q.exec())
        return updateError(q);
    if (q.numRowsAffected() == 0) {
        // Already answered (kept as it was), or no such item.
        if (const auto item = find(mentionId); !item)
            return item.error();
        return ok();
    }
    if (const Status s = AuditLog(m_database)
                             .append({0,
                                      {},
                                      by,
                                      QStringLiteral("mention"),
                                      mentionId,
                                      QStringLiteral("first_reply"),
                                      {},
                                      {},
                                      {}});
        !s)
        return s;
    if (!transaction.commit())
        return commitError();
    return ok();
}

namespace {
// The status an item had before the reply `variantId` was submitted, from its history: inbox::ReplyService
// sets the item Replied (a "status" line) and then names the variant (a "reply" line); the "status" line
// before that one is the status to go back to (with its assignee); none before it means the item kept the
// status it arrived with, New (the sync stores every item New). nullopt when the history does not say: the
// reply was not made through the inbox.
struct PriorStatus
{
    domain::MentionStatus status = domain::MentionStatus::New;
    QString assignee;
};
std::optional<PriorStatus> statusBeforeReply(const QList<domain::AuditEntry> &lines, qint64 variantId)
{
    const QString replied = domain::mentionStatusId(domain::MentionStatus::Replied);
    qsizetype reply = lines.size() - 1;
    while (reply >= 0 && !(lines.at(reply).action == QLatin1String("reply") &&
                           lines.at(reply).reason == QString::number(variantId)))
        --reply;
    bool skippedOwn = false; // the "Replied" the submission itself set
    for (qsizetype i = reply - 1; reply >= 0 && i >= 0; --i) {
        const domain::AuditEntry &line = lines.at(i);
        if (line.action != QLatin1String("status"))
            continue;
        if (!skippedOwn && line.toState == replied) {
            skippedOwn = true;
            continue;
        }
        return PriorStatus{domain::mentionStatusFromId(line.toState), line.reason};
    }
    if (reply >= 0)
        return PriorStatus{};
    return std::nullopt;
}
} // namespace

Status MentionRepository::replyFailed(const domain::Variant &failed, const QString &reason,
                                      const QString &actor)
{
    if (failed.replyToRemoteId.isEmpty())
        return ok();
    Transaction transaction(m_database);
    QSqlQuery q(m_database.connection());
    // The item answered (same platform as the variant's account, same remote id; as recordFirstReply finds
    // it), whether it has been answered publicly, and who wrote the failed reply.
    q.prepare(QStringLiteral("SELECT m.id, m.status, m.first_reply_at, p.created_by "
                             "FROM mentions m, accounts a, posts p "
                             "WHERE a.id = ? AND p.id = ? AND m.platform = a.platform AND m.remote_id = ?"));
    q.addBindValue(failed.accountId);
    q.addBindValue(failed.postId);
    q.addBindValue(failed.replyToRemoteId);
    if (!q.exec())
        return updateError(q);
    if (!q.next())
        return ok(); // not in the inbox
    const qint64 mentionId = q.value(0).toLongLong();
    const domain::MentionStatus status = domain::mentionStatusFromId(q.value(1).toString());
    const bool answered = !q.value(2).isNull();
    const QString author = q.value(3).toString();
    q.finish();
    // Another reply of the item published, or still on its way (in review, approved, scheduled, publishing):
    // the item is answered, or about to be, and "Replied" stays true.
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM variants v, accounts a, mentions m "
                       "WHERE m.id = ? AND v.id <> ? AND v.account_id = a.id AND a.platform = m.platform "
                       "AND v.reply_to_remote_id = m.remote_id AND v.state IN (?, ?, ?, ?, ?)"));
    q.addBindValue(mentionId);
    q.addBindValue(failed.id);
    using VS = domain::VariantState;
    for (const VS state : {VS::InReview, VS::Approved, VS::Scheduled, VS::Publishing, VS::Published})
        q.addBindValue(domain::stateId(state));
    if (!q.exec() || !q.next())
        return updateError(q);
    const bool otherReply = q.value(0).toLongLong() > 0;
    q.finish();

    domain::MentionStatus after = status;
    // Only an item that is "Replied" because of this reply goes back; one the team moved on meanwhile (done,
    // escalated, assigned) keeps what they chose.
    if (status == domain::MentionStatus::Replied && !answered && !otherReply) {
        const auto lines = AuditLog(m_database).forEntity(QStringLiteral("mention"), mentionId);
        if (!lines)
            return lines.error();
        PriorStatus prior;
        if (const auto known = statusBeforeReply(*lines, failed.id)) {
            prior = *known;
        } else if (!author.isEmpty()) {
            // Unknown: assigned to whoever wrote the reply. They took the item on and know what they meant to
            // say, so the refusal and the retry are theirs; "New" would make it look untouched and invite a
            // colleague to start a second answer from scratch.
            prior = PriorStatus{domain::MentionStatus::Assigned, author};
        }
        after = prior.status;
        if (after != status) {
            if (const Status s = setStatus({mentionId}, after, actor, prior.assignee); !s)
                return s;
        }
    }
    // The item's own history says its reply did not go out, and why (the variant's history says it too).
    if (const Status s = AuditLog(m_database)
                             .append({0,
                                      {},
                                      actor,
                                      QStringLiteral("mention"),
                                      mentionId,
                                      QStringLiteral("reply_failed"),
                                      domain::mentionStatusId(status),
                                      domain::mentionStatusId(after),
                                      reason});
        !s)
        return s;
    if (!transaction.commit())
        return commitError();
    return ok();
}

Status MentionRepository::replyRetried(const domain::Variant &retried, const QString &actor)
{
    if (retried.replyToRemoteId.isEmpty())
        return ok();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT m.id, m.status FROM mentions m, accounts a "
                             "WHERE a.id = ? AND m.platform = a.platform AND m.remote_id = ?"));
    q.addBindValue(retried.accountId);
    q.addBindValue(retried.replyToRemoteId);
    if (!q.exec())
        return updateError(q);
    if (!q.next())
        return ok();
    const qint64 mentionId = q.value(0).toLongLong();
    const auto status = domain::mentionStatusFromId(q.value(1).toString());
    q.finish();
    // Escalated or done meanwhile: the team's choice stands.
    if (status != domain::MentionStatus::New && status != domain::MentionStatus::Assigned)
        return ok();
    Transaction transaction(m_database);
    if (const Status s = setStatus({mentionId}, domain::MentionStatus::Replied, actor); !s)
        return s;
    if (const Status s = AuditLog(m_database)
                             .append({0,
                                      {},
                                      actor,
                                      QStringLiteral("mention"),
                                      mentionId,
                                      QStringLiteral("reply"),
                                      {},
                                      domain::stateId(domain::VariantState::Scheduled),
                                      QString::number(retried.id)});
        !s)
        return s;
    if (!transaction.commit())
        return commitError();
    return ok();
}

Result<QHash<qint64, FailedReply>> MentionRepository::failedReplies(const QList<qint64> &mentionIds) const
{
    QHash<qint64, FailedReply> failed;
    if (mentionIds.isEmpty())
        return failed;
    QStringList marks;
    marks.fill(QStringLiteral("?"), mentionIds.size());
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, platform, remote_id FROM mentions WHERE id IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    for (const qint64 id : mentionIds)
        q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The replies could not be read."));
    QHash<QPair<QString, QString>, qint64> items; // (platform, remote id) → item
    QStringList remoteIds;
    while (q.next()) {
        items.insert({q.value(1).toString(), q.value(2).toString()}, q.value(0).toLongLong());
        remoteIds << q.value(2).toString();
    }
    if (remoteIds.isEmpty())
        return failed;
    // The replies to them, oldest first, so the latest one of each item is the one kept (variants has no
    // index on what it answers: one read of the table for the whole page, not one per item).
    marks.fill(QStringLiteral("?"), remoteIds.size());
    q.prepare(
        QStringLiteral("SELECT v.id, a.platform, v.reply_to_remote_id, v.state, v.text, v.failure_reason, "
                       "v.updated_at FROM variants v, accounts a WHERE v.account_id = a.id "
                       "AND v.reply_to_remote_id IN (%1) ORDER BY v.id")
            .arg(marks.join(QLatin1Char(','))));
    for (const QString &remoteId : std::as_const(remoteIds))
        q.addBindValue(remoteId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The replies could not be read."));
    const QString failedState = domain::stateId(domain::VariantState::Failed);
    while (q.next()) {
        const auto item = items.constFind({q.value(1).toString(), q.value(2).toString()});
        if (item == items.cend())
            continue;
        if (q.value(3).toString() == failedState)
            failed.insert(*item, FailedReply{q.value(0).toLongLong(), q.value(4).toString(),
                                             q.value(5).toString(), fromStored(q.value(6))});
        else
            failed.remove(*item); // a later reply (a retry) replaces the failed one
    }
    return failed;
}

Result<QList<ResponseTimes>> MentionRepository::responseTimes(const QDateTime &from,
                                                              const QDateTime &to) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT first_reply_by, first_reply_at - created_at FROM mentions "
                             "WHERE first_reply_at >= ? AND first_reply_at < ? ORDER BY first_reply_by"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The response times could not be read."));
    auto figures = [](const QString &person, std::vector<qint64> &ms) {
        ResponseTimes r;
        r.person = person;
        r.count = qint64(ms.size());
        if (ms.empty())
            return r;
        std::sort(ms.begin(), ms.end());
        const std::size_t n = ms.size();
        r.medianMs = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
        qint64 sum = 0;
        for (qint64 v : ms)
            sum += v;
        r.meanMs = sum / qint64(n);
        return r;
    };
    QList<ResponseTimes> result;
    std::vector<qint64> all;
    std::vector<qint64> person;
    QString current;
    bool any = false;
    while (q.next()) {
        const QString by = q.value(0).toString();
        // A reply recorded before the item's own time (clock skew) counts as immediate.
        const qint64 ms = std::max<qint64>(0, q.value(1).toLongLong());
        if (any && by != current) {
            result << figures(current, person);
            person.clear();
        }
        current = by;
        any = true;
        person.push_back(ms);
        all.push_back(ms);
    }
    if (any)
        result << figures(current, person);
    result.prepend(figures(QString(), all));
    return result;
}

} // namespace store
