#include "store/mentionrepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/mentionpriority.h"
#include "store/mentionupdates.h"
#include "store/searchtext.h"
#include "store/settingsrepository.h"
#include "store/sqlerror.h"
#include "store/sqlitestatement.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace store {

namespace {
const QStringList kColumns = {
    QStringLiteral("account_id"),       QStringLiteral("platform"),     QStringLiteral("remote_id"),
    QStringLiteral("conversation_id"),  QStringLiteral("in_reply_to"),  QStringLiteral("author_handle"),
    QStringLiteral("author_name"),      QStringLiteral("author_bio"),   QStringLiteral("author_verified"),
    QStringLiteral("author_followers"), QStringLiteral("text"),         QStringLiteral("language"),
    QStringLiteral("stance"),           QStringLiteral("stance_score"), QStringLiteral("status"),
    QStringLiteral("assignee"),         QStringLiteral("notable"),      QStringLiteral("created_at"),
    QStringLiteral("priority"),         QStringLiteral("mentions_us"),
};
// What a read returns: the stored columns plus the first reply, after the id.
const QString kSelect = QStringLiteral("SELECT id, ") + kColumns.join(QLatin1Char(',')) +
                        QStringLiteral(", first_reply_at, first_reply_by FROM mentions");
const QString kBacklogKey = QStringLiteral("mentions.search_backlog");

domain::Mention readMention(const QSqlQuery &q)
{
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
    m.priority = q.value(19).toInt();
    m.authorPublicRole = MentionPriority::hasPublicRole(m.priority);
    m.mentionsUs = q.value(20).toInt() != 0;
    m.firstReplyAt = fromStored(q.value(21));
    m.firstReplyBy = q.value(22).toString();
    return m;
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1Char(','));
}

// The WHERE clause of a query, with its values in the order of the marks.
struct Filter
{
    QStringList conditions;
    QVariantList values;
    // SQLite, a full-text query answered from its matches (not by reading the list's index in order): its
    // page is ordered on the narrow index first (see rows()); with no other filter, on the order's alone.
    bool fromMatches = false;
    bool textOnly = false;

