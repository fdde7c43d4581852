#include "workspace/accountsignin.h"

#include "platforms/facebook/facebookclient.h"
#include "platforms/signin.h"
#include "platforms/vault/vault.h"
#include "platforms/weibo/weiboclient.h"
#include "platforms/x/xsignin.h"
#include "workspace/connections.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace workspace {

namespace {
} // namespace

AccountSignIn::AccountSignIn(Workspace &workspace, Connections &connections, platforms::vault::Vault &vault,
                             QObject *parent)
    : QObject(parent), m_workspace(workspace), m_connections(connections), m_vault(vault)
{
}

AccountSignIn::~AccountSignIn() = default;

QString AccountSignIn::appIdSetting(domain::Platform platform)
{
    return QStringLiteral("platforms.%1.app_id").arg(domain::platformId(platform));
}

QString AccountSignIn::appSecretKind(domain::Platform platform)
{
    return domain::platformId(platform) + QStringLiteral("-app-secret");
}

QUrl AccountSignIn::authorizeBase(const QUrl &fallback) const
{
    const QUrl base = m_connections.baseUrl(m_account.platform);
    return QHostAddress(base.host()).isLoopback() ? base : fallback;
}

void AccountSignIn::start(const domain::Account &account)
{
    if (m_running)
        return;
    m_running = true;
    m_account = account;
    const QString appId = m_workspace.settings().value(appIdSetting(account.platform));
    if (appId.isEmpty()) {
        finish(false, QCoreApplication::translate(
                          "workspace",
                          "Enter the embassy's own %1 app id in Settings first: each workspace signs in with "
                          "its own developer app.")
                          .arg(domain::platformDisplayName(account.platform)));
        return;
    }
    if (!needsAppSecret(account.platform)) {
        run(appId, {});
        return;
    }
    m_vault.read({m_workspace.id(), QStringLiteral("app"), appSecretKind(account.platform)}, this,
                 [this, appId](const platforms::vault::SecretResult &r) {
                     if (!r.ok()) {
                         finish(false,
                                r.error && r.error->kind != platforms::vault::VaultError::Kind::NotFound
                                    ? r.error->message
                                    : QCoreApplication::translate(
                                          "workspace", "Enter the %1 app secret in Settings first.")
                                          .arg(domain::platformDisplayName(m_account.platform)));
                         return;
                     }
                     run(appId, *r.secret);
                 });
}

void AccountSignIn::run(const QString &appId, const QString &appSecret)
{
    using domain::Platform;
    const QUrl api = m_connections.baseUrl(m_account.platform);
    platforms::OAuthConfig config;
    switch (m_account.platform) {
    case Platform::X:
        config = platforms::x::signInConfig(appId, authorizeBase(QUrl(QStringLiteral("https://x.com"))), api);
        break;
    case Platform::Facebook:
        config = platforms::facebook::signInConfig(
            appId, appSecret, authorizeBase(QUrl(QStringLiteral("https://www.facebook.com"))), api);
        break;
    case Platform::Weibo:
        config = platforms::weibo::signInConfig(appId, appSecret, api);
        break;
    }
    m_flow = std::make_unique<platforms::LoopbackSignIn>(m_connections.network(), config);
    connect(m_flow.get(), &platforms::LoopbackSignIn::openBrowser, this, &AccountSignIn::openBrowser);
    m_flow->start([this, appId, appSecret](const platforms::Result<platforms::OAuthTokens> &r) {
        if (!r.ok()) {
            finish(false, r.error().userMessage());
            return;
        }
        switch (m_account.platform) {
        case Platform::X:
            storeX(r.value(), appId);
            break;
        case Platform::Facebook:
            storeFacebook(r.value(), appId, appSecret);
            break;
        case Platform::Weibo:
            // Weibo documents no refresh: the token's end is remembered so the account says when to sign in
            // again.
            storeToken(QStringLiteral("access"), r.value().accessToken,
                       r.value().extra.value(QStringLiteral("uid")).toString(), r.value().expiresAt);
            break;
        }
    });
}

void AccountSignIn::storeX(const platforms::OAuthTokens &tokens, const QString &clientId)
{
    // The rotation stores the refresh token before the access token, so a crash cannot strand the account.
    auto *rotation = new platforms::x::XTokenRotation(
        m_connections.network(), m_connections.baseUrl(m_account.platform), clientId, &m_vault,
        m_workspace.id(), QString::number(m_account.id), this);
    rotation->store(tokens, this, [this, rotation](const platforms::Result<bool> &r) {
        rotation->deleteLater();
        if (!r.ok()) {
            finish(false, r.error().userMessage());
            return;
        }
        m_connections.reload(m_account.id);
        finish(true,
               QCoreApplication::translate("workspace", "%1 is signed in to X.").arg(m_account.displayName));
    });
}

void AccountSignIn::storeFacebook(const platforms::OAuthTokens &tokens, const QString &appId,
                                  const QString &appSecret)
{
    auto *graph = new platforms::facebook::FacebookClient(m_connections.network(),
                                                          m_connections.baseUrl(m_account.platform), this);
    graph->exchangeForLongLived(
        appId, appSecret, tokens.accessToken, this,
        [this, graph](const platforms::Result<QPair<QString, qint64>> &longLived) {
            if (!longLived.ok()) {
                graph->deleteLater();
                finish(false, longLived.error().userMessage());
                return;
            }
            // A Page token made from a long-lived user token does not expire: it is the one the account
            // keeps.
            graph->listPages(longLived.value().first, this,
                             [this, graph](const platforms::Result<QList<platforms::ManagedPage>> &pages) {
                                 graph->deleteLater();
                                 if (!pages.ok()) {
                                     finish(false, pages.error().userMessage());
                                     return;
                                 }
                                 const platforms::ManagedPage *chosen = nullptr;
                                 for (const auto &p : pages.value()) {
                                     if (!chosen || p.id == m_account.remoteId)
                                         chosen = &p;
                                 }
                                 if (!chosen) {
                                     finish(false, QCoreApplication::translate(
                                                       "workspace", "This Facebook user manages no Page."));
                                     return;
                                 }
                                 storeToken(QStringLiteral("page"), chosen->accessToken, chosen->id, {});
                             });
        });
}

void AccountSignIn::storeToken(const QString &kind, const QString &token, const QString &remoteId,
                               const QDateTime &expiresAt)
{
    m_workspace.settings().setValue(Connections::expirySetting(m_account.id),
                                    expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate)
                                                        : QString());
    m_vault.write(
        {m_workspace.id(), QString::number(m_account.id), kind}, token, this,
        [this, remoteId](const std::optional<platforms::vault::VaultError> &error) {
            if (error) {
                finish(false, error->message);
                return;
            }
            if (!remoteId.isEmpty())
                m_workspace.accounts().setRemoteId(m_account.id, remoteId);
            m_connections.reload(m_account.id);
            finish(true, QCoreApplication::translate("workspace", "%1 is signed in to %2.")
                             .arg(m_account.displayName, domain::platformDisplayName(m_account.platform)));
        });
}

void AccountSignIn::finish(bool ok, const QString &message)
{
    m_running = false;
    emit finished(ok, message);
}

} // namespace workspace
