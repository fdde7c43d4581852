#pragma once

#include "domain/account.h"
#include "inbox/mentionbuilder.h"
#include "store/result.h"

#include <QByteArray>

namespace platforms {
struct MentionPage;
}
namespace store {
class Database;
}

namespace inbox {

// The one path by which mentions enter a workspace, for the sync, `attachectl demo mentions` and the bench:
// each item is built (classified, bio read, reply rule decided) and the page is stored with its priority and
// search entries in one transaction; items already stored are skipped.
class Ingest final
{
public:
    Ingest(const store::Database &database, MentionBuilder builder)
        : m_database(database), m_builder(std::move(builder))
    {
    }

    // Returns how many items were new.
    store::Result<int> page(const domain::Account &account, const platforms::MentionPage &page) const;

    // The two halves of page(), for a caller that builds the next pages on another thread while it stores
    // (building touches no database and may run on any thread; storing uses this object's connection).
    QList<domain::Mention> build(const domain::Account &account, const platforms::MentionPage &page) const;
    // An answer of X's GET /2/users/{id}/mentions (the generator's pages are shaped so).
    static store::Result<platforms::MentionPage> parseXPage(const QByteArray &body);
    store::Result<int> store(const QList<domain::Mention> &mentions) const;

    const MentionBuilder &builder() const { return m_builder; }

    // For a connection that ingests in bulk (the sync's worker, the demo): on SQLite a larger page cache (the
    // indexes of a million items do not fit the default 2 MB), temporary tables in memory, and synchronous=NORMAL, which in WAL mode keeps
    // the file consistent through any crash and may lose only the last commits on a power cut — which the
    // sync fetches again, as its cursor moves on only after them.
    static void tuneConnection(const store::Database &database);

private:
    const store::Database &m_database;
    MentionBuilder m_builder;
};

} // namespace inbox
