#include "store/postrepository.h"

#include "store/database.h"
#include "store/mentionrepository.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"
#include "store/variantpartrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace store {

using domain::VariantState;

namespace {
const QString kVariantColumns = QStringLiteral(
    "id, post_id, account_id, language, text, state, scheduled_at, remote_id, failure_reason, updated_at, "
    "reply_to_remote_id, as_thread, schedule_on_platform");

domain::Variant readVariant(const QSqlQuery &q)
{
    domain::Variant v;
    v.id = q.value(0).toLongLong();
    v.postId = q.value(1).toLongLong();
    v.accountId = q.value(2).toLongLong();
    v.language = q.value(3).toString();
    v.text = q.value(4).toString();
    v.state = domain::stateFromId(q.value(5).toString()).value_or(VariantState::Draft);
    v.scheduledAt = fromStored(q.value(6));
    v.remoteId = q.value(7).toString();
    v.failureReason = q.value(8).toString();
    v.updatedAt = fromStored(q.value(9));
    v.replyToRemoteId = q.value(10).toString();
    v.asThread = q.value(11).toInt() != 0;
    v.scheduleOnPlatform = q.value(12).toInt() != 0;
    return v;
}

// A conditional update matched no row: the variant is no longer in the state this step was decided on.
Error changedUnderneath()
{
    return Error{QCoreApplication::translate(
                     "store", "Someone else changed this variant a moment ago. Look at it again before going on."),
                 {}};
}
} // namespace

Result<qint64> PostRepository::create(const domain::Post &post, const QString &actor)
{
    Transaction transaction(m_database);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO posts (title, created_by, created_at, updated_at) VALUES (?, ?, ?, ?) "
                       "RETURNING id"));
    q.addBindValue(nonNull(post.title));
    q.addBindValue(nonNull(actor));
    q.addBindValue(post.createdAt.isValid() ? post.createdAt.toMSecsSinceEpoch() : now);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return queryError(q, QCoreApplication::translate("store", "The post could not be saved."));
    const qint64 postId = q.value(0).toLongLong();
    q.finish();
    for (const auto &v : post.variants) {
        if (const Status s = insertVariant(postId, v, now); !s)
            return s.error();
    }
    if (const Status s = m_audit.append(
            {0, {}, actor, QStringLiteral("post"), postId, QStringLiteral("create"), {}, {}, {}});
        !s)
        return s.error();
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The post could not be saved."),
                     m_database.connection().lastError().text()};
    return postId;
}

Status PostRepository::insertVariant(qint64 postId, const domain::Variant &v, qint64 now) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO variants (post_id, account_id, language, text, state, updated_at, "
                             "reply_to_remote_id, as_thread) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(postId);
    q.addBindValue(v.accountId);
    q.addBindValue(nonNull(v.language));
    q.addBindValue(nonNull(v.text));
    q.addBindValue(domain::stateId(VariantState::Draft));
    q.addBindValue(now);
    q.addBindValue(nonNull(v.replyToRemoteId));
    q.addBindValue(v.asThread ? 1 : 0);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "A variant of the post could not be saved."));
    return ok();
}

Result<QList<domain::Variant>> PostRepository::variantsWhere(const QString &condition,
                                                             const QVariantList &values) const
{
    QSqlQuery q(m_database.connection());
    // A condition may bring its own order (and limit); otherwise variants come in creation order.
    const bool ordered = condition.contains(QLatin1String("ORDER BY"));
    q.prepare(QStringLiteral("SELECT ") + kVariantColumns + QStringLiteral(" FROM variants WHERE ") + condition +
              (ordered ? QString() : QStringLiteral(" ORDER BY id")));
    for (const auto &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The variants could not be read."));
    QList<domain::Variant> variants;
    while (q.next())
        variants << readVariant(q);
    return variants;
}

Result<domain::Post> PostRepository::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, title, created_by, created_at, updated_at FROM posts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The post could not be read."));
    if (!q.next())
        return Error{QCoreApplication::translate("store", "There is no post %1 in this workspace.").arg(id),
                     {}};
    domain::Post post{q.value(0).toLongLong(), q.value(1).toString(),  q.value(2).toString(),
                      fromStored(q.value(3)),  fromStored(q.value(4)), {}};
    auto variants = variantsWhere(QStringLiteral("post_id = ?"), {id});
    if (!variants)
        return variants.error();
    post.variants = std::move(variants).value();
    return post;
}

