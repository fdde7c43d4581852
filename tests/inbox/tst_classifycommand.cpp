#include "support/testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// attachectl classify, run as a program: one JSON object per input line with lang, stance, score and cues.
class ClassifyCommandTest : public QObject
{
    Q_OBJECT
private slots:
    void plainLines_oneObjectPerLine();
    void jsonLines_andBadLine();
    void unexpectedArgument_isUsageError();

private:
    static QList<QByteArray> lines(const QByteArray &out) { return out.trimmed().split('\n'); }
    static QJsonObject object(const QByteArray &line) { return QJsonDocument::fromJson(line).object(); }
};

void ClassifyCommandTest::plainLines_oneObjectPerLine()
{
    const auto r =
        testsupport::run(testsupport::binPath(QStringLiteral("attachectl")), {QStringLiteral("classify")},
                         QStringLiteral("Это не ответ, а позор.\nThank you so much!\n"
                                        "请问活动在哪里？\nNicht schlecht, danke\n")
                             .toUtf8());
    QCOMPARE(r.exitCode, 0);
    const auto out = lines(r.out);
    QCOMPARE(out.size(), 4);
    const QJsonObject ru = object(out[0]);
    QCOMPARE(ru.value(QLatin1String("lang")).toString(), QStringLiteral("ru"));
    QCOMPARE(ru.value(QLatin1String("stance")).toString(), QStringLiteral("criticism"));
    QVERIFY(ru.value(QLatin1String("score")).toDouble() < -0.5);
    QVERIFY(ru.value(QLatin1String("cues")).toArray().contains(QStringLiteral("позор")));
    // Fixed key order, compact.
    QVERIFY(out[0].startsWith(R"({"lang":"ru","stance":"criticism","score":-)"));
    QCOMPARE(object(out[1]).value(QLatin1String("stance")).toString(), QStringLiteral("support"));
    QCOMPARE(object(out[1]).value(QLatin1String("lang")).toString(), QStringLiteral("en"));
    QCOMPARE(object(out[2]).value(QLatin1String("lang")).toString(), QStringLiteral("zh"));
    QCOMPARE(object(out[2]).value(QLatin1String("stance")).toString(), QStringLiteral("question"));
    QCOMPARE(object(out[3]).value(QLatin1String("lang")).toString(), QStringLiteral("other"));
}

void ClassifyCommandTest::jsonLines_andBadLine()
{
    const auto r = testsupport::run(
        testsupport::binPath(QStringLiteral("attachectl")),
        {QStringLiteral("classify"), QStringLiteral("--json")},
        "\"Yeah right, \\\"great\\\" job\\nagain\"\nnot json\n\"\\u041f\\u043e\\u0437\\u043e\\u0440\"\n");
    QCOMPARE(r.exitCode, 4);
    const auto out = lines(r.out);
    QCOMPARE(out.size(), 3);
    QCOMPARE(object(out[0]).value(QLatin1String("stance")).toString(), QStringLiteral("criticism"));
    QVERIFY(object(out[0])
                .value(QLatin1String("cues"))
                .toArray()
                .contains(QStringLiteral("sarcasm: yeah right")));
    QCOMPARE(out[1], QByteArray("null"));
    QVERIFY(r.err.contains("line 2"));
    QCOMPARE(object(out[2]).value(QLatin1String("lang")).toString(), QStringLiteral("ru"));
    QCOMPARE(object(out[2]).value(QLatin1String("stance")).toString(), QStringLiteral("criticism"));
}

void ClassifyCommandTest::unexpectedArgument_isUsageError()
{
    const auto r = testsupport::run(testsupport::binPath(QStringLiteral("attachectl")),
                                    {QStringLiteral("classify"), QStringLiteral("--nope")}, {});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("attachectl: "));
}

QTEST_GUILESS_MAIN(ClassifyCommandTest)
#include "tst_classifycommand.moc"
