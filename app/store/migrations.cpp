#include "store/migrations.h"

#include "store/database.h"
#include "store/dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace store {

namespace {

// Fills the dialect's types into a statement: %ID, %I64, %REAL, %BOOL.
QString sql(const Dialect &d, QString text)
{
    return text.replace(QLatin1String("%ID"), d.idColumn())
        .replace(QLatin1String("%I64"), d.int64Type())
        .replace(QLatin1String("%REAL"), d.realType())
        .replace(QLatin1String("%BOOL"), d.boolType());
}

QStringList v1Workspace(const Dialect &d)
{
    QStringList s = {
        sql(d, QStringLiteral(
                   "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at %I64 NOT NULL, "
                   "summary TEXT NOT NULL)")),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        sql(d, QStringLiteral("CREATE TABLE accounts (%ID, platform TEXT NOT NULL, handle TEXT NOT NULL, "
                              "display_name TEXT NOT NULL, language TEXT NOT NULL, time_zone TEXT NOT NULL, "
                              "remote_id TEXT NOT NULL DEFAULT '', created_at %I64 NOT NULL, "
                              "UNIQUE (platform, handle))")),
        sql(d, QStringLiteral("CREATE TABLE posts (%ID, title TEXT NOT NULL, created_by TEXT NOT NULL, "
                              "created_at %I64 NOT NULL, updated_at %I64 NOT NULL)")),
        sql(d,
            QStringLiteral(
                "CREATE TABLE variants (%ID, post_id %I64 NOT NULL REFERENCES posts(id) ON DELETE CASCADE, "
                "account_id %I64 NOT NULL REFERENCES accounts(id), language TEXT NOT NULL, "
                "text TEXT NOT NULL, state TEXT NOT NULL, scheduled_at %I64, "
                "remote_id TEXT NOT NULL DEFAULT '', failure_reason TEXT NOT NULL DEFAULT '', "
                "updated_at %I64 NOT NULL, UNIQUE (post_id, account_id))")),
        QStringLiteral("CREATE INDEX variants_due ON variants (state, scheduled_at)"),
        sql(d, QStringLiteral("CREATE TABLE audit_log (%ID, at %I64 NOT NULL, actor TEXT NOT NULL, "
                              "entity TEXT NOT NULL, entity_id %I64 NOT NULL, action TEXT NOT NULL, "
                              "from_state TEXT NOT NULL DEFAULT '', to_state TEXT NOT NULL DEFAULT '', "
                              "reason TEXT NOT NULL DEFAULT '')")),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
    };
    s << d.appendOnlyGuard(QStringLiteral("audit_log"));
    return s;
}

QStringList v2Mentions(const Dialect &d)
{
    return {
        sql(d,
            QStringLiteral("CREATE TABLE mentions (%ID, account_id %I64 NOT NULL REFERENCES accounts(id), "
                           "platform TEXT NOT NULL, remote_id TEXT NOT NULL, "
                           "conversation_id TEXT NOT NULL DEFAULT '', in_reply_to TEXT NOT NULL DEFAULT '', "
                           "author_handle TEXT NOT NULL, author_name TEXT NOT NULL DEFAULT '', "
                           "author_bio TEXT NOT NULL DEFAULT '', author_verified %BOOL NOT NULL DEFAULT 0, "
                           "author_followers %I64 NOT NULL DEFAULT 0, text TEXT NOT NULL, "
                           "language TEXT NOT NULL DEFAULT '', stance TEXT NOT NULL DEFAULT 'unknown', "
                           "stance_score %REAL NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'new', "
                           "assignee TEXT NOT NULL DEFAULT '', notable %BOOL NOT NULL DEFAULT 0, "
                           "created_at %I64 NOT NULL, UNIQUE (platform, remote_id))")),
        QStringLiteral("CREATE INDEX mentions_created ON mentions (created_at)"),
        QStringLiteral("CREATE INDEX mentions_account_created ON mentions (account_id, created_at)"),
    };
}

QStringList v3Audience(const Dialect &d)
{
    return {
        sql(d, QStringLiteral(
                   "CREATE TABLE audience_snapshots (%ID, account_id %I64 NOT NULL REFERENCES accounts(id), "
                   "taken_at %I64 NOT NULL, followers %I64 NOT NULL, verified_followers %I64 NOT NULL, "
                   "sample_size %I64 NOT NULL, UNIQUE (account_id, taken_at))")),
        sql(d,
            QStringLiteral(
                "CREATE TABLE audience_shares (snapshot_id %I64 NOT NULL REFERENCES audience_snapshots(id) "
                "ON DELETE CASCADE, dimension TEXT NOT NULL, key TEXT NOT NULL, count %I64 NOT NULL, "
                "PRIMARY KEY (snapshot_id, dimension, key))")),
    };
}

// Stances corrected by users, which the workspace's classifier learns from (inbox::StanceLearning). The text
// is kept with each correction, so learning survives the mention's deletion and works for texts never stored.
QStringList v4StanceCorrections(const Dialect &d)
{
    return {
        sql(d, QStringLiteral("CREATE TABLE stance_corrections (%ID, "
                              "mention_id %I64 NULL REFERENCES mentions(id) ON DELETE SET NULL, "
                              "text TEXT NOT NULL, language TEXT NOT NULL DEFAULT '', stance TEXT NOT NULL, "
                              "corrected_by TEXT NOT NULL, corrected_at %I64 NOT NULL)")),
        QStringLiteral("CREATE INDEX stance_corrections_mention ON stance_corrections (mention_id)"),
    };
}

// Replies, threads, platform scheduling and media of variants (the composer and publisher).
// reply_to_remote_id: the platform's id of what a variant answers (set by the inbox's reply editor).
// variant_parts: the posts of an X thread, each with its own attempt state, so every part goes out exactly once
// and a publisher that died mid-thread resumes at the next part. variant_media: attached files (path, hash, type,
// size) with the upload id each got, so a retry does not upload again.
QStringList v6VariantReplies(const Dialect &d)
{
    return {
        QStringLiteral("ALTER TABLE variants ADD COLUMN reply_to_remote_id TEXT NOT NULL DEFAULT ''"),
        sql(d, QStringLiteral("ALTER TABLE variants ADD COLUMN as_thread %BOOL NOT NULL DEFAULT 0")),
        sql(d, QStringLiteral("ALTER TABLE variants ADD COLUMN schedule_on_platform %BOOL NOT NULL DEFAULT 0")),
        sql(d, QStringLiteral("CREATE TABLE variant_parts (variant_id %I64 NOT NULL REFERENCES variants(id) "
                              "ON DELETE CASCADE, part_index INTEGER NOT NULL, text TEXT NOT NULL, "
                              "remote_id TEXT NOT NULL DEFAULT '', attempt TEXT NOT NULL DEFAULT 'pending', "
                              "updated_at %I64 NOT NULL, PRIMARY KEY (variant_id, part_index))")),
        sql(d, QStringLiteral("CREATE TABLE variant_media (%ID, variant_id %I64 NOT NULL REFERENCES variants(id) "
                              "ON DELETE CASCADE, position INTEGER NOT NULL, file_path TEXT NOT NULL, "
                              "sha256 TEXT NOT NULL, mime_type TEXT NOT NULL, size_bytes %I64 NOT NULL, "
                              "upload_id TEXT NOT NULL DEFAULT '', uploaded_at %I64)")),
        QStringLiteral("CREATE INDEX variant_media_variant ON variant_media (variant_id, position)"),
    };
}

// Saved replies of the inbox: bilingual templates with placeholders, one row each (see SavedReplyRepository).
QStringList v8SavedReplies(const Dialect &d)
{
    return {
        sql(d, QStringLiteral("CREATE TABLE saved_replies (%ID, title TEXT NOT NULL, text_en TEXT NOT NULL, "
                              "text_ru TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at %I64 NOT NULL)")),
    };
}

// Two indexes for the inbox at a million items. SQLite: a narrow copy of each item's place in the lists and its
// filter columns, in id order. A full-text page looks up every match here — about ten entries to a page where
// the rows, with their texts, fit a handful — and reads whole rows only for the page it shows
// (MentionRepository::page); a smaller one holds only the order, for a search without other filters. Ids only
// grow, so an ingest appends to both at the end. (PostgreSQL plans its GIN
// matches by itself.) Both: a conversation in time order, so that the replies around an item are read from it
// instead of sorting a thread of thousands (MentionRepository::conversation).
QStringList v9InboxIndexes(const Dialect &d)
{
    QStringList s = {
        QStringLiteral("DROP INDEX mentions_conversation"),
        QStringLiteral("CREATE INDEX mentions_conversation ON mentions (conversation_id, platform, created_at, id)"),
    };
    if (d.engine() == Dialect::Engine::Sqlite) {
        s << QStringLiteral("CREATE INDEX mentions_narrow ON mentions (id, priority, created_at, stance, language, "
                            "status, account_id, platform, assignee, notable)")
          // The search box alone (no other filter) needs only the order: an index a third the size, so a
          // search on a connection that has not read it yet reads a third of the pages.
          << QStringLiteral("CREATE INDEX mentions_text_order ON mentions (id, priority, created_at)");
    }
    return s;
}

// The inbox at crisis scale: a stored priority rank (store::MentionPriority; existing rows ranked here without
// the bio, which only ingest reads) with an index per order and filter, X's reply rule (mentions_us), first
// replies for the response times, and full-text search over store::searchText(): FTS5 on SQLite (contentless,
// the repository writes the folded text), a tsvector with a GIN index on PostgreSQL. Items stored before this
// version are indexed afterwards in batches (MentionRepository::indexOlderItems), up to the id noted here.
QStringList v5InboxScale(const Dialect &d)
{
    QStringList s = {
        QStringLiteral("ALTER TABLE mentions ADD COLUMN priority INTEGER NOT NULL DEFAULT 0"),
        sql(d, QStringLiteral("ALTER TABLE mentions ADD COLUMN mentions_us %BOOL NOT NULL DEFAULT 1")),
        sql(d, QStringLiteral("ALTER TABLE mentions ADD COLUMN first_reply_at %I64 NULL")),
        QStringLiteral("ALTER TABLE mentions ADD COLUMN first_reply_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "UPDATE mentions SET priority = (CASE WHEN status = 'done' THEN 0 ELSE 128 END) "
            "+ (CASE stance WHEN 'criticism' THEN 64 WHEN 'question' THEN 32 ELSE 0 END) "
            "+ (CASE WHEN author_verified <> 0 THEN 16 ELSE 0 END) "
            "+ (CASE WHEN author_followers >= 1000000 THEN 4 WHEN author_followers >= 100000 THEN 3 "
            "WHEN author_followers >= 10000 THEN 2 WHEN author_followers >= 1000 THEN 1 ELSE 0 END)"),
        QStringLiteral("DROP INDEX mentions_created"),
        QStringLiteral("CREATE INDEX mentions_created ON mentions (created_at, id)"),
        QStringLiteral("CREATE INDEX mentions_priority ON mentions (priority, created_at, id)"),
        QStringLiteral("CREATE INDEX mentions_status ON mentions (status, priority, created_at, id)"),
        QStringLiteral("CREATE INDEX mentions_assignee ON mentions (assignee, priority, created_at, id) "
                       "WHERE assignee <> ''"),
        // conversation_id first: platform alone must not look like a useful index for the list's filters.
        QStringLiteral("CREATE INDEX mentions_conversation ON mentions (conversation_id, platform)"),
        QStringLiteral("CREATE INDEX mentions_first_reply ON mentions (first_reply_at) "
                       "WHERE first_reply_at IS NOT NULL"),
        QStringLiteral("INSERT INTO settings (key, value) SELECT 'mentions.search_backlog', "
                       "CAST(COALESCE(MAX(id), 0) AS TEXT) FROM mentions"),
    };
    if (d.engine() == Dialect::Engine::Sqlite) {
        s << QStringLiteral("CREATE VIRTUAL TABLE mentions_fts USING fts5(body, content='', columnsize=0, "
                            "tokenize='unicode61 remove_diacritics 0')");
    } else {
        s << QStringLiteral("ALTER TABLE mentions ADD COLUMN search tsvector")
          << QStringLiteral("CREATE INDEX mentions_search ON mentions USING GIN (search)");
    }
    return s;
}

// Reach and engagement of our published posts (X public_metrics, Facebook post insights), one row per post,
// refreshed in place; and which breakdowns a snapshot's platform no longer serves (Facebook retires insights
// metrics), so a chart can say "not available" instead of showing nothing.
QStringList v7PostMetrics(const Dialect &d)
{
    return {
        sql(d, QStringLiteral("CREATE TABLE post_metrics (account_id %I64 NOT NULL REFERENCES accounts(id), "
                              "remote_id TEXT NOT NULL, variant_id %I64 NULL REFERENCES variants(id) "
                              "ON DELETE SET NULL, published_at %I64 NOT NULL, fetched_at %I64 NOT NULL, "
                              "impressions %I64 NOT NULL DEFAULT -1, reach %I64 NOT NULL DEFAULT -1, "
                              "reactions %I64 NOT NULL DEFAULT -1, comments %I64 NOT NULL DEFAULT -1, "
                              "shares %I64 NOT NULL DEFAULT -1, quotes %I64 NOT NULL DEFAULT -1, "
                              "PRIMARY KEY (account_id, remote_id))")),
        QStringLiteral("CREATE INDEX post_metrics_published ON post_metrics (account_id, published_at)"),
        QStringLiteral("ALTER TABLE audience_snapshots ADD COLUMN unavailable TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, "workspace, accounts, posts with variants, audit log", &v1Workspace},
        {2, "mentions and comments", &v2Mentions},
        {3, "audience snapshots", &v3Audience},
        {4, "stance corrections", &v4StanceCorrections},
        {5, "inbox priority, search, reply rule and response times", &v5InboxScale},
        {6, "replies, threads, platform scheduling and media of variants", &v6VariantReplies},
        {7, "reach and engagement per post, breakdowns a platform no longer serves", &v7PostMetrics},
        {8, "saved replies of the inbox", &v8SavedReplies},
        {9, "inbox indexes: full-text pages ordered on a narrow index, conversations in time order",
         &v9InboxIndexes},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().last().version;
}

Status migrate(const Database &database, int from, int to)
{
    QSqlDatabase db = database.connection();
    for (const Migration &m : migrations()) {
        if (m.version <= from || m.version > to)
            continue;
        Transaction transaction(database);
        if (!transaction.begun())
            return Error{QCoreApplication::translate("store", "a transaction could not be started"),
                         db.lastError().text()};
        QSqlQuery q(db);
        for (const QString &statement : m.statements(database.dialect())) {
            if (!q.exec(statement))
                return Error{QCoreApplication::translate("store", "step %1 (%2) failed")
                                 .arg(m.version)
                                 .arg(QString::fromLatin1(m.summary)),
                             q.lastError().text() + QStringLiteral(" in: ") + statement};
        }
        q.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at, summary) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(QString::fromLatin1(m.summary));
        if (!q.exec() || !transaction.commit())
            return Error{QCoreApplication::translate("store", "step %1 could not be recorded").arg(m.version),
                         q.lastError().text()};
    }
    return ok();
}

} // namespace store
