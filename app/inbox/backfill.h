#pragma once

#include "domain/account.h"
#include "platforms/operation.h"
#include "platforms/types.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <deque>
#include <functional>
#include <memory>

namespace compose {
class ClientProvider;
}
namespace store {
class Database;
}

namespace inbox {

class IngestWorker;

// What "Load older" should read: which accounts, how far.
struct BackfillRequest
{
    QList<qint64> accounts;  // empty: every account of the workspace
    int pagesPerListing = 5; // requests to the platform per listing at most (X mentions, Weibo mentions, ...)
    QDateTime notBefore; // stop once items (Facebook: posts) older than this are reached; invalid: no date
};

// How one listing's backfill ended. Only Failed is an error: the platform having nothing older, or X's reach
// being exhausted, are answers.
enum class BackfillOutcome {
    MoreRemain,    // the page bound was reached; older items remain: load older again to go on
    DateReached,   // read back to the requested date
    NothingOlder,  // the platform has nothing older than what is stored
    PlatformLimit, // the platform gives no more (X: only the 800 most recent mentions)
    Failed,        // a platform or store error; the cursor stays after the last stored page
    Cancelled,
};

struct BackfillResult
{
    qint64 accountId = 0;
    QString label; // the account and, when it has several listings, which one
    BackfillOutcome outcome = BackfillOutcome::MoreRemain;
    int fetched = 0; // items received from the platform
    int stored = 0;  // of those, how many were not stored before
    QString message; // the error, for Failed

    // The outcome in plain words, for the user.
    QString describe() const;
};

// "Load older": per account, reads pages older than the oldest item stored (X until_id, Weibo max_id,
// Facebook: comments on the page's older posts, back through its feed), up to a bound, storing them through
// the sync's ingest worker (never on the GUI thread) with the same deduplication. Each listing keeps its own
// cursor (backfillcursor.h), moved on only once a page is stored, so an interrupted backfill resumes with no
// gap and nothing read twice. Listings run one after another (the platforms' rate limits are per user);
// progress and a cancel that takes effect at once (a page being stored is finished and recorded first).
class Backfill final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backfill)
public:
    // X's mentions timeline reaches only this many of the most recent mentions (PLATFORMS.md).
    static constexpr int kXMentionReach = 800;

    // facebookSkipped(account): the posts the sync already reads comments of (not read again here).
    Backfill(const store::Database &database, compose::ClientProvider &clients, IngestWorker &worker,
             std::function<QStringList(qint64)> facebookSkipped, QObject *parent = nullptr);
    ~Backfill() override;

    // Starts; false (and nothing happens) when a backfill is already running or no account matches.
    bool start(const BackfillRequest &request);
    // Stops after the page in flight; finished() follows (at once when nothing is being stored).
    void cancel();
    bool isRunning() const { return m_current != nullptr; }
    // Items asked for per request (tests use small pages; the platforms' maximum is the default).
    void setPageSize(int size) { m_pageSize = size; }

signals:
    // done/planned: requests made so far / at most (listings × pages); stored: new items so far.
    void progress(int done, int planned, int stored);
    void listingFinished(const inbox::BackfillResult &result);
    void finished(const QList<inbox::BackfillResult> &results);

private:
    struct Listing;
    void next();
    void request(Listing &listing);
    void requestMentions(Listing &listing);
    void requestFacebook(Listing &listing);
    void pageFetched(Listing &listing, const platforms::MentionPage &page);
    void mentionsStored(Listing &listing, const platforms::MentionPage &page, int inserted);
    void facebookStored(Listing &listing, const platforms::MentionPage &page, int inserted);
    void postsFetched(Listing &listing, const QList<platforms::RemotePost> &posts);
    void store(Listing &listing, const platforms::MentionPage &page,
               std::function<void(Listing &, int)> then);
    void saveCursor(const Listing &listing);
    void finishListing(BackfillOutcome outcome, const QString &message = {});
    BackfillOutcome endOfMentions(const Listing &listing) const;
    void emitProgress();
    // Runs `f` on the current listing if the answer still belongs to it (not cancelled, not a later run).
    std::function<void()> guarded(quint64 run, std::function<void(Listing &)> f);

    const store::Database &m_database;
    compose::ClientProvider &m_clients;
    IngestWorker &m_worker;
    std::function<QStringList(qint64)> m_facebookSkipped;
    BackfillRequest m_request;
    std::deque<std::unique_ptr<Listing>> m_queue;
    std::unique_ptr<Listing> m_current;
    QList<BackfillResult> m_results;
    platforms::CallHandle m_call;
    bool m_storing = false;
    bool m_cancelRequested = false;
    quint64 m_run = 0;
    int m_planned = 0;
    int m_doneBefore = 0; // requests counted for listings already finished (each as its full bound)
    int m_storedTotal = 0;
    int m_pageSize = 100;
};

} // namespace inbox

Q_DECLARE_METATYPE(inbox::BackfillResult)
