#pragma once

#include "domain/post.h"
#include "store/auditlog.h"
#include "store/result.h"

#include <QList>

namespace store {

class Database;

// Posts and their per-account variants. Every change of a variant's state goes through transition(), which
// checks the workflow, applies the step only if nobody else moved the variant first, and records it in the audit
// log in the same transaction.
class PostRepository final
{
public:
    explicit PostRepository(const Database &database) : m_database(database), m_audit(database) {}

    // Creates the post and its variants as drafts.
    Result<qint64> create(const domain::Post &post, const QString &actor);
    Result<domain::Post> find(qint64 id) const;
    // Every post, newest change first, with its variants.
    Result<QList<domain::Post>> all() const;
    Result<domain::Variant> variant(qint64 variantId) const;
    // Scheduled variants whose time has come (scheduled_at <= now), oldest first: what the publisher claims;
    // and those to be scheduled on the platform itself, whatever their time.
    Result<QList<domain::Variant>> dueVariants(const QDateTime &now, int limit) const;
    // Every variant in one state (the publisher reconciles those left "publishing" by an interruption).
    Result<QList<domain::Variant>> variantsInState(domain::VariantState state) const;

    // Changes a variant's text; an approved or scheduled variant goes back to review (audited).
    Status editVariant(qint64 variantId, const QString &text, const QString &actor);
    // A reply's failure (to Failed, with the platform's reason) or retry (Failed → Scheduled) also moves the
    // inbox item it answers, in the same transaction (MentionRepository::replyFailed / replyRetried).
    Status transition(qint64 variantId, domain::VariantState to, const QString &actor, const QString &reason = {});
    // Approved → scheduled at `when` (UTC). onPlatform (Facebook): the publisher hands it to the platform's own
    // scheduling at once instead of sending it at `when`.
    Status schedule(qint64 variantId, const QDateTime &when, const QString &actor, bool onPlatform = false);
    // The office's name for the post (audited with the old one).
    Status rename(qint64 postId, const QString &title, const QString &actor);
    // One more target account for a stored post: a draft variant (refused if the post has one for it).
    Result<qint64> addVariant(qint64 postId, const domain::Variant &variant, const QString &actor);
    // Takes an account off the post: refused once its variant was published (even a part of a thread), or is
    // scheduled or on its way, with the reason; a draft, in review, approved or failed variant goes (audited).
    Status removeVariant(qint64 variantId, const QString &actor);
    // A scheduled variant to another time (UTC), audited with both times; refused unless it is still scheduled.
    Status reschedule(qint64 variantId, const QDateTime &when, const QString &actor);
    // X: whether an over-long text goes out as a thread (audited; not once it is on its way).
    Status setAsThread(qint64 variantId, bool asThread, const QString &actor);
    // What the platform needs besides the id to answer an inbox item: the post a comment is on (Weibo's
    // comments/reply.json wants both). Empty when the item is not in the inbox.
    Result<QString> conversationOf(qint64 accountId, const QString &remoteId) const;

    // Publishing → published, with the platform's id of the post, in one step. A variant answering an inbox
    // item (replyToRemoteId) also records, in the same transaction, the item's first reply (at publishedAt,
    // default now, by the post's author) unless it has one.
    Status recordPublished(qint64 variantId, const QString &remoteId, const QString &actor,
                           const QDateTime &publishedAt = {});

    const AuditLog &auditLog() const { return m_audit; }
    const Database &database() const { return m_database; }

private:
    Status transitionLocked(const domain::Variant &current, domain::VariantState to, const QString &actor,
                            const QString &reason, const QDateTime &scheduledAt);
    Status insertVariant(qint64 postId, const domain::Variant &variant, qint64 now) const;
    Result<QList<domain::Variant>> variantsWhere(const QString &condition, const QVariantList &values) const;
    Status recordFirstReply(const domain::Variant &published, const QDateTime &at);

    const Database &m_database;
    AuditLog m_audit;
};

} // namespace store
