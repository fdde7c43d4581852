#include "audience/audiencesync.h"
#include "audience/gazetteer.h"
#include "support/clientmap.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "platforms/weibo/weiboclient.h"
#include "platforms/x/xclient.h"
#include "workspace/workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>


// The audience sync against the sandbox: followers are read page by page and only aggregates are stored.
class AudienceSyncTest : public QObject
{
    Q_OBJECT
private slots:
    void followers_becomeOneAggregateSnapshotPerAccount();
};

void AudienceSyncTest::followers_becomeOneAggregateSnapshotPerAccount()
{
    QTemporaryDir dir;
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(dir.filePath(QStringLiteral("w.attache")), {}, &error);
    QVERIFY(ws);
    platforms::sandbox::Sandbox sandbox(5);
    QVERIFY(sandbox.start());
    QNetworkAccessManager network;
    auto &state = sandbox.state();
    testsupport::ClientMap clients;
    auto add = [&](domain::Platform p, const QString &remote) {
        domain::Account a;
        a.platform = p;
        a.handle = domain::platformId(p);
        a.displayName = a.handle;
        a.language = QStringLiteral("en");
        a.timeZone = QStringLiteral("Europe/London");
        a.remoteId = remote;
        return *ws->accounts().add(a);
    };
    const qint64 xId = add(domain::Platform::X, state.xMe.id);
    const qint64 weiboId = add(domain::Platform::Weibo, state.weiboMe.id);
    const qint64 orphan = add(domain::Platform::Facebook, state.fbPageId); // no client: reported, skipped
    platforms::x::XClient x(&network, sandbox.baseUrl());
    x.setAccessToken(platforms::sandbox::State::xToken());
    x.setUserId(state.xMe.id);
    platforms::weibo::WeiboClient weibo(&network, sandbox.baseUrl());
    weibo.setAccessToken(platforms::sandbox::State::weiboToken());
    weibo.setUserId(state.weiboMe.id);
    clients.byAccount.insert(xId, &x);
    clients.byAccount.insert(weiboId, &weibo);

    audience::AudienceSync sync(ws->database(), clients, audience::Gazetteer::loadDefault());
    QSignalSpy finished(&sync, &audience::AudienceSync::finished);
    QSignalSpy failed(&sync, &audience::AudienceSync::accountFailed);
    sync.syncAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toInt(), 2);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toLongLong(), orphan);

    const auto xSnapshot = ws->audience().latest(xId);
    QCOMPARE(xSnapshot->followers, qint64(state.xFollowers.size()));
    QCOMPARE(xSnapshot->sampleSize, qint64(state.xFollowers.size()));
    qint64 countries = 0;
    for (const auto &s : xSnapshot->shares)
        countries += s.dimension == domain::AudienceDimension::Country ? s.count : 0;
    QCOMPARE(countries, xSnapshot->sampleSize); // every follower counted once, "unknown" included

    const auto weiboSnapshot = ws->audience().latest(weiboId);
    QCOMPARE(weiboSnapshot->followers, state.weiboMe.followers);   // the platform's total
    QVERIFY(weiboSnapshot->sampleSize < weiboSnapshot->followers); // from a capped sample, and it says so
    QVERIFY(weiboSnapshot->sampleSize > 0);
}

QTEST_GUILESS_MAIN(AudienceSyncTest)
#include "tst_audiencesync.moc"
