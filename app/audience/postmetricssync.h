#pragma once

#include <QObject>
#include <memory>

namespace compose {
class ClientProvider;
}
namespace store {
class Database;
}

namespace audience {

// Asks each platform for the reach and engagement of our posts published in the last `days` days and stores
// them (post_metrics, refreshed in place): X public_metrics, a hundred posts a request; Facebook post
// engagement and post insights, one post at a time. Weibo gives an app no metrics of its own posts beyond
// counts it does not keep, so its accounts are skipped. One account's failure does not stop the others.
class PostMetricsSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostMetricsSync)
public:
    PostMetricsSync(const store::Database &database, compose::ClientProvider &clients, QObject *parent = nullptr);
    ~PostMetricsSync() override;

    void syncAll(int days = 90);
    bool isRunning() const { return bool(m_round); }

signals:
    void accountFailed(qint64 accountId, const QString &message);
    void finished(int postsUpdated);

private:
    struct Round;
    void nextAccount();
    void nextRequest();
    void saveAccount();

    const store::Database &m_database;
    compose::ClientProvider &m_clients;
    std::unique_ptr<Round> m_round;
};

} // namespace audience
