#pragma once

#include "domain/account.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace platforms {
class LoopbackSignIn;
struct OAuthTokens;
namespace vault {
class Vault;
}
} // namespace platforms

namespace workspace {

class Connections;
class Workspace;

// Signs one account in to its platform with the embassy's own developer app: the browser shows the platform's
// consent page, the loopback redirect brings the code back, the tokens go to the system keychain (the refresh
// token first on X), and the account's client is built again. Facebook goes on to a long-lived user token and
// the Page's own token; Weibo gives the user id with its token.
class AccountSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSignIn)
public:
    AccountSignIn(Workspace &workspace, Connections &connections, platforms::vault::Vault &vault,
                  QObject *parent = nullptr);
    ~AccountSignIn() override;

    // The workspace settings that hold each platform's app id (the app secret, where there is one, is kept in
    // the keychain under appSecretKind()).
    static QString appIdSetting(domain::Platform platform);
    static QString appSecretKind(domain::Platform platform);
    static bool needsAppSecret(domain::Platform platform) { return platform != domain::Platform::X; }

    // Starts the sign-in; openBrowser asks the UI to show the consent page; finished says how it ended.
    void start(const domain::Account &account);

signals:
    void openBrowser(const QUrl &url);
    void finished(bool ok, const QString &message);

private:
    void run(const QString &appId, const QString &appSecret);
    void storeX(const platforms::OAuthTokens &tokens, const QString &clientId);
    void storeFacebook(const platforms::OAuthTokens &tokens, const QString &appId, const QString &appSecret);
    void storeToken(const QString &kind, const QString &token, const QString &remoteId,
                    const QDateTime &expiresAt);
    void finish(bool ok, const QString &message);
    // Where the consent page lives: the platform's own host, or the workspace's base URL when that is a local
    // sandbox (which serves the OAuth endpoints too).
    QUrl authorizeBase(const QUrl &fallback) const;

    Workspace &m_workspace;
    Connections &m_connections;
    platforms::vault::Vault &m_vault;
    domain::Account m_account;
    std::unique_ptr<platforms::LoopbackSignIn> m_flow;
    bool m_running = false;
};

} // namespace workspace
