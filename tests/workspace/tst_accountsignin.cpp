#include "platforms/platformclient.h"
#include "platforms/sandbox/fault.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/vault/vault.h"
#include "workspace/accountsignin.h"
#include "workspace/connections.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Signing an account in from the workspace, end to end against the sandbox: the "browser" follows the consent
// page's redirect to the app's loopback handler; the tokens land in the real keychain (./dev test runs a
// private one); the account's client then works.
class AccountSignInTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signIn_data();
    void signIn();
    void withoutAppId_saysWhatToDo();

private:
    bool keychainWorks();
    qint64 addAccount(domain::Platform platform);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<workspace::Workspace> m_ws;
    platforms::sandbox::Sandbox *m_sandbox = nullptr;
    platforms::vault::Vault *m_vault = nullptr;
    workspace::Connections *m_connections = nullptr;
    QNetworkAccessManager m_browser;
};

Q_DECLARE_METATYPE(domain::Platform)

void AccountSignInTest::init()
{
    m_dir = new QTemporaryDir;
    store::Database::OpenError error;
    m_ws = workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.attache")), {}, &error);
    QVERIFY(m_ws);
    m_sandbox = new platforms::sandbox::Sandbox(9, this);
    QVERIFY(m_sandbox->start());
    m_vault = new platforms::vault::Vault(this);
    m_connections = new workspace::Connections(*m_ws, m_vault, this);
    for (auto p : {domain::Platform::X, domain::Platform::Facebook, domain::Platform::Weibo})
        QVERIFY(m_connections->setBaseUrl(p, m_sandbox->baseUrl()));
}

void AccountSignInTest::cleanup()
{
    delete m_connections;
    delete m_vault;
    delete m_sandbox;
    m_ws.reset();
    delete m_dir;
}

bool AccountSignInTest::keychainWorks()
{
    bool done = false;
    std::optional<platforms::vault::VaultError> failure;
    m_vault->write({m_ws->id(), QStringLiteral("probe"), QStringLiteral("probe")}, QStringLiteral("x"), this,
                   [&](const auto &e) {
                       failure = e;
                       done = true;
                   });
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 10000)
        QTest::qWait(20);
    return done && !failure;
}

qint64 AccountSignInTest::addAccount(domain::Platform platform)
{
    domain::Account a;
    a.platform = platform;
    a.handle = domain::platformId(platform);
    a.displayName = QStringLiteral("Embassy on ") + a.handle;
    a.language = QStringLiteral("en");
    a.timeZone = QStringLiteral("Europe/London");
    return *m_ws->accounts().add(a);
}

void AccountSignInTest::signIn_data()
{
    QTest::addColumn<domain::Platform>("platform");
    QTest::newRow("X (PKCE, refresh token first)") << domain::Platform::X;
    QTest::newRow("Facebook (long-lived, then the Page's token)") << domain::Platform::Facebook;
    QTest::newRow("Weibo (token and uid)") << domain::Platform::Weibo;
}

void AccountSignInTest::signIn()
{
    QFETCH(domain::Platform, platform);
    if (!keychainWorks())
        QSKIP("no keychain here; ./dev test provides one");
    const qint64 id = addAccount(platform);
    QVERIFY(m_ws->settings().setValue(workspace::AccountSignIn::appIdSetting(platform),
                                      QStringLiteral("embassy-app")));
    if (workspace::AccountSignIn::needsAppSecret(platform)) {
        bool written = false;
        m_vault->write({m_ws->id(), QStringLiteral("app"), workspace::AccountSignIn::appSecretKind(platform)},
                       QStringLiteral("embassy-app-secret"), this, [&](const auto &) { written = true; });
        QTRY_VERIFY(written);
    }
    QString why;
    QVERIFY(!m_connections->client(id, &why));

    workspace::AccountSignIn signIn(*m_ws, *m_connections, *m_vault);
    connect(&signIn, &workspace::AccountSignIn::openBrowser, this, [this](const QUrl &url) {
        QNetworkReply *page = m_browser.get(QNetworkRequest(url)); // "Allow", and the redirect home
        connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
    });
    QSignalSpy finished(&signIn, &workspace::AccountSignIn::finished);
    const auto account = m_ws->accounts().find(id);
    signIn.start(*account);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    // The client is built from the keychain's token and speaks for the account.
    QTRY_VERIFY_WITH_TIMEOUT(m_connections->client(id, &why) != nullptr, 10000);
    bool answered = false;
    bool ok = false;
    m_connections->client(id, &why)->whoAmI(this, [&](const platforms::Result<platforms::AccountInfo> &r) {
        ok = r.ok();
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(ok);
    if (platform != domain::Platform::X)
        QVERIFY(!m_ws->accounts().find(id)->remoteId.isEmpty());
    if (platform == domain::Platform::Weibo) {
        // Weibo's token cannot renew itself: two weeks before it ends the account says so (and still
        // publishes).
        QVERIFY(m_ws->settings().setValue(
            workspace::Connections::expirySetting(id),
            QDateTime::currentDateTimeUtc().addDays(3).addSecs(60).toString(Qt::ISODate)));
        m_connections->reload(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_connections->connection(id).state,
                                  workspace::AccountConnection::State::Expiring, 10000);
        QVERIFY(m_connections->connection(id).message.contains(QStringLiteral("3")));
        QVERIFY(m_connections->client(id, &why));
    }
    if (platform == domain::Platform::X) {
        // Two hours later X refuses the access token: the refresh token is rotated and the call still
        // succeeds.
        platforms::sandbox::Fault expire;
        expire.kind = platforms::sandbox::Fault::Kind::ExpiredToken;
        expire.platform = QStringLiteral("x");
        m_sandbox->injectFault(expire);
        answered = false;
        ok = false;
        m_connections->client(id, &why)->whoAmI(this,
                                                [&](const platforms::Result<platforms::AccountInfo> &r) {
                                                    ok = r.ok();
                                                    answered = true;
                                                });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(ok, "the expired token was not renewed with the refresh token");
    }
    // No token in the database: only the keychain holds it.
    QSqlQuery q(m_ws->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings")));
    while (q.next())
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("token")));
}

void AccountSignInTest::withoutAppId_saysWhatToDo()
{
    const qint64 id = addAccount(domain::Platform::X);
    workspace::AccountSignIn signIn(*m_ws, *m_connections, *m_vault);
    QSignalSpy finished(&signIn, &workspace::AccountSignIn::finished);
    signIn.start(*m_ws->accounts().find(id));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("Settings")));
}

QTEST_GUILESS_MAIN(AccountSignInTest)
#include "tst_accountsignin.moc"
