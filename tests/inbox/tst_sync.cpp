#include "inbox/sync.h"
#include "support/sandboxworkspace.h"
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

    std::unique_ptr<testsupport::SandboxWorkspace> m_env; // workspace, sandbox, signed-in clients, our posts
    workspace::Workspace *m_ws = nullptr;
    platforms::sandbox::Sandbox *m_sandbox = nullptr;
    std::unique_ptr<inbox::Sync> m_sync;
    qint64 m_x = 0;
};

void SyncTest::init()
{
    m_env = std::make_unique<testsupport::SandboxWorkspace>();
    QString why;
    QVERIFY2(m_env->start(&why), qPrintable(why));
    m_ws = &m_env->workspace();
    m_sandbox = &m_env->sandbox();
    m_x = m_env->xAccount();

    m_sync = std::make_unique<inbox::Sync>(m_ws->database(), m_env->clients(), inbox::Classifier());
}

void SyncTest::cleanup()
{
    m_sync.reset();
    m_ws = nullptr;
    m_sandbox = nullptr;
    m_env.reset();
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
    m_env->clients().byAccount.value(m_x)->setAccessToken(fresh);
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
