#pragma once

#include "domain/mention.h"
#include "store/result.h"

#include <QDate>
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

// Mentions and comments that came back. Insertion ignores an item already stored (same platform and remote
// id), so a sync that repeats a page never duplicates anything.
class MentionRepository final
{
public:
    explicit MentionRepository(const Database &database) : m_database(database) {}

    // Stores what is new in one transaction; returns how many were new.
    Result<int> insert(const QList<domain::Mention> &mentions);
    Result<qint64> count() const;
    // One page, newest first. Keyset paging would be faster deep down; the inbox issue replaces this
    // ordering.
    // Newest: plain arrival order. Priority: what needs an answer first — criticism, then questions, then the
    // rest; within them verified authors, then larger audiences, then the newest; items already done go last.
    enum class Order { Newest, Priority };
    Result<QList<domain::Mention>> page(qint64 offset, int limit, Order order = Order::Newest) const;
    // Triage: a new status (and who it is assigned to, for Assigned) for several items at once, audited.
    Status setStatus(const QList<qint64> &ids, domain::MentionStatus status, const QString &actor,
                     const QString &assignee = {});
    // Flags items for the report to the ministry (or takes the flag away), audited.
    Status setNotable(const QList<qint64> &ids, bool notable, const QString &actor);
    // How many items of a stance arrived in [from, to).
    Result<qint64> countStance(domain::Stance stance, const QDateTime &from, const QDateTime &to) const;
    // Items per day and stance since `since`, oldest day first: the opinion mix over time, in aggregate.
    Result<QList<StanceDay>> stanceByDay(const QDateTime &since) const;

private:
    const Database &m_database;
};

} // namespace store