Result<QList<domain::Post>> PostRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, title, created_by, created_at, updated_at FROM posts "
                               "ORDER BY updated_at DESC, id DESC")))
        return queryError(q, QCoreApplication::translate("store", "The posts could not be read."));
    QList<domain::Post> posts;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), posts.size());
        posts.append({q.value(0).toLongLong(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      fromStored(q.value(3)),
                      fromStored(q.value(4)),
                      {}});
    }
    auto variants = variantsWhere(QStringLiteral("1 = 1"), {});
    if (!variants)
        return variants.error();
    for (auto &v : variants.value()) {
        if (const auto it = index.constFind(v.postId); it != index.cend())
            posts[*it].variants.append(std::move(v));
    }
    return posts;
}

Result<domain::Variant> PostRepository::variant(qint64 variantId) const
{
    auto variants = variantsWhere(QStringLiteral("id = ?"), {variantId});
    if (!variants)
        return variants.error();
    if (variants->isEmpty())
        return Error{
            QCoreApplication::translate("store", "There is no variant %1 in this workspace.").arg(variantId),
            {}};
    return variants->first();
}

Result<QList<domain::Variant>> PostRepository::dueVariants(const QDateTime &now, int limit) const
{
    // A variant scheduled on the platform itself (Facebook) is handed over as soon as it is scheduled.
    return variantsWhere(QStringLiteral("state = ? AND (scheduled_at <= ? OR schedule_on_platform = 1) "
                                        "ORDER BY scheduled_at, id LIMIT %1")
                             .arg(std::max(1, limit)),
                         {domain::stateId(VariantState::Scheduled), now.toMSecsSinceEpoch()});
}

Result<QList<domain::Variant>> PostRepository::variantsInState(VariantState state) const
{
    return variantsWhere(QStringLiteral("state = ? ORDER BY id"), {domain::stateId(state)});
}

Status PostRepository::editVariant(qint64 variantId, const QString &text, const QString &actor)
{
    Transaction transaction(m_database);
    const auto current = variant(variantId);
    if (!current)
        return current.error();
    if (current->text == text)
        return ok();
    const auto after = domain::Workflow::stateAfterEdit(current->state);
    if (!after)
        return Error{QCoreApplication::translate("store", "This variant is %1 and can no longer be edited.")
                         .arg(domain::stateDisplayName(current->state).toLower()),
                     {}};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE variants SET text = ?, updated_at = ? WHERE id = ? AND state = ?"));
    q.addBindValue(nonNull(text));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(variantId);
    q.addBindValue(domain::stateId(current->state));
    if (!q.exec() || q.numRowsAffected() != 1)
        return queryError(q, QCoreApplication::translate("store", "The variant could not be saved."));
    // A thread split from the old text is split again from the new one (unless part of it already went out).
    if (const Status s = VariantPartRepository(m_database).discardUnsent(variantId); !s)
        return s;
    if (*after != current->state) {
        if (const Status s = transitionLocked(
                *current, *after, actor,
                QCoreApplication::translate("store", "Edited after approval: to be verified again."), {});
            !s)
            return s;
    }
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The variant could not be saved."),
                     m_database.connection().lastError().text()};
    return ok();
}

Status PostRepository::transition(qint64 variantId, VariantState to, const QString &actor,
                                  const QString &reason)
{
    Transaction transaction(m_database);
    const auto current = variant(variantId);
    if (!current)
        return current.error();
    // Scheduling names a time (schedule()); a retry or a reconciled attempt keeps the time it had.
    if (current->state == VariantState::Approved && to == VariantState::Scheduled)
        return Error{QCoreApplication::translate("store", "Choose a date and time to schedule at."), {}};
    if (const Status s = transitionLocked(*current, to, actor, reason, current->scheduledAt); !s)
        return s;
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The change could not be saved."),
                     m_database.connection().lastError().text()};
    return ok();
}

