#pragma once

#include "platforms/operation.h"
#include "platforms/result.h"
#include "platforms/signin.h"
#include "platforms/vault/vault.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace platforms {
class Transport;
}

namespace platforms::x {

// The scopes Attaché asks X for; offline.access is what yields a refresh token.
QStringList signInScopes();
// X's sign-in: authorize on x.com, token on api.x.com, PKCE S256, no client secret (a desktop app is a public
// client). authorizeBase and apiBase are workspace settings (the sandbox serves both).
OAuthConfig signInConfig(const QString &clientId, const QUrl &authorizeBase = QUrl(QStringLiteral("https://x.com")),
                         const QUrl &apiBase = QUrl(QStringLiteral("https://api.x.com")));

// Keeps an X account's tokens in the vault and refreshes them. X's refresh tokens are single use: every refresh
// returns a new one and kills the old. The new refresh token is written to the keychain before the new access
// token is handed to anyone, so a crash after a refresh can never leave the account holding a dead token.
class XTokenRotation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XTokenRotation)
public:
    XTokenRotation(QNetworkAccessManager *network, const QUrl &apiBase, const QString &clientId,
                   vault::Vault *vault, const QString &workspaceId, const QString &accountId,
                   QObject *parent = nullptr);

    vault::SecretKey refreshKey() const;
    vault::SecretKey accessKey() const;
    Transport *transport() { return m_transport; }

    // Saves the tokens of a fresh sign-in: the refresh token first, then the access token.
    CallHandle store(const OAuthTokens &tokens, QObject *context, Callback<bool> done);
    // Reads the refresh token, asks X for new tokens, stores them, then answers them.
    CallHandle refresh(QObject *context, Callback<OAuthTokens> done);

private:
    Transport *m_transport;
    QString m_clientId;
    vault::Vault *m_vault;
    QString m_workspaceId;
    QString m_accountId;
};

} // namespace platforms::x
