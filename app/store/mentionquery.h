#pragma once

#include "domain/mention.h"
#include "domain/platform.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace store {

// Newest: arrival order. Priority: the stored rank (store::MentionPriority: open before done, criticism, then
// questions; verified authors, press and officials, larger audiences), then the newest.
enum class MentionOrder { Newest, Priority };

// What the inbox shows: every filter is optional (empty = any) and they combine with AND; values inside one
// filter combine with OR.
struct MentionQuery
{
    QList<qint64> accounts;
    QList<domain::Platform> platforms;
    QStringList languages;                 // "en", "ru", "zh", "other"
    QList<domain::Stance> stances;
    QList<domain::MentionStatus> statuses;
    // Exactly this assignee; an empty string means "assigned to nobody"; nullopt means any.
    std::optional<QString> assignee;
    QDateTime from;                        // created_at >= from, when valid
    QDateTime to;                          // created_at <  to, when valid
    // Full text: every word must occur (as a word prefix), case and accents ignored (é = e, ё = е); Chinese
    // runs match as a phrase of characters. Empty = no text filter.
    QString text;
    bool notableOnly = false;
    MentionOrder order = MentionOrder::Priority;
};

// Where the next page starts (keyset paging): the sort key of the last row already read. A default cursor
// means "from the top". Valid only with the query (and order) it came from.
struct MentionCursor
{
    int priority = 0;
    qint64 createdAtMs = 0;
    qint64 id = 0;
    bool isStart() const { return id == 0; }
};

struct MentionPage
{
    QList<domain::Mention> items;
    MentionCursor next;      // pass to page() for the following page
    bool atEnd = false;      // fewer than `limit` rows came back: nothing follows
};

} // namespace store
