#include "audience/aggregator.h"

#include <QTest>

using audience::AudienceAggregator;
using audience::FollowerRecord;

// Follower records become aggregate shares: checked against figures counted by hand.
class AggregatorTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void snapshot_matchesHandCountedShares();
    void noFollowers_emptySnapshot();
    void verifiedWithoutBio_countsAsOther();

private:
    static QStringList describe(const domain::AudienceSnapshot &s);
    std::shared_ptr<const audience::Gazetteer> m_gazetteer;
    audience::BioClassifier m_classifier;
};

void AggregatorTest::initTestCase()
{
    m_gazetteer = audience::Gazetteer::loadDefault();
    QVERIFY(m_gazetteer);
}

QStringList AggregatorTest::describe(const domain::AudienceSnapshot &s)
{
    QStringList out;
    for (const auto &share : s.shares)
        out << domain::dimensionId(share.dimension) + QLatin1Char(':') + share.key + QLatin1Char('=') +
                   QString::number(share.count);
    return out;
}

void AggregatorTest::snapshot_matchesHandCountedShares()
{
    const QList<FollowerRecord> followers = {
        {QStringLiteral("London, UK"), QStringLiteral("Journalist at the BBC"), true},
        {QStringLiteral("London"), QStringLiteral("MP for Holborn"), true},
        {QStringLiteral("Edinburgh"), QStringLiteral("Travel and culture"), false},
        {QStringLiteral("Москва"), QStringLiteral("Журналист, люблю футбол"), false},
        {QStringLiteral("Москва, Россия"), QStringLiteral("Посол"), true},
        {QStringLiteral("Россия"), QString(), false},
        {QStringLiteral("北京"), QString(), false},
        {QStringLiteral("Springfield"), QStringLiteral("CEO"), true},
        {QStringLiteral("Worldwide"), QString(), false},
        {QString(), QStringLiteral("Cats"), true},
        {QStringLiteral("\U0001F1EC\U0001F1E7"), QStringLiteral("PhD student"), false},
    };
    audience::LocationResolver resolver(m_gazetteer);
    const auto s = audience::aggregate(followers, resolver, m_classifier);

    QCOMPARE(s.sampleSize, 11);
    QCOMPARE(s.followers, 11);
    QCOMPARE(s.verifiedFollowers, 5);
    // By hand: GB = London ×2, Edinburgh, 🇬🇧; RU = Москва ×2, Россия; CN = 北京; unknown = Springfield
    // (ambiguous), Worldwide, empty. Ties are ordered by key.
    const QStringList expected = {
        QStringLiteral("country:GB=4"),
        QStringLiteral("country:RU=3"),
        QStringLiteral("country:unknown=3"),
        QStringLiteral("country:CN=1"),
        QStringLiteral("city:GB/London=2"),
        QStringLiteral("city:RU/Moscow=2"),
        QStringLiteral("city:CN/Beijing=1"),
        QStringLiteral("city:GB/Edinburgh=1"),
        QStringLiteral("interest:news=2"),
        QStringLiteral("interest:politics=2"),
        QStringLiteral("interest:business=1"),
        QStringLiteral("interest:culture=1"),
        QStringLiteral("interest:education=1"),
        QStringLiteral("interest:science=1"),
        QStringLiteral("interest:sport=1"),
        QStringLiteral("interest:travel=1"),
        QStringLiteral("verified_kind:business=1"),
        QStringLiteral("verified_kind:diplomat=1"),
        QStringLiteral("verified_kind:journalist=1"),
        QStringLiteral("verified_kind:mp=1"),
        QStringLiteral("verified_kind:other=1"),
    };
    QCOMPARE(describe(s), expected);
    // Country shares add up to the sample; nothing per person is in the snapshot.
    qint64 countries = 0;
    for (const auto &share : s.shares)
        countries += share.dimension == domain::AudienceDimension::Country ? share.count : 0;
    QCOMPARE(countries, s.sampleSize);
}

void AggregatorTest::noFollowers_emptySnapshot()
{
    audience::LocationResolver resolver(m_gazetteer);
    AudienceAggregator aggregator(resolver, m_classifier);
    const auto s = aggregator.snapshot();
    QCOMPARE(s.sampleSize, 0);
    QVERIFY(s.shares.isEmpty());
}

void AggregatorTest::verifiedWithoutBio_countsAsOther()
{
    audience::LocationResolver resolver(m_gazetteer);
    AudienceAggregator aggregator(resolver, m_classifier);
    aggregator.add({QStringLiteral("Paris"), QString(), true});
    aggregator.add({QStringLiteral("Paris"), QString(), false});
    QCOMPARE(describe(aggregator.snapshot()),
             (QStringList{QStringLiteral("country:FR=2"), QStringLiteral("city:FR/Paris=2"),
                          QStringLiteral("verified_kind:other=1")}));
}

QTEST_GUILESS_MAIN(AggregatorTest)
#include "tst_aggregator.moc"
