#include "workspace/connections.h"

#include "platforms/facebook/facebookclient.h"
#include "platforms/transport.h"
#include "platforms/vault/vault.h"
#include "platforms/weibo/weiboclient.h"
#include "platforms/x/xclient.h"
#include "platforms/x/xsignin.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QScopeGuard>

namespace workspace {

namespace {
QString baseUrlKey(domain::Platform platform)
{
    return QStringLiteral("platforms.%1.base_url").arg(domain::platformId(platform));
}

// The keychain entry an account's client token lives under.
QString tokenKind(domain::Platform platform)
{
    return platform == domain::Platform::Facebook ? QStringLiteral("page") : QStringLiteral("access");
}
} // namespace

Connections::Connections(Workspace &workspace, platforms::vault::Vault *vault, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_vault(vault), m_network(new QNetworkAccessManager(this))
{
}

Connections::~Connections() = default;

QUrl Connections::defaultBaseUrl(domain::Platform platform)
{
    switch (platform) {
    case domain::Platform::X:
        return platforms::x::XClient::defaultBaseUrl();
    case domain::Platform::Facebook:
        return QUrl(QStringLiteral("https://graph.facebook.com"));
    case domain::Platform::Weibo:
        return QUrl(QStringLiteral("https://api.weibo.com"));
    }
    return {};
}

QUrl Connections::baseUrl(domain::Platform platform) const
{
    const QString stored = m_workspace.settings().value(baseUrlKey(platform));
    return stored.isEmpty() ? defaultBaseUrl(platform) : QUrl(stored);
}

store::Status Connections::setBaseUrl(domain::Platform platform, const QUrl &url)
{
    if (const auto refused = platforms::Transport::checkBaseUrl(url))
        return store::Error{refused->userMessage(), {}};
    if (const auto saved = m_workspace.settings().setValue(baseUrlKey(platform), url.toString()); !saved)
        return saved;
    // Clients keep their base URL: build them again on next use.
    qDeleteAll(m_clients);
    m_clients.clear();
    return store::ok();
}

platforms::PlatformClient *Connections::makeClient(const domain::Account &account)
{
    const QUrl base = baseUrl(account.platform);
    switch (account.platform) {
    case domain::Platform::X: {
        auto *client = new platforms::x::XClient(m_network, base, this);
        // Known from sign-in; saves a users/me call (75 per 15 minutes) every time the client is built.
        if (!account.remoteId.isEmpty())
            client->setUserId(account.remoteId);
        return client;
    }
    case domain::Platform::Facebook: {
        auto *client = new platforms::facebook::FacebookClient(m_network, base, this);
        client->setPageId(account.remoteId);
        return client;
    }
    case domain::Platform::Weibo: {
        auto *client = new platforms::weibo::WeiboClient(m_network, base, this);
        if (!account.remoteId.isEmpty())
            client->setUserId(account.remoteId);
        client->setSafeDomain(m_workspace.settings().value(QStringLiteral("platforms.weibo.safe_domain")));
        return client;
    }
    }
    return nullptr;
}

void Connections::load()
{
    const auto accounts = m_workspace.accounts().all();
    if (!accounts)
        return;
    for (const domain::Account &account : *accounts) {
        if (!m_clients.contains(account.id))
            loadAccount(account);
    }
}

void Connections::reload(qint64 accountId)
{
    const auto account = m_workspace.accounts().find(accountId);
    if (!account)
        return;
    delete m_clients.take(accountId); // built again with the new token and remote id
    loadAccount(*account);
}

void Connections::loadAccount(const domain::Account &account)
{
    if (!m_vault) {
        setState(account.id, {AccountConnection::State::NeedsSignIn,
                              QCoreApplication::translate("workspace", "Not signed in.")});
        return;
    }
    const platforms::vault::SecretKey key{m_workspace.id(), QString::number(account.id),
                                          tokenKind(account.platform)};
    ++m_pending;
    m_vault->read(key, this, [this, account](const platforms::vault::SecretResult &r) {
        // Whatever the answer, this account is settled; the last one makes the connections ready.
        const auto settle = qScopeGuard([this] {
            if (--m_pending == 0)
                emit ready();
        });
        if (r.ok()) {
            platforms::PlatformClient *client = makeClient(account);
            client->setAccessToken(*r.secret);
            renewWithRefreshToken(account, client);
            m_clients.insert(account.id, client);
            // A token that cannot renew itself is announced two weeks before it stops working.
            const QDateTime expires =
                QDateTime::fromString(m_workspace.settings().value(expirySetting(account.id)), Qt::ISODate);
            const qint64 days = expires.isValid() ? QDateTime::currentDateTimeUtc().daysTo(expires) : -1;
            if (expires.isValid() && days <= 14) {
                const int daysLeft = int(std::max<qint64>(0, days));
                setState(account.id,
                         {AccountConnection::State::Expiring,
                          QCoreApplication::translate("workspace",
                                                      "Signed in, but only for %n more day(s): sign in "
                                                      "again before then.",
                                                      nullptr, daysLeft)});
                return;
            }
            setState(account.id, {AccountConnection::State::Connected, {}});
            return;
        }
        const bool missing = r.error && r.error->kind == platforms::vault::VaultError::Kind::NotFound;
        setState(
            account.id,
            {missing ? AccountConnection::State::NeedsSignIn : AccountConnection::State::KeychainUnavailable,
             missing ? QCoreApplication::translate("workspace", "Not signed in: sign in to %1 again.")
                           .arg(domain::platformDisplayName(account.platform))
                     : (r.error ? r.error->message : QString())});
    });
}

void Connections::renewWithRefreshToken(const domain::Account &account, platforms::PlatformClient *client)
{
    // X's access token lives two hours: when X refuses it, the single-use refresh token is rotated (the new
    // one stored first) and the refused requests go out once more, so the account never "disconnects".
    if (account.platform != domain::Platform::X || !m_vault)
        return;
    const QString clientId = m_workspace.settings().value(
        QStringLiteral("platforms.%1.app_id").arg(domain::platformId(account.platform)));
    auto *rotation = new platforms::x::XTokenRotation(m_network, baseUrl(account.platform), clientId, m_vault,
                                                      m_workspace.id(), QString::number(account.id), client);
    client->transport()->config().renewAuth = [client, rotation](std::function<void(bool)> done) {
        rotation->refresh(client, [client, done](const platforms::Result<platforms::OAuthTokens> &r) {
            if (r.ok())
                client->setAccessToken(r.value().accessToken);
            done(r.ok());
        });
    };
}

QString Connections::expirySetting(qint64 accountId)
{
    return QStringLiteral("account.%1.token_expires_at").arg(accountId);
}

QString Connections::tokenKindFor(domain::Platform platform)
{
    return tokenKind(platform);
}

void Connections::setSessionToken(qint64 accountId, const QString &token)
{
    const auto account = m_workspace.accounts().find(accountId);
    if (!account)
        return;
    platforms::PlatformClient *client = m_clients.value(accountId);
    if (!client) {
        client = makeClient(*account);
        m_clients.insert(accountId, client);
    }
    client->setAccessToken(token);
    setState(accountId, {AccountConnection::State::Connected, {}});
}

AccountConnection Connections::connection(qint64 accountId) const
{
    return m_connections.value(accountId);
}

platforms::PlatformClient *Connections::client(qint64 accountId, QString *whyNot)
{
    if (platforms::PlatformClient *c = m_clients.value(accountId))
        return c;
    if (whyNot) {
        const AccountConnection c = m_connections.value(accountId);
        *whyNot =
            c.message.isEmpty()
                ? QCoreApplication::translate("workspace", "This account is not signed in to its platform.")
                : c.message;
    }
    return nullptr;
}

void Connections::setState(qint64 accountId, AccountConnection connection)
{
    m_connections.insert(accountId, std::move(connection));
    emit changed(accountId);
}

} // namespace workspace
