#include "platforms/signin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSignIn, "attache.platforms.signin")

namespace platforms {

QString makeCodeVerifier()
{
    // 64 random bytes → 86 characters of base64url: within RFC 7636's 43..128.
    QByteArray bytes(64, Qt::Uninitialized);
    for (auto &b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString codeChallengeS256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

LoopbackSignIn::LoopbackSignIn(QNetworkAccessManager *network, OAuthConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_flow(new QOAuth2AuthorizationCodeFlow(network, this))
{
    m_flow->setAuthorizationUrl(m_config.authorizeUrl);
    m_flow->setAccessTokenUrl(m_config.tokenUrl);
    m_flow->setClientIdentifier(m_config.clientId);
    if (!m_config.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_config.clientSecret);
    m_flow->setScope(m_config.scopes.join(m_config.scopeSeparator));
    if (m_config.pkce) {
        m_verifier = makeCodeVerifier();
        const QString challenge = codeChallengeS256(m_verifier);
        const QString verifier = m_verifier;
        m_flow->setModifyParametersFunction(
            [challenge, verifier](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
                if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                    parameters->insert(QStringLiteral("code_challenge"), challenge);
                    parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                    parameters->insert(QStringLiteral("code_verifier"), verifier);
                }
            });
    }
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &LoopbackSignIn::openBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        OAuthTokens t;
        t.accessToken = m_flow->token();
        t.refreshToken = m_flow->refreshToken();
        t.expiresAt = m_flow->expirationAt().toUTC();
        t.extra = m_flow->extraTokens();
        finish(t);
    });
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                finish(PlatformError::make(PlatformError::Kind::Auth, description.isEmpty() ? error : description,
                                           0, error));
            });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error error) {
        finish(PlatformError::make(PlatformError::Kind::Auth,
                                   QCoreApplication::translate("platforms", "The platform refused the sign-in."), 0,
                                   QString::number(int(error))));
    });
}

LoopbackSignIn::~LoopbackSignIn() = default;

QString LoopbackSignIn::redirectUri() const
{
    return m_handler ? m_handler->callback() : QString();
}

void LoopbackSignIn::start(Callback<OAuthTokens> done)
{
    m_done = std::move(done);
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_config.port, this);
    if (!m_handler->isListening()) {
        QTimer::singleShot(0, this, [this] {
            finish(PlatformError::make(PlatformError::Kind::Transient,
                                       QCoreApplication::translate(
                                           "platforms", "Attaché could not open a local port for the sign-in.")));
        });
        return;
    }
    m_handler->setCallbackText(
        QCoreApplication::translate("platforms", "Signed in. You can close this page and return to Attaché."));
    m_flow->setReplyHandler(m_handler);
    QTimer::singleShot(TimeoutMs, this, [this] {
        finish(PlatformError::make(PlatformError::Kind::Auth,
                                   QCoreApplication::translate("platforms", "The sign-in was not completed in time.")));
    });
    qCInfo(lcSignIn) << "sign-in started, redirect" << m_handler->callback();
    m_flow->grant();
}

void LoopbackSignIn::finish(const Result<OAuthTokens> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_handler)
        m_handler->close();
    if (!result.ok())
        qCInfo(lcSignIn).noquote() << "sign-in failed:" << result.error().platformCode;
    if (m_done)
        m_done(result);
}

} // namespace platforms
