#include "inbox/stormcheck.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

// The storm alert: criticism in the last hour against the day before, with a floor so a quiet night stays
// quiet.
class StormCheckTest : public QObject
{
    Q_OBJECT
private slots:
    void evaluate_data();
    void evaluate();
    void read_countsOnlyCriticismInEachWindow();
};

void StormCheckTest::evaluate_data()
{
    QTest::addColumn<qint64>("lastHour");
    QTest::addColumn<qint64>("previousDay");
    QTest::addColumn<bool>("storm");
    QTest::newRow("tripled within an hour") << qint64(36) << qint64(24 * 10) << true;
    QTest::newRow("busy but steady") << qint64(25) << qint64(24 * 10) << false;
    QTest::newRow("exactly three times") << qint64(30) << qint64(24 * 10) << true;
    QTest::newRow("a few after silence") << qint64(4) << qint64(0) << false;
    QTest::newRow("a burst after silence") << qint64(12) << qint64(0) << true;
}

void StormCheckTest::evaluate()
{
    QFETCH(qint64, lastHour);
    QFETCH(qint64, previousDay);
    QFETCH(bool, storm);
    const auto c = inbox::StormCheck::evaluate(lastHour, previousDay, 3.0);
    QCOMPARE(c.storm, storm);
    QCOMPARE(c.baselinePerHour, double(previousDay) / 24.0);
    QVERIFY(c.message().contains(QString::number(lastHour)));
}

void StormCheckTest::read_countsOnlyCriticismInEachWindow()
{
    QTemporaryDir dir;
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(dir.filePath(QStringLiteral("w.attache")), {}, &error);
    QVERIFY(ws);
    domain::Account a;
    a.handle = QStringLiteral("@embassy");
    a.displayName = a.handle;
    a.language = QStringLiteral("en");
    a.timeZone = QStringLiteral("Europe/London");
    const qint64 account = *ws->accounts().add(a);
    const QDateTime now(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
    QList<domain::Mention> batch;
    int n = 0;
    auto add = [&](domain::Stance stance, qint64 secondsAgo) {
        domain::Mention m;
        m.accountId = account;
        m.remoteId = QString::number(++n);
        m.authorHandle = QStringLiteral("@someone");
        m.text = QStringLiteral("text");
        m.stance = stance;
        m.createdAt = now.addSecs(-secondsAgo);
        batch << m;
    };
    for (int i = 0; i < 24; ++i)
        add(domain::Stance::Criticism, 2 * 3600 + i * 3000); // the day before: about one an hour
    for (int i = 0; i < 15; ++i)
        add(domain::Stance::Criticism, 60 + i * 60); // the last hour: fifteen
    for (int i = 0; i < 40; ++i)
        add(domain::Stance::Support, 120 + i * 30); // support does not count
    add(domain::Stance::Criticism, 26 * 3600);      // too old for either window
    QCOMPARE(*ws->mentions().insert(batch), int(batch.size()));
    const auto storm = inbox::StormCheck::read(ws->database(), now);
    QCOMPARE(storm.lastHour, 15);
    QCOMPARE(storm.baselinePerHour, 1.0);
    QVERIFY(storm.storm);
    QVERIFY(ws->settings().setValue(QStringLiteral("inbox.storm_multiple"), QStringLiteral("20")));
    QVERIFY(!inbox::StormCheck::read(ws->database(), now).storm);
}

QTEST_GUILESS_MAIN(StormCheckTest)
#include "tst_stormcheck.moc"
