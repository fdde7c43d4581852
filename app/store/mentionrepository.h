#pragma once

#include "domain/mention.h"
#include "domain/post.h"
#include "store/mentionquery.h"
#include "store/result.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace store {

class Database;

// How many items of one stance arrived on one day (UTC).
struct StanceDay
{
    QDate day;
    domain::Stance stance = domain::Stance::Unknown;
    qint64 count = 0;
};

// The items of one conversation and what is known of the post they answer.
struct Conversation
{
    // Same platform and conversation, oldest first: the item asked for with the replies just before and after
    // it (a crisis thread can hold thousands), and how many more there are on either side.
    QList<domain::Mention> items;
    qint64 earlierNotShown = 0;
    qint64 laterNotShown = 0;
    // Our own published variant the conversation answers (its remote id is the conversation's root, or one of
    // the items replies to it); variantId 0 when the post is not ours or not known.
    qint64 variantId = 0;
    qint64 postId = 0;
    qint64 originAccountId = 0;
    QString originRemoteId;
    QString originText;
    QDateTime originAt;           // when the variant was last updated (published), UTC
};

// First-reply times of one person (or of the whole team, person empty) over a period.
struct ResponseTimes
{
    QString person;
    qint64 count = 0;             // items first answered by them
    qint64 medianMs = 0;          // from arrival to first reply
    qint64 meanMs = 0;
};

// A reply of ours to an item that the platform refused for good (the item's latest reply): what was written
// and the platform's reason, for the inbox to show on the item and to offer again.
struct FailedReply
{
    qint64 variantId = 0;
    QString text;
    QString reason; // the platform's, in plain words
    QDateTime at;   // when it was recorded as failed, UTC
};

// Mentions and comments that came back. Insertion ignores an item already stored (same platform and remote
// id), so a sync that repeats a page never duplicates anything. Each stored item gets its priority rank
// (MentionPriority) and its full-text entry (SQLite FTS5 / PostgreSQL tsvector over searchText()) in the
// same transaction.
class MentionRepository final
{
public:
    explicit MentionRepository(const Database &database) : m_database(database) {}

    // Stores what is new in one transaction; returns how many were new.
    Result<int> insert(const QList<domain::Mention> &mentions);
    Result<qint64> count() const;
    // How many items match (the whole table when the query is empty). With filters this reads every match:
    // about 0.1 s a 100,000 matches.
    Result<qint64> count(const MentionQuery &query) const;
    // The same, but stops at upTo (upTo <= 0: no limit): for "10,000+" in a list's header without reading a
    // million rows.
    Result<qint64> count(const MentionQuery &query, qint64 upTo) const;

    using Order = MentionOrder;
    // One page of every item, by offset (kept for older callers; deep offsets are slow).
    Result<QList<domain::Mention>> page(qint64 offset, int limit, Order order = Order::Newest) const;
    // One page of what matches, by offset.
    Result<QList<domain::Mention>> page(const MentionQuery &query, qint64 offset, int limit) const;
    // One page of what matches after `after` (keyset: constant time at any depth). Use MentionPage::next.
    Result<MentionPage> page(const MentionQuery &query, const MentionCursor &after, int limit) const;
    Result<domain::Mention> find(qint64 id) const;

    // The conversation around an item.
    Result<Conversation> conversation(qint64 mentionId) const;

    // Triage: a new status (and who it is assigned to, for Assigned) for several items at once, audited. The
    // priority follows (done items sink).
    Status setStatus(const QList<qint64> &ids, domain::MentionStatus status, const QString &actor,
                     const QString &assignee = {});
    // A user's correction of the stance of several items, audited; the priority follows. (The classifier
    // learns it separately: inbox::StanceLearning::record.)
    Status setStance(const QList<qint64> &ids, domain::Stance stance, const QString &actor);
    // Flags items for the report to the ministry (or takes the flag away), audited.
    Status setNotable(const QList<qint64> &ids, bool notable, const QString &actor);
    // Records the first reply to an item (later replies leave it as it was), audited.
    Status recordFirstReply(qint64 mentionId, const QString &by, const QDateTime &at);
    // The publisher recorded a permanent failure of `failed` with the platform's reason: when it answers an
    // item that is still "Replied" only because of it, the item goes back to the status it had before
    // (audited with the reason). Called by store::PostRepository inside the transaction that records the
    // failure. Nothing happens for a variant that answers nothing in the inbox.
    Status replyFailed(const domain::Variant &failed, const QString &reason, const QString &actor);
    // A failed reply sent again as it is (Compose's retry: failed → scheduled): its item, back to New or
    // Assigned by the failure, is Replied again, as at the first submission (audited). In the caller's
    // transaction.
    Status replyRetried(const domain::Variant &retried, const QString &actor);
    // For each of these items whose latest reply of ours failed, that reply (an item whose reply was retried
    // since, or published, has none). One read of the replies for a whole page of the list.
    Result<QHash<qint64, FailedReply>> failedReplies(const QList<qint64> &mentionIds) const;
    // First-reply times per person for replies made in [from, to), by name; plus the whole team (person empty)
    // as the first element.
    Result<QList<ResponseTimes>> responseTimes(const QDateTime &from, const QDateTime &to) const;

    // How many items of a stance arrived in [from, to).
    Result<qint64> countStance(domain::Stance stance, const QDateTime &from, const QDateTime &to) const;
    // Items per day and stance since `since`, oldest day first: the opinion mix over time, in aggregate.
    Result<QList<StanceDay>> stanceByDay(const QDateTime &since) const;

    // Indexes for full-text search the items stored before schema 5 (a bounded batch per call); returns how
    // many remain. workspace::SearchIndexer calls it on a thread of its own until none remain.
    Result<qint64> indexOlderItems(int batch = 5000);

    // Above this many full-text matches (SQLite), a page reads the list's own index in order and keeps the
    // rows that match; up to it, it orders the matches on the narrow indexes of schema 9 (about 1 µs a match
    // once their pages are in the cache, 1.5 µs before) and reads the page's rows only. A frequent word spread
    // over the list fills a page within a few thousand rows of the index. Changeable for tests.
    void setFrequentMatches(qint64 matches) { m_frequentMatches = matches; }

private:
    Result<int> insertSqlite(const QList<domain::Mention> &mentions, const QHash<qint64, QString> &platforms);

    const Database &m_database;
    qint64 m_frequentMatches = 20000;
};

} // namespace store
