#include "audience/citynames.h"
#include "audience/tailoringhint.h"

#include <QTest>

using D = domain::AudienceDimension;

// The composer's line on who an account's audience is, from a snapshot's aggregates.
class TailoringHintTest : public QObject
{
    Q_OBJECT
private slots:
    void facebook_interviewFigures();
    void weiboSample_saysHowLarge();
    void noSnapshot_noLine();
    void cityNames_inRussianAndChinese();
};

void TailoringHintTest::facebook_interviewFigures()
{
    domain::Account fb;
    fb.platform = domain::Platform::Facebook;
    domain::AudienceSnapshot s{7, 1, QDateTime::currentDateTimeUtc(), 1000, 10, 1000,
                               {{D::Country, QStringLiteral("unknown"), 500},
                                {D::Country, QStringLiteral("GB"), 460},
                                {D::Country, QStringLiteral("US"), 40},
                                {D::City, QStringLiteral("GB/Manchester"), 30},
                                {D::City, QStringLiteral("GB/London"), 230},
                                {D::Interest, QStringLiteral("news"), 120},
                                {D::Interest, QStringLiteral("culture"), 310}},
                               {}};
    QCOMPARE(audience::TailoringHint::describe(fb, s),
             QStringLiteral("Facebook: 46% UK, half in London; most interested in culture"));
    // A city under a fifth of its country is not worth a word.
    s.shares[4].count = 60;
    QCOMPARE(audience::TailoringHint::describe(fb, s), QStringLiteral("Facebook: 46% UK; most interested in culture"));
}

void TailoringHintTest::weiboSample_saysHowLarge()
{
    domain::Account weibo;
    weibo.platform = domain::Platform::Weibo;
    const domain::AudienceSnapshot s{3, 2, QDateTime::currentDateTimeUtc(), 30000, 5, 500,
                                     {{D::Country, QStringLiteral("CN"), 450},
                                      {D::City, QStringLiteral("CN/Beijing"), 150}},
                                     {}};
    const QString line = audience::TailoringHint::describe(weibo, s);
    QVERIFY2(line.startsWith(QLatin1String("Weibo: 90% China, a third in Beijing")), qPrintable(line));
    QVERIFY(line.contains(QLatin1String("500")));
}

void TailoringHintTest::noSnapshot_noLine()
{
    domain::Account x;
    x.platform = domain::Platform::X;
    QVERIFY(audience::TailoringHint::describe(x, {}).isEmpty());
}

void TailoringHintTest::cityNames_inRussianAndChinese()
{
    QCOMPARE(audience::cityDisplayName(QStringLiteral("London"), QLocale(QLocale::Russian)), QStringLiteral("Лондон"));
    QCOMPARE(audience::cityDisplayName(QStringLiteral("Saint Petersburg"), QLocale(QLocale::Russian)),
             QStringLiteral("Санкт-Петербург"));
    QCOMPARE(audience::cityDisplayName(QStringLiteral("Beijing"), QLocale(QLocale::Chinese)), QStringLiteral("北京"));
    QCOMPARE(audience::cityDisplayName(QStringLiteral("London"), QLocale(QLocale::English)), QStringLiteral("London"));
    QCOMPARE(audience::cityDisplayName(QStringLiteral("Tiny Village"), QLocale(QLocale::Russian)),
             QStringLiteral("Tiny Village"));
}

QTEST_GUILESS_MAIN(TailoringHintTest)
#include "tst_tailoringhint.moc"
