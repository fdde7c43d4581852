#include "audience/audiencesync.h"

#include "audience/aggregator.h"
#include "audience/bioclassifier.h"
#include "audience/locationresolver.h"
#include "audience/pageinsights.h"
#include "platforms/facebook/facebookclient.h"
#include "compose/clientprovider.h"
#include "platforms/platformclient.h"
#include "store/accountrepository.h"
#include "store/audiencerepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace audience {

struct AudienceSync::Round
{
    QList<domain::Account> accounts;
    qsizetype current = -1;
    std::unique_ptr<AudienceAggregator> aggregator;
    int read = 0;
    qint64 platformTotal = -1;
    int snapshots = 0;
};

AudienceSync::AudienceSync(const store::Database &database, compose::ClientProvider &clients,
                           std::shared_ptr<const Gazetteer> gazetteer, QObject *parent)
    : QObject(parent), m_database(database), m_clients(clients),
      m_resolver(std::make_unique<LocationResolver>(std::move(gazetteer))),
      m_bios(std::make_unique<BioClassifier>())
{
}

AudienceSync::~AudienceSync() = default;

void AudienceSync::syncAll()
{
    if (m_running)
        return;
    const auto accounts = store::AccountRepository(m_database).all();
    if (!accounts)
        return;
    m_running = true;
    m_round = std::make_unique<Round>();
    m_round->accounts = *accounts;
    next();
}

void AudienceSync::next()
{
    Round &r = *m_round;
    if (++r.current >= r.accounts.size()) {
        m_running = false;
        const int snapshots = r.snapshots;
        emit finished(snapshots);
        return;
    }
    r.aggregator = std::make_unique<AudienceAggregator>(*m_resolver, *m_bios);
    r.read = 0;
    r.platformTotal = -1;
    fetchPage({});
}

void AudienceSync::fetchPage(const QString &pageToken)
{
    const domain::Account &account = m_round->accounts.at(m_round->current);
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(account.id, &whyNot);
    if (!client) {
        emit accountFailed(account.id, whyNot);
        next();
        return;
    }
    platforms::AudienceQuery query;
    query.pageToken = pageToken;
    client->fetchAudience(query, this,
                          [this, id = account.id](const platforms::Result<platforms::AudiencePage> &r) {
                              if (!r.ok()) {
                                  // "Not permitted" is a normal state on some tiers: the account keeps its
                                  // last snapshot.
                                  emit accountFailed(id, r.error().userMessage());
                                  next();
                                  return;
                              }
                              onPage(r.value());
                          });
}

void AudienceSync::onPage(const platforms::AudiencePage &page)
{
    Round &r = *m_round;
    if (page.totalFollowers >= 0)
        r.platformTotal = page.totalFollowers;
    for (const platforms::RemoteUser &user : page.users) {
        // Only what aggregates need is passed on; the person is forgotten as soon as they are counted.
        QString location = user.location;
        if (location.isEmpty() && !user.city.isEmpty())
            location = user.province.isEmpty() ? user.city : user.city + QStringLiteral(", ") + user.province;
        r.aggregator->add({location, user.description, user.verified});
        ++r.read;
    }
    emit progress(r.accounts.at(r.current).id, r.read);
    if (!page.nextPageToken.isEmpty() && r.read < m_maxFollowers) {
        fetchPage(page.nextPageToken);
        return;
    }
    // A Facebook Page lists no followers: its breakdown comes from insights.
    if (r.read == 0 && r.accounts.at(r.current).platform == domain::Platform::Facebook) {
        readPageInsights();
        return;
    }
    storeSnapshot();
    next();
}

void AudienceSync::readPageInsights()
{
    const domain::Account account = m_round->accounts.at(m_round->current);
    QString whyNot;
    auto *facebook = qobject_cast<platforms::facebook::FacebookClient *>(m_clients.client(account.id, &whyNot));
    if (!facebook) {
        storeSnapshot();
        next();
        return;
    }
    PageInsightsReader::read(
        *facebook, *m_resolver, this, [this, account](const domain::AudienceSnapshot &read, const QString &error) {
            if (!error.isEmpty()) {
                emit accountFailed(account.id, error);
                next();
                return;
            }
            domain::AudienceSnapshot snapshot = read;
            snapshot.accountId = account.id;
            snapshot.takenAt = QDateTime::currentDateTimeUtc();
            snapshot.followers = std::max(m_round->platformTotal, snapshot.sampleSize);
            if (const auto added = store::AudienceRepository(m_database).add(snapshot); !added)
                emit accountFailed(account.id, added.error().message);
            else
                ++m_round->snapshots;
            next();
        });
}

void AudienceSync::storeSnapshot()
{
    Round &r = *m_round;
    const domain::Account &account = r.accounts.at(r.current);
    if (r.read == 0) {
        // A platform that answered totals only and no breakdown: keep the last snapshot's shares rather than
        // store one without any.
        if (r.platformTotal >= 0)
            emit accountFailed(account.id,
                               QCoreApplication::translate(
                                   "audience", "%1 gave the number of followers (%2) but no breakdown; "
                                               "the last breakdown is kept.")
                                   .arg(account.displayName)
                                   .arg(r.platformTotal));
        return;
    }
    domain::AudienceSnapshot snapshot = r.aggregator->snapshot();
    snapshot.accountId = account.id;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    if (r.platformTotal >= snapshot.sampleSize)
        snapshot.followers = r.platformTotal;
    // Verified followers stay as counted in what was read (the kinds' shares are of them); with a sample, the
    // dashboard shows the sample's size next to them.
    if (const auto added = store::AudienceRepository(m_database).add(snapshot); !added) {
        emit accountFailed(account.id, added.error().message);
        return;
    }
    ++r.snapshots;
}

} // namespace audience
