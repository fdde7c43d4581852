#include "inbox/backfill.h"

#include "compose/clientprovider.h"
#include "inbox/backfillcursor.h"
#include "inbox/ingestworker.h"
#include "platforms/platformclient.h"
#include "store/accountrepository.h"
#include "store/mentionrepository.h"
#include "store/settingsrepository.h"

#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace inbox {

namespace {
constexpr int kFeedPageSize = 25;
}

struct Backfill::Listing
{
    enum class Kind { XMentions, WeiboMentions, WeiboComments, FacebookPosts };
    domain::Account account;
    Kind kind = Kind::XMentions;
    QString key;
    QString cursor;                            // X and Weibo: items older than this id; empty = the newest
    backfillcursor::FacebookPosition facebook; // Facebook
    QList<platforms::RemotePost> posts;        // Facebook: posts fetched, not yet read (not persisted)
    QSet<QString> skipped;                     // Facebook: posts the sync reads already
    BackfillResult result;
    int requests = 0;
};

QString BackfillResult::describe() const
{
    switch (outcome) {
    case BackfillOutcome::MoreRemain:
        return Backfill::tr("%1: %n older item(s) loaded; there is more — load older again to go on.",
                            nullptr, stored)
            .arg(label);
    case BackfillOutcome::DateReached:
        return Backfill::tr("%1: %n older item(s) loaded, back to the date asked for.", nullptr, stored)
            .arg(label);
    case BackfillOutcome::NothingOlder:
        return Backfill::tr("%1: %n older item(s) loaded; the platform has nothing older.", nullptr, stored)
            .arg(label);
    case BackfillOutcome::PlatformLimit:
        return Backfill::tr(
                   "%1: %n older item(s) loaded; X gives only the 800 most recent mentions, so nothing "
                   "older can be read.",
                   nullptr, stored)
            .arg(label);
    case BackfillOutcome::Failed: {
        // The platforms' and the store's messages are sentences; "not signed in" and the like may not be.
        QString why = message.trimmed();
        if (!why.isEmpty() && !QStringLiteral(".!?。！？").contains(why.back()))
            why += QLatin1Char('.');
        return Backfill::tr(
                   "%1: stopped after %n new item(s): %2 Loading older again resumes where it stopped.",
                   nullptr, stored)
            .arg(label, why);
    }
    case BackfillOutcome::Cancelled:
        return Backfill::tr("%1: cancelled after %n new item(s); loading older again resumes there.", nullptr,
                            stored)
            .arg(label);
    }
    return {};
}

Backfill::Backfill(const store::Database &database, compose::ClientProvider &clients, IngestWorker &worker,
                   std::function<QStringList(qint64)> facebookSkipped, QObject *parent)
    : QObject(parent), m_database(database), m_clients(clients), m_worker(worker),
      m_facebookSkipped(std::move(facebookSkipped))
{
    qRegisterMetaType<inbox::BackfillResult>();
}

Backfill::~Backfill() = default;

bool Backfill::start(const BackfillRequest &request)
{
    if (isRunning())
        return false;
    const auto accounts = store::AccountRepository(m_database).all();
    if (!accounts)
        return false;
    m_request = request;
    m_request.pagesPerListing = std::max(1, request.pagesPerListing);
    m_queue.clear();
    m_results.clear();
    const store::SettingsRepository settings(m_database);
    auto add = [&](const domain::Account &account, Listing::Kind kind, const QString &name,
                   const QString &label) {
        auto l = std::make_unique<Listing>();
        l->account = account;
        l->kind = kind;
        l->key = backfillcursor::key(account.id, name);
        const QString saved = settings.value(l->key);
        if (kind == Listing::Kind::FacebookPosts) {
            l->facebook = backfillcursor::FacebookPosition::fromString(saved);
            if (m_facebookSkipped) {
                const QStringList skipped = m_facebookSkipped(account.id);
                l->skipped = QSet<QString>(skipped.cbegin(), skipped.cend());
            }
        } else {
            // A first backfill reads back from the oldest item the sync stored.
            using backfillcursor::Items;
            const Items items = kind == Listing::Kind::WeiboMentions   ? Items::WithoutConversation
                                : kind == Listing::Kind::WeiboComments ? Items::InConversation
                                                                       : Items::All;
            l->cursor =
                saved.isEmpty() ? backfillcursor::oldestStoredId(m_database, account.id, items) : saved;
        }
        l->result.accountId = account.id;
        l->result.label = label;
        m_queue.push_back(std::move(l));
    };
    for (const domain::Account &account : *accounts) {
        if (!request.accounts.isEmpty() && !request.accounts.contains(account.id))
            continue;
        const QString name = account.displayName.isEmpty() ? account.handle : account.displayName;
        switch (account.platform) {
        case domain::Platform::X:
            add(account, Listing::Kind::XMentions, {}, name);
            break;
        case domain::Platform::Weibo:
            add(account, Listing::Kind::WeiboMentions, QStringLiteral("mentions"),
                tr("%1 (mentions)").arg(name));
            add(account, Listing::Kind::WeiboComments, QStringLiteral("comments"),
                tr("%1 (comments)").arg(name));
            break;
        case domain::Platform::Facebook:
            add(account, Listing::Kind::FacebookPosts, QStringLiteral("posts"),
                tr("%1 (comments on older posts)").arg(name));
            break;
        }
    }
    if (m_queue.empty())
        return false;
    ++m_run;
    m_cancelRequested = false;
    m_planned = int(m_queue.size()) * m_request.pagesPerListing;
    m_doneBefore = 0;
    m_storedTotal = 0;
    next();
    return true;
}