Status PostRepository::schedule(qint64 variantId, const QDateTime &when, const QString &actor, bool onPlatform)
{
    if (!when.isValid())
        return Error{QCoreApplication::translate("store", "Choose a date and time to schedule at."), {}};
    Transaction transaction(m_database);
    const auto current = variant(variantId);
    if (!current)
        return current.error();
    const QString how =
        onPlatform ? QCoreApplication::translate("store", "to be scheduled on the platform itself") : QString();
    if (const Status s = transitionLocked(*current, VariantState::Scheduled, actor, how, when.toUTC()); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE variants SET schedule_on_platform = ? WHERE id = ?"));
    q.addBindValue(onPlatform ? 1 : 0);
    q.addBindValue(variantId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The schedule could not be saved."));
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The schedule could not be saved."),
                     m_database.connection().lastError().text()};
    return ok();
}

Status PostRepository::rename(qint64 postId, const QString &title, const QString &actor)
{
    const QString name = title.trimmed();
    if (name.isEmpty())
        return Error{QCoreApplication::translate("store", "A post needs a title."), {}};
    Transaction transaction(m_database);
    const auto current = find(postId);
    if (!current)
        return current.error();
    if (current->title == name)
        return ok();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE posts SET title = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(postId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The post could not be saved."));
    if (const Status s = m_audit.append({0, {}, actor, QStringLiteral("post"), postId, QStringLiteral("rename"), {},
                                         {}, QStringLiteral("%1 → %2").arg(current->title, name)});
        !s)
        return s;
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The post could not be saved."),
                     m_database.connection().lastError().text()};
    return ok();
}

Result<qint64> PostRepository::addVariant(qint64 postId, const domain::Variant &variant, const QString &actor)
{
    Transaction transaction(m_database);
    const auto current = find(postId);
    if (!current)
        return current.error();
    for (const auto &v : current->variants) {
        if (v.accountId == variant.accountId)
            return Error{QCoreApplication::translate("store", "This post already goes to that account."), {}};
    }
    if (const Status s = insertVariant(postId, variant, QDateTime::currentMSecsSinceEpoch()); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM variants WHERE post_id = ? AND account_id = ?"));
    q.addBindValue(postId);
    q.addBindValue(variant.accountId);
    if (!q.exec() || !q.next())
        return queryError(q, QCoreApplication::translate("store", "A variant of the post could not be saved."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("UPDATE posts SET updated_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(postId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The post could not be saved."));
    if (const Status s = m_audit.append({0, {}, actor, QStringLiteral("variant"), id, QStringLiteral("create"), {},
                                         domain::stateId(VariantState::Draft),
                                         QStringLiteral("account %1 added to post %2").arg(variant.accountId).arg(postId)});
        !s)
        return s.error();
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "A variant of the post could not be saved."),
                     m_database.connection().lastError().text()};
    return id;
}

Status PostRepository::removeVariant(qint64 variantId, const QString &actor)
{
    Transaction transaction(m_database);
    const auto current = variant(variantId);
    if (!current)
        return current.error();
    switch (current->state) {
    case VariantState::Published:
        return Error{QCoreApplication::translate(
                         "store", "Its variant is already published, so the account stays on the post (its "
                                  "record of what went out is kept)."),
                     {}};
    case VariantState::Publishing:
        return Error{QCoreApplication::translate("store", "Its variant is being published right now."), {}};
    case VariantState::Scheduled:
        return Error{QCoreApplication::translate(
                         "store", "Its variant is scheduled to go out: unschedule it first, then remove the account."),
                     {}};
    default:
        break;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM variant_parts WHERE variant_id = ? AND attempt <> 'pending'"));
    q.addBindValue(variantId);
    if (!q.exec() || !q.next())
        return queryError(q, QCoreApplication::translate("store", "The variant could not be removed."));
    if (q.value(0).toLongLong() > 0)
        return Error{QCoreApplication::translate(
                         "store", "Part of its thread is already published, so the account stays on the post."),
                     {}};
    q.finish();
    // Children first: the engines do not all enforce ON DELETE CASCADE.
    for (const QString &sql : {QStringLiteral("DELETE FROM variant_parts WHERE variant_id = ?"),
                               QStringLiteral("DELETE FROM variant_media WHERE variant_id = ?"),
                               QStringLiteral("DELETE FROM variants WHERE id = ? AND state = ?")}) {
        q.prepare(sql);
        q.addBindValue(variantId);
        if (sql.contains(QLatin1String("state")))
            q.addBindValue(domain::stateId(current->state));
        if (!q.exec())
            return queryError(q, QCoreApplication::translate("store", "The variant could not be removed."));
    }
    if (q.numRowsAffected() != 1)
        return changedUnderneath();
    if (const Status s = m_audit.append({0, {}, actor, QStringLiteral("variant"), variantId, QStringLiteral("delete"),
                                         domain::stateId(current->state), {},
                                         QStringLiteral("account %1 removed from post %2")
                                             .arg(current->accountId)
                                             .arg(current->postId)});
        !s)
        return s;
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The variant could not be removed."),
                     m_database.connection().lastError().text()};
    return ok();
}

Status PostRepository::reschedule(qint64 variantId, const QDateTime &when, const QString &actor)
{
    if (!when.isValid())
        return Error{QCoreApplication::translate("store", "Choose a date and time to schedule at."), {}};
    Transaction transaction(m_database);
    const auto current = variant(variantId);
    if (!current)
        return current.error();
    if (current->state != VariantState::Scheduled)
        return Error{QCoreApplication::translate("store", "Only a scheduled variant can be moved; this one is %1.")
                         .arg(domain::stateDisplayName(current->state).toLower()),
                     {}};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE variants SET scheduled_at = ?, updated_at = ? WHERE id = ? AND state = ?"));
    q.addBindValue(toStored(when.toUTC()));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(variantId);
    q.addBindValue(domain::stateId(VariantState::Scheduled));
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The schedule could not be saved."));
    if (q.numRowsAffected() != 1)
        return changedUnderneath();
    const QString moved = QStringLiteral("%1 → %2").arg(current->scheduledAt.toUTC().toString(Qt::ISODate),
                                                         when.toUTC().toString(Qt::ISODate));
    if (const Status s = m_audit.append({0, {}, actor, QStringLiteral("variant"), variantId,
                                         QStringLiteral("reschedule"), {}, {}, moved});
        !s)
        return s;
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The schedule could not be saved."),
                     m_database.connection().lastError().text()};
    return ok();
}

