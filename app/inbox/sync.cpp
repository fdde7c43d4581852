#include "inbox/sync.h"

#include "compose/clientprovider.h"
#include "inbox/backfill.h"
#include "inbox/ingestworker.h"
#include "platforms/platformclient.h"
#include "store/accountrepository.h"
#include "store/mentionrepository.h"
#include "store/postrepository.h"
#include "store/settingsrepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "attache.inbox.sync")

namespace inbox {

struct Sync::Listing
{
    domain::Account account;
    QString cursorKey; // settings key of the newest id seen, for the next round
    platforms::MentionQuery query;
    QString newestCursor; // from the first page: saved once every page is stored
    int stored = 0;
};

void Sync::setClassifier(const Classifier &classifier)
{
    m_worker->setClassifier(classifier);
}

Sync::Sync(const store::Database &database, compose::ClientProvider &clients, Classifier classifier,
           QObject *parent)
    : QObject(parent), m_database(database), m_clients(clients),
      m_worker(new IngestWorker(database, MentionBuilder(std::move(classifier)), this)),
      m_backfill(new Backfill(database, clients, *m_worker,
                              [this](qint64 accountId) {
                                  return recentFacebookPosts(m_database, accountId, m_facebookPosts);
                              },
                              this))
{
}

QStringList recentFacebookPosts(const store::Database &database, qint64 accountId, int count)
{
    QStringList ids;
    const auto published = store::PostRepository(database).variantsInState(domain::VariantState::Published);
    if (!published)
        return ids;
    for (auto it = published->crbegin(); it != published->crend() && ids.size() < count; ++it) {
        if (it->accountId == accountId && !it->remoteId.isEmpty())
            ids << it->remoteId;
    }
    return ids;
}

void Sync::syncAll()
{
    if (isRunning())
        return;
    const auto accounts = store::AccountRepository(m_database).all();
    if (!accounts)
        return;
    m_newItems = 0;
    ++m_running; // held while the listings start, so a listing that ends at once cannot end the round
    for (const domain::Account &account : *accounts) {
        const QString key = QStringLiteral("inbox.cursor.%1").arg(account.id);
        platforms::MentionQuery query;
        switch (account.platform) {
        case domain::Platform::X:
            start(account, key, query);
            break;
        case domain::Platform::Weibo:
            start(account, key + QStringLiteral(".mentions"), query);
            query.commentsToMe = true;
            start(account, key + QStringLiteral(".comments"), query);
            break;
        case domain::Platform::Facebook: {
            // Comments live under each post on Facebook: read those of the page's latest published posts (older
            // posts are read on demand: Backfill).
            for (const QString &post : recentFacebookPosts(m_database, account.id, m_facebookPosts)) {
                query.postId = post;
                start(account, key + QLatin1Char('.') + post, query);
            }
            break;
        }
        }
    }
    finishListing(nullptr, {});
}

void Sync::start(const domain::Account &account, const QString &cursorKey,
                 const platforms::MentionQuery &query)
{
    auto listing = std::make_shared<Listing>();
    listing->account = account;
    listing->cursorKey = cursorKey;
    listing->query = query;
    listing->query.sinceCursor = store::SettingsRepository(m_database).value(cursorKey);
    // Facebook's cursor is a time in seconds, and several comments share a second: start a minute earlier and
    // let the store drop what it already has, rather than miss a comment made in the same second as the last
    // one.
    if (account.platform == domain::Platform::Facebook && !listing->query.sinceCursor.isEmpty())
        listing->query.sinceCursor = QString::number(listing->query.sinceCursor.toLongLong() - 60);
    ++m_running;
    fetch(listing);
}

void Sync::fetch(std::shared_ptr<Listing> listing)
{
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(listing->account.id, &whyNot);
    if (!client) {
        finishListing(listing, whyNot);
        return;
    }
    client->fetchMentions(listing->query, this,
                          [this, listing](const platforms::Result<platforms::MentionPage> &r) {
                              if (!r.ok()) {
                                  finishListing(listing, r.error().userMessage());
                                  return;
                              }
                              storePage(listing, r.value());
                          });
}

void Sync::storePage(std::shared_ptr<Listing> listing, const platforms::MentionPage &page)
{
    if (listing->newestCursor.isEmpty())
        listing->newestCursor = page.newestCursor;
    // Classified and stored on the worker's thread; the listing goes on when the page is in.
    m_worker->store(listing->account, page, [this, listing, page](const store::Result<int> &inserted) {
        pageStored(listing, page, inserted);
    });
}

void Sync::pageStored(const std::shared_ptr<Listing> &listing, const platforms::MentionPage &page,
                      const store::Result<int> &inserted)
{
    if (!inserted) {
        finishListing(listing, inserted.error().message);
        return;
    }
    listing->stored += *inserted;
    m_newItems += *inserted;
    emit progress(listing->account.id, listing->stored);
    if (!page.nextPageToken.isEmpty()) {
        listing->query.pageToken = page.nextPageToken;
        fetch(listing);
        return;
    }
    // Every page is stored: only now does the cursor move on.
    if (!listing->newestCursor.isEmpty())
        store::SettingsRepository(m_database).setValue(listing->cursorKey, listing->newestCursor);
    finishListing(listing, {});
}

void Sync::finishListing(const std::shared_ptr<Listing> &listing, const QString &error)
{
    if (listing && !error.isEmpty()) {
        qCInfo(lcSync) << "sync of" << listing->account.handle << "stopped:" << error;
        emit accountFailed(listing->account.id, error);
    }
    if (--m_running == 0)
        emit finished(m_newItems);
}

} // namespace inbox