void Backfill::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    // A page being stored is recorded first, and the listing stops right after; so it does when cancel comes
    // from a slot of progress(), between two steps (the next step sees the flag).
    if (m_storing || !m_call.isRunning())
        return;
    m_call.cancel();
    finishListing(BackfillOutcome::Cancelled);
}

void Backfill::next()
{
    if (m_queue.empty()) {
        m_current.reset();
        emit finished(m_results);
        return;
    }
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    emitProgress();
    request(*m_current);
}

std::function<void()> Backfill::guarded(quint64 run, std::function<void(Listing &)> f)
{
    QPointer<Backfill> self(this);
    return [self, run, f] {
        if (self && self->m_run == run && self->m_current)
            f(*self->m_current);
    };
}

void Backfill::request(Listing &listing)
{
    if (m_cancelRequested)
        return finishListing(BackfillOutcome::Cancelled);
    if (listing.requests >= m_request.pagesPerListing)
        return finishListing(BackfillOutcome::MoreRemain);
    if (listing.kind == Listing::Kind::FacebookPosts)
        requestFacebook(listing);
    else
        requestMentions(listing);
}

void Backfill::requestMentions(Listing &listing)
{
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(listing.account.id, &whyNot);
    if (!client)
        return finishListing(BackfillOutcome::Failed, whyNot);
    platforms::MentionQuery query;
    query.untilCursor = listing.cursor;
    query.pageSize = m_pageSize;
    query.commentsToMe = listing.kind == Listing::Kind::WeiboComments;
    const quint64 run = m_run;
    m_call =
        client->fetchMentions(query, this, [this, run](const platforms::Result<platforms::MentionPage> &r) {
            guarded(run, [this, r](Listing &l) {
                ++l.requests;
                if (!r.ok())
                    return finishListing(BackfillOutcome::Failed, r.error().userMessage());
                pageFetched(l, r.value());
            })();
        });
}

void Backfill::pageFetched(Listing &listing, const platforms::MentionPage &page)
{
    emitProgress();
    if (page.items.isEmpty())
        return finishListing(endOfMentions(listing));
    store(listing, page, [this, page](Listing &l, int inserted) { mentionsStored(l, page, inserted); });
}

void Backfill::store(Listing &listing, const platforms::MentionPage &page,
                     std::function<void(Listing &, int)> then)
{
    listing.result.fetched += int(page.items.size());
    m_storing = true;
    const quint64 run = m_run;
    QPointer<Backfill> self(this);
    m_worker.store(listing.account, page, [self, run, then](const store::Result<int> &inserted) {
        if (!self)
            return;
        self->m_storing = false;
        Backfill *const backfill = self.data();
        backfill->guarded(run, [backfill, then, inserted](Listing &l) {
            if (!inserted)
                return backfill->finishListing(BackfillOutcome::Failed, inserted.error().message);
            l.result.stored += *inserted;
            backfill->m_storedTotal += *inserted;
            then(l, *inserted);
        })();
    });
}

void Backfill::mentionsStored(Listing &listing, const platforms::MentionPage &page, int)
{
    // The page is in: only now does the cursor move past it.
    QString oldest;
    QDateTime oldestAt;
    for (const auto &item : page.items) {
        if (backfillcursor::olderId(item.id, oldest) == item.id) {
            oldest = item.id;
            oldestAt = item.createdAt;
        }
    }
    listing.cursor = oldest;
    saveCursor(listing);
    emitProgress();
    if (m_request.notBefore.isValid() && oldestAt.isValid() && oldestAt < m_request.notBefore)
        return finishListing(BackfillOutcome::DateReached);
    // X: no next token; Weibo: a short page. Either way this was the oldest page there is.
    if (page.nextPageToken.isEmpty())
        return finishListing(endOfMentions(listing));
    request(listing);
}

BackfillOutcome Backfill::endOfMentions(const Listing &listing) const
{
    if (listing.kind != Listing::Kind::XMentions)
        return BackfillOutcome::NothingOlder;
    // X answers nothing older both when there is nothing and when its reach is exhausted; with at least as
    // many of the account's mentions stored as X's reach, the reach is what ended it.
    store::MentionQuery query;
    query.accounts = {listing.account.id};
    const auto stored = store::MentionRepository(m_database).count(query, kXMentionReach);
    return stored && *stored >= kXMentionReach ? BackfillOutcome::PlatformLimit
                                               : BackfillOutcome::NothingOlder;
}

