#include "inbox/sync.h"
#include "support/clientmap.h"
#include "platforms/facebook/facebookclient.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "platforms/transport.h"
#include "platforms/weibo/weiboclient.h"
#include "platforms/x/xclient.h"
#include "workspace/workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using platforms::sandbox::Fault;


// The inbox sync against the sandbox: every platform's listing lands once, classified; repeats and faults
// never duplicate or lose an item; the cursor moves only after a complete listing.
class SyncTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void firstSync_storesEveryPlatformsItems_classified();
    void secondSync_storesOnlyWhatIsNew();
    void failedListing_keepsItsCursor_andTheNextRoundCatchesUp();
    void serverErrorOnRead_isRetried_nothingLost();

private:
    int runSync();
    qint64 count() const { return *m_ws->mentions().count(); }
    qint64 addAccount(domain::Platform platform, const QString &handle, const QString &remoteId);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<workspace::Workspace> m_ws;
    platforms::sandbox::Sandbox *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    testsupport::ClientMap m_clients;
    std::unique_ptr<inbox::Sync> m_sync;
    qint64 m_x = 0;
};

qint64 SyncTest::addAccount(domain::Platform platform, const QString &handle, const QString &remoteId)
{
    domain::Account a;
    a.platform = platform;
    a.handle = handle;
    a.displayName = handle;
    a.language = QStringLiteral("en");
    a.timeZone = QStringLiteral("Europe/London");
    a.remoteId = remoteId;
    return *m_ws->accounts().add(a);
}

void SyncTest::init()
{
    m_dir = new QTemporaryDir;
    store::Database::OpenError error;
    m_ws = workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.attache")), {}, &error);
    QVERIFY(m_ws);
    m_sandbox = new platforms::sandbox::Sandbox(11, this);
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    auto &state = m_sandbox->state();
    const QUrl base = m_sandbox->baseUrl();

    m_x = addAccount(domain::Platform::X, QStringLiteral("@embassy"), state.xMe.id);
    auto *x = new platforms::x::XClient(m_network, base, this);
    x->setAccessToken(platforms::sandbox::State::xToken());
    x->setUserId(state.xMe.id);
    m_clients.byAccount.insert(m_x, x);

    const qint64 fb = addAccount(domain::Platform::Facebook, QStringLiteral("Embassy page"), state.fbPageId);
    auto *facebook = new platforms::facebook::FacebookClient(m_network, base, this);
    facebook->setAccessToken(platforms::sandbox::State::fbPageToken());
    facebook->setPageId(state.fbPageId);
    m_clients.byAccount.insert(fb, facebook);

    const qint64 weibo = addAccount(domain::Platform::Weibo, QStringLiteral("大使馆"), state.weiboMe.id);
    auto *wb = new platforms::weibo::WeiboClient(m_network, base, this);
    wb->setAccessToken(platforms::sandbox::State::weiboToken());
    wb->setUserId(state.weiboMe.id);
    m_clients.byAccount.insert(weibo, wb);
    for (auto *c : m_clients.byAccount) {
        c->transport()->config().backoffBaseMs = 5;
        c->transport()->config().backoffMaxMs = 20;
    }

    // Our own posts, so comments have something to be on: one published Facebook post, one Weibo status.
    bool fbDone = false, wbDone = false;
    platforms::PublishRequest post;
    post.text = QStringLiteral("Exhibition opening tonight");
    QString fbPostId;
    facebook->publish(post, this, [&](const auto &r) {
        fbDone = true;
        if (r.ok())
            fbPostId = r.value().remoteId;
    });
    post.text = QStringLiteral("俄语周开幕 https://") + state.weiboSafeDomain + QStringLiteral("/week");
    wb->setSafeDomain(state.weiboSafeDomain);
    wb->publish(post, this, [&](const auto &) { wbDone = true; });
    QTRY_VERIFY(fbDone && wbDone);
    QVERIFY(!fbPostId.isEmpty());
    // The sync reads Facebook comments under the page's published posts it knows of.
    domain::Post ours;
    ours.title = QStringLiteral("Exhibition");
    domain::Variant v;
    v.accountId = fb;
    v.language = QStringLiteral("en");
    v.text = QStringLiteral("Exhibition opening tonight");
    ours.variants << v;
    auto &posts = m_ws->posts();
    const qint64 variant = posts.find(*posts.create(ours, QStringLiteral("a")))->variants.first().id;
    QVERIFY(posts.transition(variant, domain::VariantState::InReview, QStringLiteral("a")));
    QVERIFY(posts.transition(variant, domain::VariantState::Approved, QStringLiteral("b")));
    QVERIFY(posts.schedule(variant, QDateTime::currentDateTimeUtc(), QStringLiteral("a")));
    QVERIFY(posts.transition(variant, domain::VariantState::Publishing, QStringLiteral("p")));
    QVERIFY(posts.recordPublished(variant, fbPostId, QStringLiteral("p")));

    m_sync = std::make_unique<inbox::Sync>(m_ws->database(), m_clients, inbox::Classifier());
}