    template<typename T, typename F>
    void in(const QString &column, const QList<T> &list, F &&toValue)
    {
        if (list.isEmpty())
            return;
        conditions << column + QStringLiteral(" IN (") + marks(list.size()) + QLatin1Char(')');
        for (const T &v : list)
            values << toValue(v);
    }
    QString where() const
    {
        return conditions.isEmpty() ? QString()
                                    : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

Filter filterOf(const MentionQuery &query, const Database &database, qint64 frequentMatches = 0)
{
    const Dialect &dialect = database.dialect();
    const bool sqlite = dialect.engine() == Dialect::Engine::Sqlite;
    // On SQLite a unary + keeps the planner off an index for a column with few values (platform) or one that
    // would lose the list's order (account with the priority order): reading such an index and sorting
    // everything it finds costs far more than reading the order's own index and skipping what does not match.
    const QString noIndex = sqlite ? QStringLiteral("+") : QString();
    Filter f;
    f.in((query.order == MentionOrder::Priority ? noIndex : QString()) + QStringLiteral("account_id"),
         query.accounts, [](qint64 id) { return QVariant(id); });
    f.in(noIndex + QStringLiteral("platform"), query.platforms,
         [](domain::Platform p) { return QVariant(domain::platformId(p)); });
    f.in(QStringLiteral("language"), query.languages, [](const QString &l) { return QVariant(l); });
    f.in(QStringLiteral("stance"), query.stances,
         [](domain::Stance s) { return QVariant(domain::stanceId(s)); });
    f.in(QStringLiteral("status"), query.statuses,
         [](domain::MentionStatus s) { return QVariant(domain::mentionStatusId(s)); });
    if (query.assignee) {
        f.conditions << QStringLiteral("assignee = ?");
        f.values << nonNull(*query.assignee);
        // Spelled out so that SQLite may use the partial index of assigned items (a bound value cannot prove
        // the index's condition).
        if (!query.assignee->isEmpty())
            f.conditions << QStringLiteral("assignee <> ''");
    }
    if (query.from.isValid()) {
        f.conditions << QStringLiteral("created_at >= ?");
        f.values << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        f.conditions << QStringLiteral("created_at < ?");
        f.values << query.to.toMSecsSinceEpoch();
    }
    if (query.notableOnly)
        f.conditions << QStringLiteral("notable <> 0");
    if (sqlite) {
        if (const QString match = fts5Query(query.text); !match.isEmpty()) {
            QSqlQuery matches(database.connection());
            matches.prepare(QStringLiteral("SELECT COUNT(*) FROM mentions_fts WHERE mentions_fts MATCH ?"));
            matches.addBindValue(match);
            const bool frequent = frequentMatches > 0 && matches.exec() && matches.next() &&
                                  matches.value(0).toLongLong() > frequentMatches;
            f.conditions << (frequent ? QStringLiteral("+id") : QStringLiteral("id")) +
                                QStringLiteral(" IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?)");
            f.values << match;
            f.fromMatches = !frequent;
            f.textOnly = f.conditions.size() == 1;
        }
    } else if (const QString ts = tsQuery(query.text); !ts.isEmpty()) {
        f.conditions << QStringLiteral("search @@ to_tsquery('simple', ?)");
        f.values << ts;
    }
    return f;
}

QString orderBy(MentionOrder order)
{
    return order == MentionOrder::Priority
               ? QStringLiteral(" ORDER BY priority DESC, created_at DESC, id DESC")
               : QStringLiteral(" ORDER BY created_at DESC, id DESC");
}

Result<QList<domain::Mention>> run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return queryError(q, QCoreApplication::translate("store", "The mentions could not be read."));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The mentions could not be read."));
    QList<domain::Mention> result;
    while (q.next())
        result << readMention(q);
    return result;
}

// The rows of a page: `tail` is its LIMIT (and OFFSET) clause, whose values end f.values. A page made from
// full-text matches on SQLite orders the matches on the narrow index (schema 9), which holds the order and
// filter columns, and reads whole rows only for the ids it keeps: ordering them from the rows read every
// match's texts too, ~1.7 µs a match.
Result<QList<domain::Mention>> rows(const Database &database, const Filter &f, MentionOrder order,
                                    const QString &tail)
{
    QSqlQuery q(database.connection());
    if (!f.fromMatches)
        return run(q, kSelect + f.where() + orderBy(order) + tail, f.values);
    q.setForwardOnly(true);
    // (A keyset condition added after the filters reads only the order's columns, which both indexes hold.)
    const QString index = f.textOnly ? QStringLiteral("mentions_text_order") : QStringLiteral("mentions_narrow");
    if (!q.prepare(QStringLiteral("SELECT id FROM mentions INDEXED BY ") + index + f.where() + orderBy(order) +
                   tail))
        return queryError(q, QCoreApplication::translate("store", "The mentions could not be read."));
    for (const QVariant &v : f.values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The mentions could not be read."));
    QVariantList ids;
    while (q.next())
        ids << q.value(0);
    q.finish();
    if (ids.isEmpty())
        return QList<domain::Mention>{};
    return run(q, kSelect + QStringLiteral(" WHERE id IN (") + marks(ids.size()) + QLatin1Char(')') + orderBy(order),
               ids);
}

} // namespace

using mentionupdates::commitError;
using mentionupdates::updateError;

Result<int> MentionRepository::insert(const QList<domain::Mention> &mentions)
{
    QSqlDatabase db = m_database.connection();
    const bool sqlite = m_database.dialect().engine() == Dialect::Engine::Sqlite;
    // The platform is the account's: looked up once per account instead of trusting the caller, and before
    // the transaction, so that its first statement writes. (SQLite cannot turn a transaction that has read into
    // a writing one while another connection — the sync's worker, the GUI — has written meanwhile: it fails at
    // once instead of waiting.)
    QHash<qint64, QString> platforms;
    {
        QSqlQuery platformOf(db);
        platformOf.prepare(QStringLiteral("SELECT platform FROM accounts WHERE id = ?"));
        for (const auto &m : mentions) {
            if (platforms.contains(m.accountId))
                continue;
            platformOf.addBindValue(m.accountId);
            if (!platformOf.exec() || !platformOf.next())
                return Error{QCoreApplication::translate("store",
                                                         "A mention names account %1, which is not in "
                                                         "this workspace.")
                                 .arg(m.accountId),
                             {}};
            platforms.insert(m.accountId, platformOf.value(0).toString());
            platformOf.finish();
        }
    }
    if (sqlite)
        return insertSqlite(mentions, platforms);
    QSqlQuery q(db);
    // RETURNING gives the new id, and no row for an item already stored.
    q.prepare(QStringLiteral("INSERT INTO mentions (") + kColumns.join(QLatin1Char(',')) +
              QStringLiteral(", search) VALUES (") + marks(kColumns.size()) +
              QStringLiteral(", to_tsvector('simple', ?)) ON CONFLICT (platform, remote_id) DO NOTHING "
                             "RETURNING id"));
    // After the query, so that it is freed after a rollback, not inside an aborted transaction.
    Transaction transaction(m_database);
    int inserted = 0;
    for (const auto &m : mentions) {
        for (const QVariant &v : QVariantList{
                 m.accountId, platforms[m.accountId], m.remoteId, nonNull(m.conversationId),
                 nonNull(m.inReplyToRemoteId), m.authorHandle, nonNull(m.authorName), nonNull(m.authorBio),
                 int(m.authorVerified), m.authorFollowers, nonNull(m.text), nonNull(m.language),
                 domain::stanceId(m.stance), m.stanceScore, domain::mentionStatusId(m.status), nonNull(m.assignee),
                 int(m.notable), toStored(m.createdAt), MentionPriority::rank(m), int(m.mentionsUs),
                 searchText(m.text)})
            q.addBindValue(v);
        if (!q.exec())
            return queryError(q, QCoreApplication::translate("store", "The mentions could not be saved."));
        if (!q.next())
            continue; // already stored
        q.finish();
        ++inserted;
    }
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The mentions could not be saved."),
                     db.lastError().text()};
    return inserted;
}

