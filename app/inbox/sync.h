#pragma once

#include "domain/account.h"
#include "domain/mention.h"
#include "inbox/classifier.h"
#include "inbox/ingestworker.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace compose {
class ClientProvider;
}
namespace platforms {
struct IncomingItem;
struct MentionPage;
struct MentionQuery;
} // namespace platforms
namespace store {
class Database;
}

namespace inbox {

class Backfill;

// The Facebook posts whose comments the sync reads: the account's `count` latest published posts (their
// remote ids, newest first).
QStringList recentFacebookPosts(const store::Database &database, qint64 accountId, int count);

// Brings what came back to each account into the workspace: X mentions, Facebook comments on the page's
// recent posts, Weibo comments and mentions. Each item is classified and stored (on a worker thread with its own
// connection: IngestWorker; the GUI thread only fetches); an item already stored (same
// platform and id) is skipped. The cursor of each listing moves on only after all its pages are stored, so a
// crash or a lost connection resumes from the last complete sync: nothing is missed and nothing doubles.
class Sync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sync)
public:
    Sync(const store::Database &database, compose::ClientProvider &clients, Classifier classifier,
         QObject *parent = nullptr);

    // Syncs every account of the workspace; does nothing when a sync is already running.
    void syncAll();
    // Items fetched from now on are classified with `classifier` (after a user corrected a stance).
    void setClassifier(const Classifier &classifier);
    bool isRunning() const { return m_running > 0; }
    // "Load older": reads back in time on demand, through the same ingest worker.
    Backfill &backfill() { return *m_backfill; }
    // Facebook comments are read from this many of the page's latest published posts.
    void setFacebookPostsToScan(int count) { m_facebookPosts = count; }

signals:
    void progress(qint64 accountId, int stored);
    void accountFailed(qint64 accountId, const QString &message);
    // The whole round ended; newItems is how many were not stored before.
    void finished(int newItems);

private:
    struct Listing; // one listing of one account: its query, its cursor key, what it stored so far
    void start(const domain::Account &account, const QString &cursorKey,
               const platforms::MentionQuery &query);
    void fetch(std::shared_ptr<Listing> listing);
    void storePage(std::shared_ptr<Listing> listing, const platforms::MentionPage &page);
    void pageStored(const std::shared_ptr<Listing> &listing, const platforms::MentionPage &page,
                    const store::Result<int> &inserted);
    void finishListing(const std::shared_ptr<Listing> &listing, const QString &error);

    const store::Database &m_database;
    compose::ClientProvider &m_clients;
    IngestWorker *m_worker;
    Backfill *m_backfill;
    int m_running = 0;
    int m_newItems = 0;
    int m_facebookPosts = 10;
};

} // namespace inbox
