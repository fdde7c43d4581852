#include "audience/audiencesync.h"
#include "audience/gazetteer.h"
#include "audience/postmetricssync.h"
#include "platforms/facebook/facebookclient.h"
#include "platforms/sandbox/routes.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "platforms/x/xclient.h"
#include "store/postmetricsrepository.h"
#include "support/clientmap.h"
#include "workspace/workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using D = domain::AudienceDimension;
using platforms::sandbox::Post;

// Facebook page insights by country and city, and per-post reach and engagement (X public_metrics, Facebook
// post engagement and insights), through the real clients against the sandbox, stored and compared with the
// sandbox's own figures.
class InsightsTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void facebookPage_countriesAndCities_fromInsights();
    void facebookPage_retiredCityMetric_isMarkedUnavailable();
    void postMetrics_xAndFacebook_storedAsThePlatformsSay();

private:
    qint64 addAccount(domain::Platform platform, const QString &remote);
    qint64 publishedVariant(qint64 accountId, const QString &remoteId);
    static qint64 share(const domain::AudienceSnapshot &s, D d, const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    std::unique_ptr<platforms::sandbox::Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<platforms::facebook::FacebookClient> m_facebook;
    std::unique_ptr<platforms::x::XClient> m_x;
    testsupport::ClientMap m_clients;
};

void InsightsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    store::Database::OpenError error;
    m_ws = workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.attache")), {}, &error);
    QVERIFY(m_ws);
    m_sandbox = std::make_unique<platforms::sandbox::Sandbox>(5);
    QVERIFY(m_sandbox->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_facebook = std::make_unique<platforms::facebook::FacebookClient>(m_network.get(), m_sandbox->baseUrl());
    m_facebook->setAccessToken(platforms::sandbox::State::fbPageToken());
    m_facebook->setPageId(m_sandbox->state().fbPageId);
    m_x = std::make_unique<platforms::x::XClient>(m_network.get(), m_sandbox->baseUrl());
    m_x->setAccessToken(platforms::sandbox::State::xToken());
    m_x->setUserId(m_sandbox->state().xMe.id);
    m_clients.byAccount.clear();
}

void InsightsTest::cleanup()
{
    m_x.reset();
    m_facebook.reset();
    m_network.reset();
    m_sandbox.reset();
    m_ws.reset();
    m_dir.reset();
}

qint64 InsightsTest::addAccount(domain::Platform platform, const QString &remote)
{
    domain::Account a;
    a.platform = platform;
    a.handle = domain::platformId(platform);
    a.displayName = a.handle;
    a.language = QStringLiteral("en");
    a.timeZone = QStringLiteral("Europe/London");
    a.remoteId = remote;
    return *m_ws->accounts().add(a);
}

qint64 InsightsTest::publishedVariant(qint64 accountId, const QString &remoteId)
{
    domain::Post post;
    post.title = QStringLiteral("Post ") + remoteId;
    domain::Variant v;
    v.accountId = accountId;
    v.language = QStringLiteral("en");
    v.text = QStringLiteral("Text of ") + remoteId;
    post.variants = {v};
    auto &posts = m_ws->posts();
    const auto id = posts.create(post, QStringLiteral("press"));
    if (!id)
        return 0;
    const qint64 variant = posts.find(*id)->variants.first().id;
    posts.transition(variant, domain::VariantState::InReview, QStringLiteral("press"));
    posts.transition(variant, domain::VariantState::Approved, QStringLiteral("press"));
    posts.schedule(variant, QDateTime::currentDateTimeUtc(), QStringLiteral("press"));
    posts.transition(variant, domain::VariantState::Publishing, QStringLiteral("publisher"));
    return posts.recordPublished(variant, remoteId, QStringLiteral("publisher")) ? variant : 0;
}

qint64 InsightsTest::share(const domain::AudienceSnapshot &s, D d, const QString &key)
{
    for (const auto &share : s.shares) {
        if (share.dimension == d && share.key == key)
            return share.count;
    }
    return 0;
}

