#include "audience/postmetricssync.h"

#include "compose/clientprovider.h"
#include "platforms/facebook/facebookclient.h"
#include "platforms/x/xclient.h"
#include "store/accountrepository.h"
#include "store/postmetricsrepository.h"

#include <QHash>

namespace audience {

struct PostMetricsSync::Round
{
    QDateTime since;
    QList<domain::Account> accounts;
    qsizetype current = -1;
    QList<store::PublishedPost> posts;   // of the current account
    qsizetype nextPost = 0;              // the first not yet asked for
    QList<store::PostMetric> collected;  // of the current account
    int updated = 0;
};

PostMetricsSync::PostMetricsSync(const store::Database &database, compose::ClientProvider &clients,
                                 QObject *parent)
    : QObject(parent), m_database(database), m_clients(clients)
{
}

PostMetricsSync::~PostMetricsSync() = default;

void PostMetricsSync::syncAll(int days)
{
    if (m_round)
        return;
    const auto accounts = store::AccountRepository(m_database).all();
    if (!accounts) {
        emit finished(0);
        return;
    }
    m_round = std::make_unique<Round>();
    m_round->since = QDateTime::currentDateTimeUtc().addDays(-days);
    m_round->accounts = *accounts;
    nextAccount();
}

void PostMetricsSync::nextAccount()
{
    Round &r = *m_round;
    for (;;) {
        if (++r.current >= r.accounts.size()) {
            const int updated = r.updated;
            m_round.reset();
            emit finished(updated);
            return;
        }
        const domain::Account &account = r.accounts.at(r.current);
        if (account.platform == domain::Platform::Weibo)
            continue;
        const auto posts = store::PostMetricsRepository(m_database).published(account.id, r.since);
        if (!posts) {
            emit accountFailed(account.id, posts.error().message);
            continue;
        }
        if (posts->isEmpty())
            continue;
        r.posts = *posts;
        r.nextPost = 0;
        r.collected.clear();
        nextRequest();
        return;
    }
}

void PostMetricsSync::nextRequest()
{
    Round &r = *m_round;
    const domain::Account account = r.accounts.at(r.current);
    if (r.nextPost >= r.posts.size()) {
        saveAccount();
        nextAccount();
        return;
    }
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(account.id, &whyNot);
    auto record = [this](const store::PublishedPost &post, const platforms::PostMetrics &m) {
        store::PostMetric metric{post.accountId, post.remoteId, post.variantId,
                                 m.createdAt.isValid() ? m.createdAt : post.publishedAt,
                                 QDateTime::currentDateTimeUtc(), m.impressions, m.reach, m.reactions, m.comments,
                                 m.shares, m.quotes, {}};
        m_round->collected.append(metric);
    };
    auto failed = [this, id = account.id](const QString &message) {
        emit accountFailed(id, message);
        saveAccount(); // what was read so far is kept
        nextAccount();
    };
    if (auto *x = qobject_cast<platforms::x::XClient *>(client)) {
        const auto batch = r.posts.mid(r.nextPost, platforms::x::XClient::MaxMetricIds);
        r.nextPost += batch.size();
        QStringList ids;
        for (const auto &p : batch)
            ids << p.remoteId;
        x->fetchPostMetrics(ids, this, [this, batch, record, failed](const auto &result) {
            if (!result.ok())
                return failed(result.error().userMessage());
            QHash<QString, platforms::PostMetrics> byId;
            for (const auto &m : result.value())
                byId.insert(m.id, m);
            for (const auto &post : batch) {
                // A post deleted on X since is simply not measured any more.
                if (byId.contains(post.remoteId))
                    record(post, byId.value(post.remoteId));
            }
            nextRequest();
        });
        return;
    }
    if (auto *facebook = qobject_cast<platforms::facebook::FacebookClient *>(client)) {
        const store::PublishedPost post = r.posts.at(r.nextPost++);
        facebook->fetchPostMetrics(post.remoteId, this, [this, post, record, failed](const auto &result) {
            if (!result.ok()) {
                // A post deleted on Facebook since: skip it, measure the others.
                if (result.error().kind == platforms::PlatformError::Kind::NotFound)
                    return nextRequest();
                return failed(result.error().userMessage());
            }
            record(post, result.value());
            nextRequest();
        });
        return;
    }
    emit accountFailed(account.id, whyNot);
    nextAccount();
}

void PostMetricsSync::saveAccount()
{
    Round &r = *m_round;
    if (r.collected.isEmpty())
        return;
    if (const auto saved = store::PostMetricsRepository(m_database).save(r.collected); !saved)
        emit accountFailed(r.accounts.at(r.current).id, saved.error().message);
    else
        r.updated += int(r.collected.size());
    r.collected.clear();
}

} // namespace audience
