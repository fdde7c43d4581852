#include "support/testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// attachectl audience resolve, run as a program: one JSON object per input line, nulls when unknown.
class ResolveCommandTest : public QObject
{
    Q_OBJECT
private slots:
    void oneObjectPerLine_inOrder();
    void exactOutput_forKnownAndUnknown();
    void unexpectedArgument_isUsageError();

private:
    static testsupport::ProcessResult resolve(const QByteArray &input, const QStringList &extra = {})
    {
        return testsupport::run(testsupport::binPath(QStringLiteral("attachectl")),
                                QStringList{QStringLiteral("audience"), QStringLiteral("resolve")} + extra,
                                input);
    }
    static QList<QByteArray> lines(const QByteArray &out) { return out.trimmed().split('\n'); }
};

void ResolveCommandTest::oneObjectPerLine_inOrder()
{
    const auto r = resolve("London, England\r\n\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0\nNYC\n"
                           "\xE5\x8C\x97\xE4\xBA\xAC\nsomewhere in the EU\n\n"
                           "Springfield\n\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7\n");
    QCOMPARE(r.exitCode, 0);
    const auto out = lines(r.out);
    QCOMPARE(out.size(), 8);
    const QStringList countries = {QStringLiteral("GB"),
                                   QStringLiteral("RU"),
                                   QStringLiteral("US"),
                                   QStringLiteral("CN"),
                                   QString(),
                                   QString(),
                                   QString(),
                                   QStringLiteral("GB")};
    const QStringList cities = {QStringLiteral("London"),
                                QStringLiteral("Moscow"),
                                QStringLiteral("New York City"),
                                QStringLiteral("Beijing"),
                                QString(),
                                QString(),
                                QString(),
                                QString()};
    for (int i = 0; i < out.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(out[i]).object();
        QCOMPARE(o.value(QLatin1String("country")).toString(), countries[i]);
        QCOMPARE(o.value(QLatin1String("city")).toString(), cities[i]);
        QCOMPARE(o.value(QLatin1String("country")).isNull(), countries[i].isEmpty());
        const double confidence = o.value(QLatin1String("confidence")).toDouble(-1);
        QVERIFY(confidence >= 0 && confidence <= 1);
        QCOMPARE(confidence == 0, countries[i].isEmpty());
    }
}

void ResolveCommandTest::exactOutput_forKnownAndUnknown()
{
    const auto r = resolve("London, England\nWorldwide\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("{\"country\":\"GB\",\"city\":\"London\",\"confidence\":0.95}\n"
                               "{\"country\":null,\"city\":null,\"confidence\":0}\n"));
}

void ResolveCommandTest::unexpectedArgument_isUsageError()
{
    const auto r = resolve("London\n", {QStringLiteral("--bogus")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--bogus"));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(ResolveCommandTest)
#include "tst_resolvecommand.moc"
