#include "clienttest.h"

#include "platforms/facebook/facebookclient.h"
#include "platforms/sandbox/state.h"
#include "platforms/signin.h"
#include "platforms/vault/vault.h"
#include "platforms/weibo/weiboclient.h"
#include "platforms/x/xclient.h"
#include "platforms/x/xsignin.h"

#include <QNetworkReply>

using namespace platforms;
using Kind = platforms::PlatformError::Kind;

// The sign-in flows end to end against the sandbox. The "browser" is a network request to the authorize URL
// that follows the sandbox's redirect to the app's loopback handler, as a real browser would after "Allow".
class SignInTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pkce_challengeIsS256OfVerifier();
    void x_pkceCodeFlow_givesWorkingTokens();
    void x_refreshRotation_storesNewRefreshTokenBeforeUse();
    void facebook_loginLongLivedThenPageToken();
    void weibo_codeFlow_givesTokenAndUid();

private:
    Result<OAuthTokens> signIn(const OAuthConfig &config);

    sandbox::Sandbox *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

void SignInTest::init()
{
    m_sandbox = new sandbox::Sandbox(5, this);
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
}

void SignInTest::cleanup()
{
    delete m_network;
    delete m_sandbox;
}

Result<OAuthTokens> SignInTest::signIn(const OAuthConfig &config)
{
    LoopbackSignIn flow(m_network, config);
    QNetworkAccessManager browser;
    connect(&flow, &LoopbackSignIn::openBrowser, this, [&browser](const QUrl &url) {
        QNetworkReply *page = browser.get(QNetworkRequest(url));
        connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
    });
    std::optional<Result<OAuthTokens>> result;
    QEventLoop loop;
    flow.start([&](const Result<OAuthTokens> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return PlatformError::make(Kind::Transient, QStringLiteral("sign-in did not finish"));
    return *result;
}

void SignInTest::pkce_challengeIsS256OfVerifier()
{
    // RFC 7636 appendix B.
    QCOMPARE(codeChallengeS256(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QString v = makeCodeVerifier();
    QVERIFY(v.size() >= 43 && v.size() <= 128);
    QVERIFY(v != makeCodeVerifier());
}

void SignInTest::x_pkceCodeFlow_givesWorkingTokens()
{
    const auto tokens = signIn(x::signInConfig(QStringLiteral("x-client"), m_sandbox->baseUrl(), m_sandbox->baseUrl()));
    VERIFY_OK(tokens);
    QVERIFY(!tokens.value().accessToken.isEmpty());
    QVERIFY(!tokens.value().refreshToken.isEmpty()); // offline.access
    QVERIFY(tokens.value().expiresAt > QDateTime::currentDateTimeUtc().addSecs(3600));
    x::XClient client(m_network, m_sandbox->baseUrl());
    client.setAccessToken(tokens.value().accessToken);
    AWAIT(AccountInfo, me, client.whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(me.value().id, m_sandbox->state().xMe.id);
}

void SignInTest::x_refreshRotation_storesNewRefreshTokenBeforeUse()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through ./dev test for the private keyring");
    const auto tokens = signIn(x::signInConfig(QStringLiteral("x-client"), m_sandbox->baseUrl(), m_sandbox->baseUrl()));
    VERIFY_OK(tokens);
    vault::Vault vault;
    x::XTokenRotation rotation(m_network, m_sandbox->baseUrl(), QStringLiteral("x-client"), &vault,
                               QStringLiteral("test-ws"), QStringLiteral("x-account"));
    AWAIT(bool, stored, rotation.store(tokens.value(), this, cb));
    VERIFY_OK(stored);

    AWAIT(OAuthTokens, fresh, rotation.refresh(this, cb));
    VERIFY_OK(fresh);
    QVERIFY(fresh.value().refreshToken != tokens.value().refreshToken);
    // The keychain already holds the new refresh token when the caller first sees it.
    std::optional<vault::SecretResult> kept;
    QEventLoop loop;
    vault.read(rotation.refreshKey(), this, [&](const vault::SecretResult &r) {
        kept = r;
        loop.quit();
    });
    loop.exec();
    QVERIFY(kept && kept->ok());
    QCOMPARE(*kept->secret, fresh.value().refreshToken);
    // The old refresh token is dead on the platform's side.
    QVERIFY(m_sandbox->state().token(tokens.value().refreshToken)->revoked);
    // And the new access token works.
    x::XClient client(m_network, m_sandbox->baseUrl());
    client.setAccessToken(fresh.value().accessToken);
    AWAIT(AccountInfo, me, client.whoAmI(this, cb));
    VERIFY_OK(me);
    // A second rotation works from what the keychain holds.
    AWAIT(OAuthTokens, again, rotation.refresh(this, cb));
    VERIFY_OK(again);
}

void SignInTest::facebook_loginLongLivedThenPageToken()
{
    const auto shortLived = signIn(facebook::signInConfig(QStringLiteral("fb-app"), QStringLiteral("fb-secret"),
                                                          m_sandbox->baseUrl(), m_sandbox->baseUrl()));
    VERIFY_OK(shortLived);
    facebook::FacebookClient client(m_network, m_sandbox->baseUrl());
    using TokenPair = QPair<QString, qint64>;
    AWAIT(TokenPair, longLived, client.exchangeForLongLived(QStringLiteral("fb-app"), QStringLiteral("fb-secret"),
                                                                     shortLived.value().accessToken, this, cb));
    VERIFY_OK(longLived);
    QVERIFY(longLived.value().second > 50LL * 24 * 3600);
    AWAIT(QList<ManagedPage>, pages, client.listPages(longLived.value().first, this, cb));
    VERIFY_OK(pages);
    client.setPageId(pages.value().first().id);
    client.setAccessToken(pages.value().first().accessToken);
    AWAIT(AccountInfo, page, client.whoAmI(this, cb));
    VERIFY_OK(page);
    QCOMPARE(page.value().id, m_sandbox->state().fbPageId);
}

void SignInTest::weibo_codeFlow_givesTokenAndUid()
{
    const auto tokens = signIn(weibo::signInConfig(QStringLiteral("wb-key"), QStringLiteral("wb-secret"),
                                                   m_sandbox->baseUrl()));
    VERIFY_OK(tokens);
    QCOMPARE(tokens.value().extra.value(QStringLiteral("uid")).toString(), m_sandbox->state().weiboMe.id);
    weibo::WeiboClient client(m_network, m_sandbox->baseUrl());
    client.setAccessToken(tokens.value().accessToken);
    AWAIT(AccountInfo, me, client.whoAmI(this, cb));
    VERIFY_OK(me);
}

QTEST_GUILESS_MAIN(SignInTest)
#include "tst_signin.moc"
