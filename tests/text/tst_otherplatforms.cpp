#include "text/facebookcounter.h"
#include "text/platformcounter.h"
#include "text/weibocounter.h"

#include <QTest>

using text::CountResult;
using text::FacebookCounter;
using text::WeiboCounter;

// Weibo's and Facebook's length rules (both UNVERIFIED against the live services, see docs/PLATFORMS.md).
class OtherPlatformsTest : public QObject
{
    Q_OBJECT
private slots:
    void weibo_data();
    void weibo();
    void weibo_validRangeEndsAtLimit();
    void facebook_data();
    void facebook();
    void facebook_limit();
    void countFor_dispatchesById();
};

void OtherPlatformsTest::weibo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << 0 << false;
    QTest::newRow("two latin count as one") << QStringLiteral("ab") << 1 << true;
    QTest::newRow("odd latin rounds up") << QStringLiteral("abc") << 2 << true;
    QTest::newRow("chinese count one each") << QStringLiteral("中文") << 2 << true;
    QTest::newRow("mixed") << QStringLiteral("a中") << 2 << true;
    QTest::newRow("astral emoji is one character") << QStringLiteral("\U0001F637") << 1 << true;
    QTest::newRow("url counts 10") << QStringLiteral("http://example.com/a/long/path") << 10 << true;
    QTest::newRow("url in text") << QStringLiteral("看 http://example.com") << 12 << true;
    QTest::newRow("140 chinese") << QString(140, QChar(0x4E2D)) << 140 << true;
    QTest::newRow("141 chinese") << QString(141, QChar(0x4E2D)) << 141 << false;
    QTest::newRow("280 latin") << QString(280, QLatin1Char('x')) << 140 << true;
    QTest::newRow("281 latin") << QString(281, QLatin1Char('x')) << 141 << false;
}

void OtherPlatformsTest::weibo()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(bool, valid);
    const CountResult r = WeiboCounter::count(text);
    QCOMPARE(r.weightedLength, length);
    QCOMPARE(r.valid, valid);
    QCOMPARE(r.permillage, length * 1000 / 140);
    QCOMPARE(r.displayRangeEnd, text.isEmpty() ? 0 : int(text.size() - 1));
}

void OtherPlatformsTest::weibo_validRangeEndsAtLimit()
{
    QCOMPARE(WeiboCounter::count(QString(300, QLatin1Char('x'))).validRangeEnd,
             279); // 281 halves round up to 141
    QCOMPARE(WeiboCounter::count(QString(150, QChar(0x4E2D))).validRangeEnd, 139);
}

void OtherPlatformsTest::facebook_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("validRangeEnd");
    QTest::newRow("plain") << QStringLiteral("Hello") << 5 << 4;
    QTest::newRow("combining sequence composes") << QStringLiteral("e\u0301") << 1 << 1;
    QTest::newRow("astral is one code point") << QStringLiteral("\U0001F637!") << 2 << 2;
    QTest::newRow("cyrillic") << QStringLiteral("Привет") << 6 << 5;
}

void OtherPlatformsTest::facebook()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(int, validRangeEnd);
    const CountResult r = FacebookCounter::count(text);
    QCOMPARE(r.weightedLength, length);
    QVERIFY(r.valid);
    QCOMPARE(r.validRangeEnd, validRangeEnd);
}

void OtherPlatformsTest::facebook_limit()
{
    QVERIFY(FacebookCounter::count(QString(63206, QLatin1Char('x'))).valid);
    const CountResult over = FacebookCounter::count(QString(63207, QLatin1Char('x')));
    QVERIFY(!over.valid);
    QCOMPARE(over.validRangeEnd, 63205);
    QVERIFY(!FacebookCounter::count(QString()).valid);
}

void OtherPlatformsTest::countFor_dispatchesById()
{
    const QString text = QStringLiteral("中文 ab");
    QCOMPARE(text::countFor(*text::countRulesFromId(u"x"), text).weightedLength, 7);
    QCOMPARE(text::countFor(*text::countRulesFromId(u"weibo"), text).weightedLength, 4);
    QCOMPARE(text::countFor(*text::countRulesFromId(u"facebook"), text).weightedLength, 5);
    QVERIFY(!text::countRulesFromId(u"vk"));
}

QTEST_GUILESS_MAIN(OtherPlatformsTest)
#include "tst_otherplatforms.moc"
