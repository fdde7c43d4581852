#include "support/testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// attachectl count, run as a program: one JSON object per input line, bad --json lines reported and exit 4.
class CountCommandTest : public QObject
{
    Q_OBJECT
private slots:
    void plainLines_oneObjectPerLine();
    void jsonLines_mayHoldNewlines();
    void badJsonLine_reportedWithNumber_restProcessed();
    void weiboAndFacebook();
    void missingPlatform_isUsageError();

private:
    static QList<QByteArray> lines(const QByteArray &out) { return out.trimmed().split('\n'); }
    static QJsonObject object(const QByteArray &line) { return QJsonDocument::fromJson(line).object(); }
};

void CountCommandTest::plainLines_oneObjectPerLine()
{
    const auto r =
        testsupport::run(testsupport::binPath(QStringLiteral("attachectl")),
                         {QStringLiteral("count"), QStringLiteral("--platform"), QStringLiteral("x")},
                         "Hi http://test.co\n\xF0\x9F\x98\xB7\xF0\x9F\x91\xBE\n");
    QCOMPARE(r.exitCode, 0);
    const auto out = lines(r.out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0], QByteArray(R"({"weightedLength":26,"valid":true,"permillage":92,"validRangeEnd":16,)"
                                R"("displayRangeEnd":16})"));
    QCOMPARE(object(out[1]).value(QLatin1String("weightedLength")).toInt(), 4);
}

void CountCommandTest::jsonLines_mayHoldNewlines()
{
    const auto r = testsupport::run(testsupport::binPath(QStringLiteral("attachectl")),
                                    {QStringLiteral("count"), QStringLiteral("--platform"),
                                     QStringLiteral("x"), QStringLiteral("--json")},
                                    "\"line one\\nline two\"\n\"\\u65e5\"\n");
    QCOMPARE(r.exitCode, 0);
    const auto out = lines(r.out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(object(out[0]).value(QLatin1String("weightedLength")).toInt(), 17);
    QCOMPARE(object(out[1]).value(QLatin1String("weightedLength")).toInt(), 2);
}

void CountCommandTest::badJsonLine_reportedWithNumber_restProcessed()
{
    const auto r = testsupport::run(testsupport::binPath(QStringLiteral("attachectl")),
                                    {QStringLiteral("count"), QStringLiteral("--platform"),
                                     QStringLiteral("x"), QStringLiteral("--json")},
                                    "\"ok\"\nnot json\n\"also ok\"\n");
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("line 2"), r.err.constData());
    const auto out = lines(r.out);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[1], QByteArray("null"));
    QCOMPARE(object(out[2]).value(QLatin1String("weightedLength")).toInt(), 7);
}

void CountCommandTest::weiboAndFacebook()
{
    const QString bin = testsupport::binPath(QStringLiteral("attachectl"));
    const auto weibo = testsupport::run(
        bin, {QStringLiteral("count"), QStringLiteral("--platform"), QStringLiteral("weibo")}, "abc\n");
    QCOMPARE(weibo.exitCode, 0);
    QCOMPARE(object(lines(weibo.out)[0]).value(QLatin1String("weightedLength")).toInt(), 2);
    const auto facebook = testsupport::run(
        bin, {QStringLiteral("count"), QStringLiteral("--platform"), QStringLiteral("facebook")}, "abc\n");
    QCOMPARE(facebook.exitCode, 0);
    QCOMPARE(object(lines(facebook.out)[0]).value(QLatin1String("weightedLength")).toInt(), 3);
}

void CountCommandTest::missingPlatform_isUsageError()
{
    const QString bin = testsupport::binPath(QStringLiteral("attachectl"));
    QCOMPARE(testsupport::run(bin, {QStringLiteral("count")}).exitCode, 2);
    QCOMPARE(
        testsupport::run(bin, {QStringLiteral("count"), QStringLiteral("--platform"), QStringLiteral("vk")})
            .exitCode,
        2);
}

QTEST_GUILESS_MAIN(CountCommandTest)
#include "tst_countcommand.moc"
