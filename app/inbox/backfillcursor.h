#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace store {
class Database;
}

namespace inbox {

// Where "Load older" goes on from, per listing, kept in the workspace's settings (like the sync's cursors)
// and moved on only after a page is stored: a crash or a lost connection resumes exactly there, with no gap
// (the cursor never passes an item not stored) and nothing read twice (the cursor is exclusive).
namespace backfillcursor {

// The settings key of one listing of one account ("" for X, "mentions"/"comments" for Weibo, "posts" for
// Facebook).
QString key(qint64 accountId, const QString &listing);

// Which of an account's stored items a listing reads: Weibo keeps mentions (no conversation) and comments
// (on a status) in separate listings, each starting from its own oldest.
enum class Items { All, WithoutConversation, InConversation };

// The remote id of the oldest such item stored for the account, or "" when it has none: where a first "Load
// older" starts reading back from.
QString oldestStoredId(const store::Database &database, qint64 accountId, Items items = Items::All);

// Numeric ids (X, Weibo) compared as numbers: the smaller of the two, either may be empty.
QString olderId(const QString &a, const QString &b);

// Facebook reads comments post by post, back through the page's feed: the moment it has read back to
// (`until`, with the posts of that very second already read, since Graph's `until` is inclusive), the post
// whose comments it is reading and the comment page it has reached there.
struct FacebookPosition
{
    QDateTime until; // invalid: from the newest post
    QStringList doneAtUntil;
    QString post; // empty: between posts
    QDateTime postTime;
    QString after; // the comment paging cursor within `post`

    QString toString() const;
    static FacebookPosition fromString(const QString &text);
    // The post is read completely: the position moves past it.
    void finishPost();
};

} // namespace backfillcursor
} // namespace inbox