void InsightsTest::facebookPage_countriesAndCities_fromInsights()
{
    const qint64 fb = addAccount(domain::Platform::Facebook, m_sandbox->state().fbPageId);
    m_clients.byAccount.insert(fb, m_facebook.get());
    audience::AudienceSync sync(m_ws->database(), m_clients, audience::Gazetteer::loadDefault());
    QSignalSpy finished(&sync, &audience::AudienceSync::finished);
    QSignalSpy failed(&sync, &audience::AudienceSync::accountFailed);
    sync.syncAll();
    QVERIFY(finished.wait(20000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(finished.first().first().toInt(), 1);

    const auto s = m_ws->audience().latest(fb);
    QVERIFY(s && s->id > 0);
    // The sandbox's breakdown, counted by hand: 4600 + 1100 + 900 + 700 + 500 + 400 + 300 + 300 + 200 + 200 +
    // 400 + 300 = 9900 followers placed; 46% in the UK, half of them (2300) in London.
    QCOMPARE(s->sampleSize, 9900);
    QCOMPARE(s->followers, m_sandbox->state().fbPageFollowers); // the page's own total, larger
    QCOMPARE(share(*s, D::Country, QStringLiteral("GB")), 4600);
    QCOMPARE(share(*s, D::Country, QStringLiteral("US")), 1100);
    QCOMPARE(share(*s, D::City, QStringLiteral("GB/London")), 2300);
    QCOMPARE(share(*s, D::City, QStringLiteral("GB/Manchester")), 300);
    QCOMPARE(share(*s, D::City, QStringLiteral("RU/Moscow")), 400);
    QCOMPARE(share(*s, D::City, QStringLiteral("US/New York City")), 300);
    // Facebook never says who the followers are: the dashboard must say so rather than show empty charts.
    QVERIFY(s->unavailable.contains(D::Interest));
    QVERIFY(s->unavailable.contains(D::VerifiedKind));
    QVERIFY(!s->unavailable.contains(D::Country));
    QVERIFY(!s->unavailable.contains(D::City));
}

void InsightsTest::facebookPage_retiredCityMetric_isMarkedUnavailable()
{
    const qint64 fb = addAccount(domain::Platform::Facebook, m_sandbox->state().fbPageId);
    m_clients.byAccount.insert(fb, m_facebook.get());
    m_sandbox->state().retiredMetrics.insert(QStringLiteral("page_follows_city"));
    audience::AudienceSync sync(m_ws->database(), m_clients, audience::Gazetteer::loadDefault());
    QSignalSpy finished(&sync, &audience::AudienceSync::finished);
    sync.syncAll();
    QVERIFY(finished.wait(20000));
    const auto s = m_ws->audience().latest(fb);
    QVERIFY(s && s->id > 0);
    QCOMPARE(share(*s, D::Country, QStringLiteral("GB")), 4600);
    QVERIFY(s->unavailable.contains(D::City));
    for (const auto &share : s->shares)
        QVERIFY(share.dimension != D::City);
}

void InsightsTest::postMetrics_xAndFacebook_storedAsThePlatformsSay()
{
    auto &state = m_sandbox->state();
    const qint64 x = addAccount(domain::Platform::X, state.xMe.id);
    const qint64 fb = addAccount(domain::Platform::Facebook, state.fbPageId);
    m_clients.byAccount.insert(x, m_x.get());
    m_clients.byAccount.insert(fb, m_facebook.get());
    // Posts out three days ago (past the two days a post takes to gather its audience), and one deleted since.
    const QDateTime then = QDateTime::currentDateTimeUtc().addDays(-3);
    const Post xPost = Post::make(QStringLiteral("x"), QStringLiteral("1860000000000000101"), state.xMe.id,
                                  QStringLiteral("Launch"), then);
    const Post fbPost = Post::make(QStringLiteral("facebook"), state.fbPageId + QStringLiteral("_777"),
                                   state.fbPageId, QStringLiteral("Launch"), then);
    state.posts << xPost << fbPost;
    QVERIFY(publishedVariant(x, xPost.id) > 0);
    QVERIFY(publishedVariant(x, QStringLiteral("1860000000000000999")) > 0); // gone from X
    const qint64 fbVariant = publishedVariant(fb, fbPost.id);
    QVERIFY(fbVariant > 0);
    state.retiredMetrics.insert(QStringLiteral("post_impressions")); // retired: stays -1, reach still comes

    audience::PostMetricsSync sync(m_ws->database(), m_clients);
    QSignalSpy finished(&sync, &audience::PostMetricsSync::finished);
    QSignalSpy failed(&sync, &audience::PostMetricsSync::accountFailed);
    sync.syncAll();
    QVERIFY(finished.wait(20000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(finished.first().first().toInt(), 2);

    using platforms::sandbox::postMetric;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::PostMetricsRepository metrics(m_ws->database());
    const auto xm = metrics.forAccount(x);
    QVERIFY(xm);
    QCOMPARE(xm->size(), 1);
    QCOMPARE(xm->first().remoteId, xPost.id);
    QCOMPARE(xm->first().impressions, postMetric(xPost, QStringLiteral("impressions"), now));
    QCOMPARE(xm->first().reactions, postMetric(xPost, QStringLiteral("likes"), now));
    QCOMPARE(xm->first().comments, postMetric(xPost, QStringLiteral("comments"), now));
    QCOMPARE(xm->first().shares, postMetric(xPost, QStringLiteral("shares"), now));
    QCOMPARE(xm->first().quotes, postMetric(xPost, QStringLiteral("quotes"), now));
    QCOMPARE(xm->first().reach, -1);
    QCOMPARE(xm->first().title, QStringLiteral("Post ") + xPost.id);
    QVERIFY(qAbs(xm->first().publishedAt.secsTo(then)) <= 1); // X's created_at

    const auto fm = metrics.forAccount(fb);
    QVERIFY(fm);
    QCOMPARE(fm->size(), 1);
    QCOMPARE(fm->first().variantId, fbVariant);
    QCOMPARE(fm->first().reach, postMetric(fbPost, QStringLiteral("reach"), now));
    QCOMPARE(fm->first().impressions, -1);
    QCOMPARE(fm->first().reactions, postMetric(fbPost, QStringLiteral("likes"), now));
    QCOMPARE(fm->first().comments, postMetric(fbPost, QStringLiteral("comments"), now));
    QCOMPARE(fm->first().shares, postMetric(fbPost, QStringLiteral("shares"), now));

    // Asked again later: refreshed in place, not doubled.
    sync.syncAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(metrics.forAccount(x)->size(), 1);
}

QTEST_GUILESS_MAIN(InsightsTest)
#include "tst_insights.moc"
