// Audience storage beyond the basic snapshots, over a real database on both engines: per-post metrics
// (schema v7) refreshed in place, published posts for the growth chart, snapshots as of a date and the
// breakdowns a platform no longer serves.
#include "store/audiencerepository.h"
#include "store/database.h"
#include "store/postmetricsrepository.h"
#include "store/postrepository.h"
#include "support/storefixture.h"

#include <QStandardPaths>
#include <QTest>

using domain::VariantState;
using testsupport::Engine;
using D = domain::AudienceDimension;

namespace {
template <typename R>
QString why(const R &r)
{
    return r ? QString() : r.error().message + QLatin1Char(' ') + r.error().detail;
}
} // namespace

class AudienceRepositoriesTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void initTestCase_data();
    void init();
    void cleanup();

    void postMetrics_savedThenRefreshed_inRange_withTitle();
    void published_listsOnlyPublishedVariantsOfTheAccount();
    void latest_asOf_andUnavailableDimensions();

private:
    qint64 addAccount(domain::Platform platform, const QString &handle);

    std::unique_ptr<testsupport::FreshDatabase> m_fixture;
    store::Database *m_db = nullptr;
};

void AudienceRepositoriesTest::initTestCase_data()
{
    testsupport::addEngineRows();
}

void AudienceRepositoriesTest::init()
{
    testsupport::openFreshDatabase(m_fixture, m_db);
}

void AudienceRepositoriesTest::cleanup()
{
    testsupport::closeFreshDatabase(m_fixture, m_db);
}

qint64 AudienceRepositoriesTest::addAccount(domain::Platform platform, const QString &handle)
{
    return testsupport::addAccount(*m_db, platform, handle);
}

void AudienceRepositoriesTest::postMetrics_savedThenRefreshed_inRange_withTitle()
{
    const qint64 x = addAccount(domain::Platform::X, QStringLiteral("@en"));
    const qint64 fb = addAccount(domain::Platform::Facebook, QStringLiteral("page"));
    store::PostMetricsRepository metrics(*m_db);
    const QDateTime t0(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    store::PostMetric a{x, QStringLiteral("1001"), 0, t0, t0.addDays(1), 5000, -1, 120, 14, 30, 3, {}};
    store::PostMetric b{x, QStringLiteral("1002"), 0, t0.addDays(3), t0.addDays(4), 800, -1, 10, 1, 2, 0, {}};
    store::PostMetric c{fb, QStringLiteral("9_1"), 0, t0.addDays(1), t0.addDays(2), 4000, 2500, 90, 12, 7, -1, {}};
    auto saved = metrics.save({a, b, c});
    QVERIFY2(saved, qPrintable(why(saved)));
    // A later fetch of the same post replaces its figures, it does not add a row.
    a.impressions = 6100;
    a.reactions = 150;
    a.fetchedAt = t0.addDays(2);
    saved = metrics.save({a});
    QVERIFY2(saved, qPrintable(why(saved)));

    const auto all = metrics.forAccount(x);
    QVERIFY2(all, qPrintable(why(all)));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).remoteId, QStringLiteral("1001"));
    QCOMPARE(all->at(0).impressions, 6100);
    QCOMPARE(all->at(0).reach, -1);
    QCOMPARE(all->at(0).engagement(), 150 + 14 + 30 + 3);
    QCOMPARE(all->at(0).fetchedAt, t0.addDays(2));
    QCOMPARE(all->at(1).publishedAt, t0.addDays(3));

    const auto range = metrics.forAccount(x, t0.addDays(2), t0.addDays(10));
    QVERIFY(range);
    QCOMPARE(range->size(), 1);
    QCOMPARE(range->first().remoteId, QStringLiteral("1002"));
    const auto facebook = metrics.forAccount(fb);
    QCOMPARE(facebook->size(), 1);
    QCOMPARE(facebook->first().reach, 2500);
    QCOMPARE(facebook->first().engagement(), 90 + 12 + 7);
}

