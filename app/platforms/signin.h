#pragma once

#include "platforms/result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace platforms {

// One platform's OAuth 2.0 authorization-code settings. The client id and secret are the embassy's own app's
// (workspace settings and keychain); the URLs are overridable so sign-in runs against the sandbox.
struct OAuthConfig
{
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;   // empty for public clients (X with PKCE)
    QStringList scopes;
    QString scopeSeparator = QStringLiteral(" ");
    bool pkce = false;      // RFC 7636 with S256
    quint16 port = 0;       // loopback redirect port; 0 = any free port (RFC 8252)
};

struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;   // empty when the platform issued none
    QDateTime expiresAt;    // UTC; invalid when the platform did not say
    QVariantMap extra;      // other fields of the token answer (Weibo's uid, X's scope)
};

// PKCE (RFC 7636): a random verifier and its S256 challenge.
QString makeCodeVerifier();
QString codeChallengeS256(const QString &verifier);

// The authorization-code sign-in of a desktop app: QOAuth2AuthorizationCodeFlow with a loopback redirect
// (QOAuthHttpServerReplyHandler on 127.0.0.1) and, where the platform wants it, PKCE added through the
// modify-parameters hook (Qt 6.4 has no PKCE of its own). The UI opens openBrowser's URL in the browser.
class LoopbackSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackSignIn)
public:
    static constexpr int TimeoutMs = 5 * 60 * 1000;

    LoopbackSignIn(QNetworkAccessManager *network, OAuthConfig config, QObject *parent = nullptr);
    ~LoopbackSignIn() override;

    // Listens on the loopback port and emits openBrowser. done runs once: tokens, or why sign-in failed.
    void start(Callback<OAuthTokens> done);
    QString redirectUri() const;

signals:
    void openBrowser(const QUrl &url);

private:
    void finish(const Result<OAuthTokens> &result);

    OAuthConfig m_config;
    QOAuth2AuthorizationCodeFlow *m_flow;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QString m_verifier;
    Callback<OAuthTokens> m_done;
    bool m_finished = false;
};

} // namespace platforms
