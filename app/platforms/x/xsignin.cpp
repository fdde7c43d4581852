#include "platforms/x/xsignin.h"

#include "platforms/bodies.h"
#include "platforms/operation.h"
#include "platforms/transport.h"
#include "platforms/x/xclient.h"
#include "platforms/x/xparser.h"

#include <memory>

namespace platforms::x {

namespace {

PlatformError vaultFailure(const vault::VaultError &e)
{
    // Without the keychain there is nowhere safe for the token: the user has to fix the keychain first.
    return PlatformError::make(e.kind == vault::VaultError::Kind::NotFound ? PlatformError::Kind::Auth
                                                                            : PlatformError::Kind::Transient,
                               e.message);
}

QUrl withPath(QUrl base, const QString &path)
{
    QString p = base.path();
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    base.setPath(p + path);
    return base;
}

} // namespace

QStringList signInScopes()
{
    return {QStringLiteral("tweet.read"), QStringLiteral("tweet.write"), QStringLiteral("users.read"),
            QStringLiteral("follows.read"), QStringLiteral("offline.access"), QStringLiteral("media.write")};
}

OAuthConfig signInConfig(const QString &clientId, const QUrl &authorizeBase, const QUrl &apiBase)
{
    OAuthConfig c;
    c.authorizeUrl = withPath(authorizeBase, QStringLiteral("/i/oauth2/authorize"));
    c.tokenUrl = withPath(apiBase, QStringLiteral("/2/oauth2/token"));
    c.clientId = clientId;
    c.scopes = signInScopes();
    c.pkce = true;
    return c;
}

XTokenRotation::XTokenRotation(QNetworkAccessManager *network, const QUrl &apiBase, const QString &clientId,
                               vault::Vault *vault, const QString &workspaceId, const QString &accountId,
                               QObject *parent)
    : QObject(parent), m_clientId(clientId), m_vault(vault), m_workspaceId(workspaceId), m_accountId(accountId)
{
    TransportConfig config;
    config.platform = QStringLiteral("x");
    config.baseUrl = apiBase;
    config.classify = &classify;
    config.category = &lcX;
    m_transport = new Transport(network, std::move(config), this);
}

vault::SecretKey XTokenRotation::refreshKey() const
{
    return {m_workspaceId, m_accountId, QStringLiteral("refresh")};
}

vault::SecretKey XTokenRotation::accessKey() const
{
    return {m_workspaceId, m_accountId, QStringLiteral("access")};
}

CallHandle XTokenRotation::store(const OAuthTokens &tokens, QObject *context, Callback<bool> done)
{
    auto *op = new Operation(this, context);
    auto storeAccess = [this, op, tokens, done] {
        m_vault->write(accessKey(), tokens.accessToken, op, [op, done](const std::optional<vault::VaultError> &e) {
            op->finish([&] { e ? done(vaultFailure(*e)) : done(true); });
        });
    };
    if (tokens.refreshToken.isEmpty()) {
        storeAccess();
        return CallHandle(op);
    }
    m_vault->write(refreshKey(), tokens.refreshToken, op,
                   [op, done, storeAccess](const std::optional<vault::VaultError> &e) {
                       if (e)
                           return op->finish([&] { done(vaultFailure(*e)); });
                       storeAccess();
                   });
    return CallHandle(op);
}

CallHandle XTokenRotation::refresh(QObject *context, Callback<OAuthTokens> done)
{
    auto *op = new Operation(this, context);
    auto fail = [op, done](const PlatformError &e) { op->finish([&] { done(e); }); };
    m_vault->read(refreshKey(), op, [this, op, done, fail](const vault::SecretResult &stored) {
        if (!stored.ok())
            return fail(vaultFailure(*stored.error));
        HttpRequest r;
        r.verb = "POST";
        r.path = QStringLiteral("/2/oauth2/token");
        r.contentType = "application/x-www-form-urlencoded";
        r.body = formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("refresh_token"), *stored.secret},
                           {QStringLiteral("client_id"), m_clientId}});
        // Not idempotent: a refresh that reached X has already consumed the old token.
        r.idempotent = false;
        m_transport->send(op, r, [this, op, done, fail](const Result<HttpResponse> &res) {
            if (!res.ok())
                return fail(res.error());
            const auto tokens = parseToken(res.value().body);
            if (!tokens.ok())
                return fail(tokens.error());
            const OAuthTokens fresh = tokens.value();
            // Store first; only then may anyone use the new access token.
            store(fresh, op, [op, done, fresh](const Result<bool> &saved) {
                op->finish([&] { saved.ok() ? done(fresh) : done(saved.error()); });
            });
        });
    });
    return CallHandle(op);
}

} // namespace platforms::x