// SQLite through its own API (see SqliteStatement): at a million items QtSql's binding took a third of the
// ingest. The changes and the last rowid say whether a row was new; SQLite's RETURNING would build a temporary
// table for every row.
Result<int> MentionRepository::insertSqlite(const QList<domain::Mention> &mentions,
                                            const QHash<qint64, QString> &platforms)
{
    const QString failed = QCoreApplication::translate("store", "The mentions could not be saved.");
    SqliteStatement row(m_database.connection(),
                        m_database.dialect().insertIgnoring(QStringLiteral("mentions"), kColumns,
                                                            QStringLiteral("platform, remote_id")));
    SqliteStatement index(m_database.connection(),
                          QStringLiteral("INSERT INTO mentions_fts (rowid, body) VALUES (?, ?)"));
    if (!row.ok() || !index.ok())
        return Error{failed, row.ok() ? index.error() : row.error()};
    // Joined, not a savepoint: see Transaction::Nesting::JoinOuter.
    Transaction transaction(m_database, Transaction::Nesting::JoinOuter);
    int inserted = 0;
    for (const auto &m : mentions) {
        // Bound texts must outlive run(): the temporaries are named here.
        const QString conversationId = nonNull(m.conversationId);
        const QString inReplyTo = nonNull(m.inReplyToRemoteId);
        const QString stance = domain::stanceId(m.stance);
        const QString status = domain::mentionStatusId(m.status);
        const QString platform = platforms.value(m.accountId);
        int column = 0;
        const bool bound = row.bind(++column, qint64(m.accountId)) && row.bind(++column, platform) &&
                           row.bind(++column, m.remoteId) && row.bind(++column, conversationId) &&
                           row.bind(++column, inReplyTo) && row.bind(++column, m.authorHandle) &&
                           row.bind(++column, m.authorName) && row.bind(++column, m.authorBio) &&
                           row.bind(++column, qint64(m.authorVerified)) &&
                           row.bind(++column, qint64(m.authorFollowers)) && row.bind(++column, m.text) &&
                           row.bind(++column, m.language) && row.bind(++column, stance) &&
                           row.bind(++column, double(m.stanceScore)) && row.bind(++column, status) &&
                           row.bind(++column, m.assignee) && row.bind(++column, qint64(m.notable)) &&
                           (m.createdAt.isValid() ? row.bind(++column, m.createdAt.toMSecsSinceEpoch())
                                                  : row.bindNull(++column)) &&
                           row.bind(++column, qint64(MentionPriority::rank(m))) &&
                           row.bind(++column, qint64(m.mentionsUs));
        Q_ASSERT(!bound || column == kColumns.size());
        if (!bound || !row.run())
            return Error{failed, row.error()};
        if (row.changes() <= 0)
            continue; // already stored
        ++inserted;
        const QString folded = searchText(m.text);
        if (!index.bind(1, row.lastInsertRowId()) || !index.bind(2, folded) || !index.run())
            return Error{failed, index.error()};
    }
    if (!transaction.commit())
        return Error{failed, m_database.connection().lastError().text()};
    return inserted;
}