void SyncTest::cleanup()
{
    m_sync.reset();
    qDeleteAll(m_clients.byAccount);
    m_clients.byAccount.clear();
    delete m_network;
    delete m_sandbox;
    m_ws.reset();
    delete m_dir;
}

int SyncTest::runSync()
{
    QSignalSpy finished(m_sync.get(), &inbox::Sync::finished);
    m_sync->syncAll();
    if (!finished.wait(15000))
        return -1;
    return finished.first().first().toInt();
}

void SyncTest::firstSync_storesEveryPlatformsItems_classified()
{
    m_sandbox->generateIncoming(30);
    // 30 X mentions, 30 Facebook comments, 30 Weibo mentions and 30 Weibo comments.
    QCOMPARE(runSync(), 120);
    QCOMPARE(count(), 120);
    const auto page = m_ws->mentions().page(0, 200);
    QSet<QString> languages;
    int classified = 0;
    for (const auto &m : *page) {
        languages.insert(m.language);
        classified += m.stance != domain::Stance::Unknown;
        QVERIFY(!m.authorHandle.isEmpty());
    }
    QCOMPARE(classified, 120);
    QVERIFY(languages.contains(QStringLiteral("zh")));
}

void SyncTest::secondSync_storesOnlyWhatIsNew()
{
    m_sandbox->generateIncoming(10);
    QCOMPARE(runSync(), 40);
    QCOMPARE(runSync(), 0);
    m_sandbox->generateIncoming(5);
    QCOMPARE(runSync(), 20);
    QCOMPARE(count(), 60);
}

void SyncTest::failedListing_keepsItsCursor_andTheNextRoundCatchesUp()
{
    m_sandbox->generateIncoming(10);
    Fault revoked;
    revoked.kind = Fault::Kind::RevokedToken;
    revoked.platform = QStringLiteral("x");
    m_sandbox->injectFault(revoked);
    QSignalSpy failed(m_sync.get(), &inbox::Sync::accountFailed);
    QCOMPARE(runSync(), 30); // Facebook and Weibo still land
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toLongLong(), m_x);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(m_ws->settings().value(QStringLiteral("inbox.cursor.%1").arg(m_x)).isEmpty());
    // Signed in again: everything missed arrives, once.
    const QString fresh = m_sandbox->state().newToken(QStringLiteral("x"), QStringLiteral("access"),
                                                      m_sandbox->state().xMe.id, 7200);
    m_clients.byAccount.value(m_x)->setAccessToken(fresh);
    QCOMPARE(runSync(), 10);
    QCOMPARE(count(), 40);
}

void SyncTest::serverErrorOnRead_isRetried_nothingLost()
{
    m_sandbox->generateIncoming(8);
    Fault down;
    down.kind = Fault::Kind::ServerError;
    down.platform = QStringLiteral("x");
    down.count = 2;
    m_sandbox->injectFault(down);
    QCOMPARE(runSync(), 32);
    QCOMPARE(runSync(), 0);
}

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