void Backfill::requestFacebook(Listing &listing)
{
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(listing.account.id, &whyNot);
    if (!client)
        return finishListing(BackfillOutcome::Failed, whyNot);
    const quint64 run = m_run;
    auto &fb = listing.facebook;
    // Between posts: the next one fetched, skipping those the sync reads, or a further page of the feed.
    while (fb.post.isEmpty() && !listing.posts.isEmpty()) {
        const platforms::RemotePost post = listing.posts.takeFirst();
        if (m_request.notBefore.isValid() && post.createdAt < m_request.notBefore)
            return finishListing(BackfillOutcome::DateReached);
        fb.post = post.id;
        fb.postTime = post.createdAt;
        if (listing.skipped.contains(post.id))
            fb.finishPost();
        saveCursor(listing);
    }
    if (fb.post.isEmpty()) {
        m_call = client->postsUntil(fb.until, kFeedPageSize, this,
                                    [this, run](const platforms::Result<QList<platforms::RemotePost>> &r) {
                                        guarded(run, [this, r](Listing &l) {
                                            ++l.requests;
                                            if (!r.ok())
                                                return finishListing(BackfillOutcome::Failed,
                                                                     r.error().userMessage());
                                            postsFetched(l, r.value());
                                        })();
                                    });
        return;
    }
    platforms::MentionQuery query;
    query.postId = fb.post;
    query.pageToken = fb.after;
    query.pageSize = m_pageSize;
    m_call =
        client->fetchMentions(query, this, [this, run](const platforms::Result<platforms::MentionPage> &r) {
            guarded(run, [this, r](Listing &l) {
                ++l.requests;
                // A post deleted meanwhile has no comments left to read: on to the next one (the cursor
                // would otherwise stay on it for ever).
                if (!r.ok() && r.error().kind == platforms::PlatformError::Kind::NotFound)
                    return facebookStored(l, {}, 0);
                if (!r.ok())
                    return finishListing(BackfillOutcome::Failed, r.error().userMessage());
                emitProgress();
                const platforms::MentionPage page = r.value();
                if (page.items.isEmpty())
                    return facebookStored(l, page, 0);
                store(l, page, [this, page](Listing &stored, int inserted) {
                    facebookStored(stored, page, inserted);
                });
            })();
        });
}

void Backfill::postsFetched(Listing &listing, const QList<platforms::RemotePost> &posts)
{
    emitProgress();
    const auto &fb = listing.facebook;
    listing.posts.clear();
    for (const auto &post : posts) {
        // `until` is inclusive: the posts of that second already read are not read again.
        const bool read = fb.until.isValid() &&
                          post.createdAt.toSecsSinceEpoch() >= fb.until.toSecsSinceEpoch() &&
                          (post.createdAt.toSecsSinceEpoch() > fb.until.toSecsSinceEpoch() ||
                           fb.doneAtUntil.contains(post.id));
        if (!read)
            listing.posts << post;
    }
    if (listing.posts.isEmpty())
        return finishListing(BackfillOutcome::NothingOlder);
    request(listing);
}

void Backfill::facebookStored(Listing &listing, const platforms::MentionPage &page, int)
{
    auto &fb = listing.facebook;
    if (page.nextPageToken.isEmpty())
        fb.finishPost();
    else
        fb.after = page.nextPageToken;
    saveCursor(listing);
    emitProgress();
    request(listing);
}

void Backfill::saveCursor(const Listing &listing)
{
    const QString value =
        listing.kind == Listing::Kind::FacebookPosts ? listing.facebook.toString() : listing.cursor;
    if (const auto saved = store::SettingsRepository(m_database).setValue(listing.key, value); !saved)
        qCWarning(lcSync) << "backfill cursor not saved:" << saved.error().message;
}

void Backfill::finishListing(BackfillOutcome outcome, const QString &message)
{
    if (!m_current)
        return;
    m_call = {};
    m_current->result.outcome = outcome;
    m_current->result.message = message;
    if (outcome == BackfillOutcome::Failed)
        qCInfo(lcSync) << "backfill of" << m_current->account.handle << "stopped:" << message;
    m_doneBefore += m_request.pagesPerListing;
    m_results << m_current->result;
    emit listingFinished(m_current->result);
    if (outcome == BackfillOutcome::Cancelled) {
        // The listings not begun are not reported: nothing was asked of them.
        m_queue.clear();
    }
    next();
}

void Backfill::emitProgress()
{
    const int current = m_current ? m_current->requests : 0;
    emit progress(std::min(m_doneBefore + current, m_planned), m_planned, m_storedTotal);
}

} // namespace inbox