Result<qint64> MentionRepository::count() const
{
    return count(MentionQuery{});
}

Result<qint64> MentionRepository::count(const MentionQuery &query) const
{
    return count(query, 0);
}

Result<qint64> MentionRepository::count(const MentionQuery &query, qint64 upTo) const
{
    // Counting wants the matches first, however many there are.
    Filter f = filterOf(query, m_database);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (upTo > 0) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM mentions") + f.where() +
                  QStringLiteral(" LIMIT ?) AS bounded"));
        f.values << upTo;
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM mentions") + f.where());
    }
    for (const QVariant &v : std::as_const(f.values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return queryError(q, QCoreApplication::translate("store", "The mentions could not be counted."));
    return q.value(0).toLongLong();
}

Result<QList<domain::Mention>> MentionRepository::page(qint64 offset, int limit, Order order) const
{
    MentionQuery query;
    query.order = order;
    return page(query, offset, limit);
}

Result<QList<domain::Mention>> MentionRepository::page(const MentionQuery &query, qint64 offset,
                                                       int limit) const
{
    Filter f = filterOf(query, m_database, m_frequentMatches);
    f.values << limit << offset;
    return rows(m_database, f, query.order, QStringLiteral(" LIMIT ? OFFSET ?"));
}

Result<MentionPage> MentionRepository::page(const MentionQuery &query, const MentionCursor &after,
                                            int limit) const
{
    Filter f = filterOf(query, m_database, m_frequentMatches);
    if (!after.isStart()) {
        // Row values, so both engines range-scan the index the order uses.
        if (query.order == MentionOrder::Priority) {
            f.conditions << QStringLiteral("(priority, created_at, id) < (?, ?, ?)");
            f.values << after.priority << after.createdAtMs << after.id;
        } else {
            f.conditions << QStringLiteral("(created_at, id) < (?, ?)");
            f.values << after.createdAtMs << after.id;
        }
    }
    f.values << limit;
    auto read = rows(m_database, f, query.order, QStringLiteral(" LIMIT ?"));
    if (!read)
        return read.error();
    MentionPage page;
    page.items = std::move(read).value();
    page.atEnd = page.items.size() < limit;
    page.next = after;
    if (!page.items.isEmpty()) {
        const domain::Mention &last = page.items.last();
        page.next = {last.priority, last.createdAt.toMSecsSinceEpoch(), last.id};
    }
    return page;
}

Result<domain::Mention> MentionRepository::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    auto rows = run(q, kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{QCoreApplication::translate("store", "The item %1 is not in this workspace.").arg(id), {}};
    return rows->first();
}

Result<Conversation> MentionRepository::conversation(qint64 mentionId) const
{
    const auto item = find(mentionId);
    if (!item)
        return item.error();
    QSqlQuery q(m_database.connection());
    QString platform;
    q.prepare(QStringLiteral("SELECT platform FROM mentions WHERE id = ?"));
    q.addBindValue(mentionId);
    if (q.exec() && q.next())
        platform = q.value(0).toString();
    q.finish();

    Conversation c;
    if (!item->conversationId.isEmpty()) {
        // The replies just before and after the item, each side read backwards or forwards from it on the
        // conversation's index (schema 9) — not the whole thread sorted.
        constexpr int kSide = 50;
        const QString same = QStringLiteral(" WHERE conversation_id = ? AND platform = ? AND (created_at, id) ");
        const QVariantList at{item->conversationId, platform, toStored(item->createdAt), item->id};
        auto before = run(q, kSelect + same + QStringLiteral("< (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?"),
                          at + QVariantList{kSide});
        if (!before)
            return before.error();
        auto after = run(q, kSelect + same + QStringLiteral("> (?, ?) ORDER BY created_at, id LIMIT ?"),
                         at + QVariantList{kSide});
        if (!after)
            return after.error();
        std::reverse(before->begin(), before->end());
        c.items = *before;
        c.items << *item;
        c.items << *after;
        // How many more on a side that filled its share.
        const auto beyond = [&](const QList<domain::Mention> &side, const QString &comparison) -> Result<qint64> {
            if (side.size() < kSide)
                return qint64(0);
            QSqlQuery counted(m_database.connection());
            counted.prepare(QStringLiteral("SELECT COUNT(*) FROM mentions") + same + comparison);
            for (const QVariant &v : at)
                counted.addBindValue(v);
            if (!counted.exec() || !counted.next())
                return queryError(counted,
                                  QCoreApplication::translate("store", "The conversation could not be read."));
            return counted.value(0).toLongLong() - side.size();
        };
        const auto earlier = beyond(*before, QStringLiteral("< (?, ?)"));
        const auto later = beyond(*after, QStringLiteral("> (?, ?)"));
        if (!earlier)
            return earlier.error();
        if (!later)
            return later.error();
        c.earlierNotShown = *earlier;
        c.laterNotShown = *later;
    } else {
        c.items << *item;
    }
    // The post it answers: the conversation's root or what one of its items replies to, if it is ours.
    QStringList candidates;
    if (!item->conversationId.isEmpty())
        candidates << item->conversationId;
    for (const domain::Mention &m : std::as_const(c.items)) {
        if (!m.inReplyToRemoteId.isEmpty() && !candidates.contains(m.inReplyToRemoteId) && candidates.size() < 50)
            candidates << m.inReplyToRemoteId;
    }
    if (candidates.isEmpty())
        return c;
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT v.id, v.post_id, v.account_id, v.remote_id, v.text, v.updated_at "
                             "FROM variants v JOIN accounts a ON a.id = v.account_id "
                             "WHERE a.platform = ? AND v.remote_id IN (") +
              marks(candidates.size()) + QLatin1Char(')'));
    q.addBindValue(platform);
    for (const QString &id : std::as_const(candidates))
        q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The conversation could not be read."));
    int best = int(candidates.size());
    while (q.next()) {
        // The root wins over a post merely replied to, then the earliest candidate.
        const int at = int(candidates.indexOf(q.value(3).toString()));
        if (at < 0 || at >= best)
            continue;
        best = at;
        c.variantId = q.value(0).toLongLong();
        c.postId = q.value(1).toLongLong();
        c.originAccountId = q.value(2).toLongLong();
        c.originRemoteId = q.value(3).toString();
        c.originText = q.value(4).toString();
        c.originAt = fromStored(q.value(5));
    }
    return c;
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
    // Done items sink: only the open bit of the rank changes.
    q.prepare(QStringLiteral("UPDATE mentions SET status = ?, assignee = ?, "
                             "priority = (priority & %1) | ? WHERE id = ?")
                  .arg(~MentionPriority::kOpenBit));
    const QString statusId = domain::mentionStatusId(status);
    const int open = status == domain::MentionStatus::Done ? 0 : MentionPriority::kOpenBit;
    for (qint64 id : ids) {
        q.addBindValue(statusId);
        q.addBindValue(nonNull(status == domain::MentionStatus::Assigned ? assignee : QString()));
        q.addBindValue(open);
        q.addBindValue(id);
        if (!q.exec())
            return updateError(q);
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
        return commitError();
    return ok();
}

