#pragma once

#include "domain/account.h"

#include <QObject>
#include <memory>

namespace compose {
class ClientProvider;
}
namespace platforms {
struct AudiencePage;
}
namespace store {
class Database;
}

namespace audience {

class AudienceAggregator;
class BioClassifier;
class Gazetteer;
class LocationResolver;

// Reads each account's followers through its platform client, page by page, and stores one aggregate
// snapshot: totals, countries, cities, interests and verified kinds. Individual followers are never stored —
// only counts (platform rules forbid profiling). Weibo only lets an app read a capped sample: the snapshot
// records the platform's total and the sample size separately, and the dashboard says how large the sample
// is.
class AudienceSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceSync)
public:
    AudienceSync(const store::Database &database, compose::ClientProvider &clients,
                 std::shared_ptr<const Gazetteer> gazetteer, QObject *parent = nullptr);
    ~AudienceSync() override;

    // Syncs every account in turn; does nothing when already running.
    void syncAll();
    bool isRunning() const { return m_running; }
    // At most this many followers are read per account per round (a bound on time and rate-limit budget).
    void setMaxFollowers(int count) { m_maxFollowers = count; }

signals:
    void progress(qint64 accountId, int followersRead);
    void accountFailed(qint64 accountId, const QString &message);
    void finished(int snapshots);

private:
    struct Round;
    void next();
    void fetchPage(const QString &pageToken);
    void onPage(const platforms::AudiencePage &page);
    void storeSnapshot();
    void readPageInsights(); // Facebook: the breakdown from page insights (pageinsights.h)

    const store::Database &m_database;
    compose::ClientProvider &m_clients;
    std::unique_ptr<LocationResolver> m_resolver;
    std::unique_ptr<BioClassifier> m_bios;
    std::unique_ptr<Round> m_round;
    bool m_running = false;
    int m_maxFollowers = 20000;
};

} // namespace audience