Status PostRepository::setAsThread(qint64 variantId, bool asThread, const QString &actor)
{
    Transaction transaction(m_database);
    const auto current = variant(variantId);
    if (!current)
        return current.error();
    if (current->asThread == asThread)
        return ok();
    if (current->state == VariantState::Publishing || current->state == VariantState::Published)
        return Error{QCoreApplication::translate("store", "This variant is %1 and can no longer be changed.")
                         .arg(domain::stateDisplayName(current->state).toLower()),
                     {}};
    QSqlQuery q(m_database.connection());
    // Part of the thread is out already: the rest follows as a thread, whatever is chosen now.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM variant_parts WHERE variant_id = ? AND attempt <> 'pending'"));
    q.addBindValue(variantId);
    if (!q.exec() || !q.next())
        return queryError(q, QCoreApplication::translate("store", "The variant could not be saved."));
    if (!asThread && q.value(0).toLongLong() > 0)
        return Error{QCoreApplication::translate(
                         "store", "Part of this thread is already published; the rest can only follow as a thread."),
                     {}};
    q.finish();
    q.prepare(QStringLiteral("UPDATE variants SET as_thread = ?, updated_at = ? WHERE id = ? AND state = ?"));
    q.addBindValue(asThread ? 1 : 0);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(variantId);
    q.addBindValue(domain::stateId(current->state));
    if (!q.exec() || q.numRowsAffected() != 1)
        return queryError(q, QCoreApplication::translate("store", "The variant could not be saved."));
    if (const Status s = m_audit.append({0,
                                         {},
                                         actor,
                                         QStringLiteral("variant"),
                                         variantId,
                                         asThread ? QStringLiteral("thread-on") : QStringLiteral("thread-off"),
                                         {},
                                         {},
                                         {}});
        !s)
        return s;
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The variant could not be saved."),
                     m_database.connection().lastError().text()};
    return ok();
}

