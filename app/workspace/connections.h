#pragma once

#include "compose/clientprovider.h"
#include "domain/account.h"
#include "store/result.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace platforms {
class PlatformClient;
namespace vault {
class Vault;
}
} // namespace platforms

namespace workspace {

class Workspace;

// How an account's connection to its platform stands, as the accounts list shows it.
struct AccountConnection
{
    enum class State { Unknown, Connected, Expiring, NeedsSignIn, KeychainUnavailable };
    State state = State::Unknown;
    QString message; // for the user: what is wrong and how to fix it; empty when all is well
    bool canPublish() const { return state == State::Connected || state == State::Expiring; }
};

// The platform side of one workspace: its one network manager, a client per account pointed at the
// workspace's base URL for that platform, and each account's token read from the system keychain (never
// stored elsewhere). It is what the publisher, the inbox sync and the audience sync ask for a client.
class Connections final : public QObject, public compose::ClientProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connections)
public:
    // vault may be null: then only session tokens (setSessionToken) exist, as in the demo.
    Connections(Workspace &workspace, platforms::vault::Vault *vault, QObject *parent = nullptr);
    ~Connections() override;

    static QUrl defaultBaseUrl(domain::Platform platform);
    // The workspace's base URL of a platform's API (a setting, so a team can use a proxy or the sandbox).
    QUrl baseUrl(domain::Platform platform) const;
    store::Status setBaseUrl(domain::Platform platform, const QUrl &url);

    // Reads every account's token from the keychain and builds its client; `changed` reports each account.
    void load();
    // Reads one account's token again (after a sign-in) and builds its client anew.
    void reload(qint64 accountId);
    // When the account's token stops working (a token that cannot renew itself: Weibo's). Not a secret: a
    // setting.
    static QString expirySetting(qint64 accountId);
    // The keychain kind an account's token is stored under ("access"; "page" on Facebook).
    static QString tokenKindFor(domain::Platform platform);
    // A token held in memory only, for this session (the demo's sandbox tokens).
    void setSessionToken(qint64 accountId, const QString &token);
    AccountConnection connection(qint64 accountId) const;
    // True once every keychain read started by load() has answered.
    bool isReady() const { return m_pending == 0; }

    platforms::PlatformClient *client(qint64 accountId, QString *whyNot) override;
    QNetworkAccessManager *network() const { return m_network; }

signals:
    void changed(qint64 accountId);
    void ready();

private:
    platforms::PlatformClient *makeClient(const domain::Account &account);
    void loadAccount(const domain::Account &account);
    void renewWithRefreshToken(const domain::Account &account, platforms::PlatformClient *client);
    void setState(qint64 accountId, AccountConnection connection);

    Workspace &m_workspace;
    platforms::vault::Vault *m_vault;
    QNetworkAccessManager *m_network;
    QHash<qint64, platforms::PlatformClient *> m_clients;
    QHash<qint64, AccountConnection> m_connections;
    int m_pending = 0;
};

} // namespace workspace