void AudienceRepositoriesTest::published_listsOnlyPublishedVariantsOfTheAccount()
{
    const qint64 x = addAccount(domain::Platform::X, QStringLiteral("@en"));
    const qint64 fb = addAccount(domain::Platform::Facebook, QStringLiteral("page"));
    store::PostRepository posts(*m_db);
    domain::Post post;
    post.title = QStringLiteral("Year of Language and Literature");
    domain::Variant vx;
    vx.accountId = x;
    vx.language = QStringLiteral("en");
    vx.text = QStringLiteral("Launch today");
    domain::Variant vf = vx;
    vf.accountId = fb;
    post.variants = {vx, vf};
    const auto postId = posts.create(post, QStringLiteral("press"));
    QVERIFY2(postId, qPrintable(why(postId)));
    const auto created = posts.find(*postId);
    QVERIFY(created);
    const qint64 variantX = created->variants.at(0).accountId == x ? created->variants.at(0).id
                                                                   : created->variants.at(1).id;
    for (const auto to : {VariantState::InReview, VariantState::Approved}) {
        const auto moved = posts.transition(variantX, to, QStringLiteral("press"));
        QVERIFY2(moved, qPrintable(why(moved)));
    }
    const auto scheduled = posts.schedule(variantX, QDateTime::currentDateTimeUtc(), QStringLiteral("press"));
    QVERIFY2(scheduled, qPrintable(why(scheduled)));
    const auto claimed = posts.transition(variantX, VariantState::Publishing, QStringLiteral("publisher"));
    QVERIFY2(claimed, qPrintable(why(claimed)));
    const auto done = posts.recordPublished(variantX, QStringLiteral("1860000000000000001"), QStringLiteral("press"));
    QVERIFY2(done, qPrintable(why(done)));

    store::PostMetricsRepository metrics(*m_db);
    const auto published = metrics.published(x);
    QVERIFY2(published, qPrintable(why(published)));
    QCOMPARE(published->size(), 1);
    QCOMPARE(published->first().remoteId, QStringLiteral("1860000000000000001"));
    QCOMPARE(published->first().title, post.title);
    QCOMPARE(published->first().variantId, variantX);
    QVERIFY(published->first().publishedAt.isValid());
    QVERIFY(metrics.published(fb)->isEmpty()); // still a draft
    QVERIFY(metrics.published(x, QDateTime::currentDateTimeUtc().addDays(1))->isEmpty());

    // Metrics of a variant carry the post's title.
    QVERIFY(metrics.save({{x, QStringLiteral("1860000000000000001"), variantX, published->first().publishedAt,
                           QDateTime::currentDateTimeUtc(), 10, -1, 1, 0, 0, 0, {}}}));
    QCOMPARE(metrics.forAccount(x)->first().title, post.title);
}

void AudienceRepositoriesTest::latest_asOf_andUnavailableDimensions()
{
    const qint64 fb = addAccount(domain::Platform::Facebook, QStringLiteral("page"));
    store::AudienceRepository audience(*m_db);
    const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    domain::AudienceSnapshot first{0, fb, t0, 100, 0, 100, {{D::Country, QStringLiteral("GB"), 46}}, {}};
    domain::AudienceSnapshot second{0, fb, t0.addDays(30), 120, 0, 120, {{D::Country, QStringLiteral("GB"), 60}},
                                    {D::City}};
    QVERIFY(audience.add(first));
    QVERIFY(audience.add(second));
    const auto now = audience.latest(fb);
    QVERIFY(now);
    QCOMPARE(now->followers, 120);
    QCOMPARE(now->unavailable, (QList<D>{D::City}));
    const auto then = audience.latest(fb, t0.addDays(10));
    QVERIFY(then);
    QCOMPARE(then->followers, 100);
    QVERIFY(then->unavailable.isEmpty());
    QCOMPARE(audience.latest(fb, t0.addDays(-1))->id, 0);
}

QTEST_GUILESS_MAIN(AudienceRepositoriesTest)
#include "tst_audiencerepositories.moc"