Result<QString> PostRepository::conversationOf(qint64 accountId, const QString &remoteId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT conversation_id FROM mentions WHERE account_id = ? AND remote_id = ?"));
    q.addBindValue(accountId);
    q.addBindValue(remoteId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The item answered could not be read."));
    return q.next() ? q.value(0).toString() : QString();
}

Status PostRepository::recordPublished(qint64 variantId, const QString &remoteId, const QString &actor,
                                       const QDateTime &publishedAt)
{
    Transaction transaction(m_database);
    const auto current = variant(variantId);
    if (!current)
        return current.error();
    if (const Status s = transitionLocked(*current, VariantState::Published, actor, {}, current->scheduledAt);
        !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE variants SET remote_id = ? WHERE id = ?"));
    q.addBindValue(nonNull(remoteId));
    q.addBindValue(variantId);
    if (!q.exec())
        return queryError(q,
                          QCoreApplication::translate("store", "The published post could not be recorded."));
    if (const Status s = recordFirstReply(*current, publishedAt.isValid() ? publishedAt.toUTC()
                                                                          : QDateTime::currentDateTimeUtc());
        !s)
        return s;
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The published post could not be recorded."),
                     m_database.connection().lastError().text()};
    return ok();
}

// Here, in the transaction that records the publication, because every way a variant becomes published passes
// through recordPublished (the publisher's answer, its reconciliation after an interruption, the last part of
// a thread; in the app or in `attachectl publish --watch`; on SQLite or PostgreSQL), and the two facts then
// never disagree: an item is "first answered" exactly when an answer is out, not when it was written (it may
// wait for verification, or the platform may refuse it).
Status PostRepository::recordFirstReply(const domain::Variant &published, const QDateTime &at)
{
    if (published.replyToRemoteId.isEmpty())
        return ok();
    QSqlQuery q(m_database.connection());
    // The item answered: same platform as the variant's account, same remote id (unique together), not yet
    // answered; and who wrote the answer (the post's author).
    q.prepare(QStringLiteral("SELECT m.id, p.created_by FROM mentions m, accounts a, posts p "
                             "WHERE a.id = ? AND p.id = ? AND m.platform = a.platform AND m.remote_id = ? "
                             "AND m.first_reply_at IS NULL"));
    q.addBindValue(published.accountId);
    q.addBindValue(published.postId);
    q.addBindValue(published.replyToRemoteId);
    if (!q.exec())
        return queryError(q,
                          QCoreApplication::translate("store", "The published post could not be recorded."));
    if (!q.next())
        return ok(); // not in the inbox, or answered before
    const qint64 mentionId = q.value(0).toLongLong();
    const QString by = q.value(1).toString();
    q.finish();
    return MentionRepository(m_database).recordFirstReply(mentionId, by, at);
}

Status PostRepository::transitionLocked(const domain::Variant &current, VariantState to, const QString &actor,
                                        const QString &reason, const QDateTime &scheduledAt)
{
    if (const QString refusal = domain::Workflow::refusal(current.state, to, reason); !refusal.isEmpty())
        return Error{refusal, {}};
    QSqlQuery q(m_database.connection());
    // "AND state = ?" makes the step conditional: if another user or the publisher moved the variant since it
    // was read, nothing changes and the caller is told, instead of two steps racing.
    q.prepare(
        QStringLiteral("UPDATE variants SET state = ?, scheduled_at = ?, failure_reason = ?, updated_at = ? "
                       "WHERE id = ? AND state = ?"));
    q.addBindValue(domain::stateId(to));
    q.addBindValue(to == VariantState::Draft ? toStored({}) : toStored(scheduledAt));
    q.addBindValue(to == VariantState::Failed ? reason : QStringLiteral(""));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(current.id);
    q.addBindValue(domain::stateId(current.state));
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The change could not be saved."));
    if (q.numRowsAffected() != 1)
        return changedUnderneath();
    q.prepare(QStringLiteral("UPDATE posts SET updated_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(current.postId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The change could not be saved."));
    if (const Status s = m_audit.append({0,
                                         {},
                                         actor,
                                         QStringLiteral("variant"),
                                         current.id,
                                         QStringLiteral("transition"),
                                         domain::stateId(current.state),
                                         domain::stateId(to),
                                         reason});
        !s)
        return s;
    // A reply refused for good: the item it answers is no longer "Replied" because of it, in this same
    // transaction, so the app and `attachectl publish --watch` alike leave no item answered by nothing.
    if (to == VariantState::Failed)
        return MentionRepository(m_database).replyFailed(current, reason, actor);
    if (current.state == VariantState::Failed && to == VariantState::Scheduled) // retried: answering again
        return MentionRepository(m_database).replyRetried(current, actor);
    return ok();
}

} // namespace store
