#include "inbox/backfillcursor.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace inbox::backfillcursor {

QString key(qint64 accountId, const QString &listing)
{
    const QString base = QStringLiteral("inbox.backfill.%1").arg(accountId);
    return listing.isEmpty() ? base : base + QLatin1Char('.') + listing;
}

QString oldestStoredId(const store::Database &database, qint64 accountId, Items items)
{
    const QString which = items == Items::All ? QString()
                          : items == Items::WithoutConversation
                              ? QStringLiteral(" AND conversation_id = ''")
                              : QStringLiteral(" AND conversation_id <> ''");
    // The oldest time first, walking the (account_id, created_at) index up to the first match...
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT created_at FROM mentions WHERE account_id = ?") + which +
              QStringLiteral(" ORDER BY created_at LIMIT 1"));
    q.addBindValue(accountId);
    if (!q.exec() || !q.next())
        return {};
    const QVariant oldestAt = q.value(0);
    // ...then, since platforms give times to the second and many items share the oldest one in a busy hour,
    // the smallest id of that second (ids grow with time on X and Weibo).
    QSqlQuery ids(database.connection());
    ids.prepare(QStringLiteral("SELECT remote_id FROM mentions WHERE account_id = ? AND created_at = ?") +
                which);
    ids.addBindValue(accountId);
    ids.addBindValue(oldestAt);
    QString oldest;
    if (ids.exec()) {
        while (ids.next())
            oldest = olderId(oldest, ids.value(0).toString());
    }
    return oldest;
}

QString olderId(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    // Snowflake-style ids: a shorter number is the smaller one; equal lengths compare as text.
    if (a.size() != b.size())
        return a.size() < b.size() ? a : b;
    return a < b ? a : b;
}

QString FacebookPosition::toString() const
{
    QJsonObject o;
    if (until.isValid())
        o.insert(QStringLiteral("until"), until.toSecsSinceEpoch());
    if (!doneAtUntil.isEmpty())
        o.insert(QStringLiteral("done"), QJsonArray::fromStringList(doneAtUntil));
    if (!post.isEmpty()) {
        o.insert(QStringLiteral("post"), post);
        o.insert(QStringLiteral("postTime"), postTime.toSecsSinceEpoch());
    }
    if (!after.isEmpty())
        o.insert(QStringLiteral("after"), after);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

FacebookPosition FacebookPosition::fromString(const QString &text)
{
    FacebookPosition p;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.contains(QLatin1String("until")))
        p.until = QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("until")).toInteger(), Qt::UTC);
    for (const auto &v : o.value(QLatin1String("done")).toArray())
        p.doneAtUntil << v.toString();
    p.post = o.value(QLatin1String("post")).toString();
    if (!p.post.isEmpty())
        p.postTime = QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("postTime")).toInteger(), Qt::UTC);
    p.after = o.value(QLatin1String("after")).toString();
    return p;
}

void FacebookPosition::finishPost()
{
    if (post.isEmpty())
        return;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(postTime.toSecsSinceEpoch(), Qt::UTC);
    if (until.isValid() && at == until) {
        doneAtUntil << post;
    } else {
        until = at;
        doneAtUntil = {post};
    }
    post.clear();
    postTime = {};
    after.clear();
}

} // namespace inbox::backfillcursor