Status MentionRepository::setStance(const QList<qint64> &ids, domain::Stance stance, const QString &actor)
{
    Transaction transaction(m_database);
    AuditLog audit(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE mentions SET stance = ?, priority = (priority & %1) | ? WHERE id = ?")
                  .arg(~MentionPriority::kStanceMask));
    const QString stanceId = domain::stanceId(stance);
    for (qint64 id : ids) {
        q.addBindValue(stanceId);
        q.addBindValue(MentionPriority::stanceBits(stance));
        q.addBindValue(id);
        if (!q.exec())
            return updateError(q);
        if (const Status s = audit.append({0, {}, actor, QStringLiteral("mention"), id,
                                           QStringLiteral("stance"), {}, stanceId, {}});
            !s)
            return s;
    }
    if (!transaction.commit())
        return commitError();
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
            return updateError(q);
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
        return commitError();
    return ok();
}

Result<qint64> MentionRepository::indexOlderItems(int batch)
{
    SettingsRepository settings(m_database);
    const qint64 upTo = settings.value(kBacklogKey, QStringLiteral("0")).toLongLong();
    if (upTo <= 0)
        return qint64(0);
    const bool sqlite = m_database.dialect().engine() == Dialect::Engine::Sqlite;
    QSqlQuery read(m_database.connection());
    QSqlQuery write(m_database.connection());
    Transaction transaction(m_database);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT id, text FROM mentions WHERE id <= ? ORDER BY id DESC LIMIT ?"));
    read.addBindValue(upTo);
    read.addBindValue(batch);
    write.prepare(sqlite ? QStringLiteral("INSERT INTO mentions_fts (rowid, body) VALUES (?, ?)")
                         : QStringLiteral("UPDATE mentions SET search = to_tsvector('simple', ?) WHERE id = ?"));
    if (!read.exec())
        return queryError(read, QCoreApplication::translate("store", "The search index could not be built."));
    QList<QPair<qint64, QString>> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), read.value(1).toString()});
    read.finish();
    qint64 lowest = 0;
    for (const auto &[id, text] : std::as_const(rows)) {
        if (sqlite) {
            write.addBindValue(id);
            write.addBindValue(searchText(text));
        } else {
            write.addBindValue(searchText(text));
            write.addBindValue(id);
        }
        if (!write.exec())
            return queryError(write,
                              QCoreApplication::translate("store", "The search index could not be built."));
        lowest = id;
    }
    const qint64 remaining = rows.size() < batch ? 0 : lowest - 1;
    if (const Status s = settings.setValue(kBacklogKey, QString::number(remaining)); !s)
        return s.error();
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The search index could not be built."), {}};
    if (remaining == 0)
        return qint64(0);
    QSqlQuery left(m_database.connection());
    left.prepare(QStringLiteral("SELECT COUNT(*) FROM mentions WHERE id <= ?"));
    left.addBindValue(remaining);
    if (!left.exec() || !left.next())
        return queryError(left, QCoreApplication::translate("store", "The search index could not be built."));
    return left.value(0).toLongLong();
}

} // namespace store
