#include "common/timeformat.h"
#include "compose/scheduledialog.h"

#include <QTest>
#include <QTimeZone>

// Scheduling in the workspace's time zone across daylight-saving changes (the last Sundays of March and
// October in London), with Moscow time beside it: a post set for 10:00 London goes out at 10:00 London,
// whatever the season.
class ScheduleTest : public QObject
{
    Q_OBJECT
private slots:
    void tenOClockLondon_isTheRightUtcAllYear_data();
    void tenOClockLondon_isTheRightUtcAllYear();
    void springForwardGap_isExplained_andMovedForward();
    void autumnBackOverlap_isExplained_andTakesTheFirst();
    void moscowTime_isShownBeside();
};

void ScheduleTest::tenOClockLondon_isTheRightUtcAllYear_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("utcHour");
    QTest::newRow("winter, Saturday before the March change") << QDate(2026, 3, 28) << 10;
    QTest::newRow("the March change itself (last Sunday)") << QDate(2026, 3, 29) << 9;
    QTest::newRow("summer") << QDate(2026, 7, 1) << 9;
    QTest::newRow("the October change itself (last Sunday)") << QDate(2026, 10, 25) << 10;
    QTest::newRow("Saturday before the October change") << QDate(2026, 10, 24) << 9;
}

void ScheduleTest::tenOClockLondon_isTheRightUtcAllYear()
{
    QFETCH(QDate, date);
    QFETCH(int, utcHour);
    QString note;
    const QDateTime utc = ui::ScheduleDialog::resolve(date, QTime(10, 0), QTimeZone("Europe/London"), &note);
    QCOMPARE(utc.timeSpec(), Qt::UTC);
    QCOMPARE(utc.date(), date);
    QCOMPARE(utc.time(), QTime(utcHour, 0));
    QVERIFY(note.isEmpty());
}

void ScheduleTest::springForwardGap_isExplained_andMovedForward()
{
    // 01:30 does not exist in London on 29 March 2026: the clocks jump from 01:00 to 02:00.
    QString note;
    const QDateTime utc =
        ui::ScheduleDialog::resolve(QDate(2026, 3, 29), QTime(1, 30), QTimeZone("Europe/London"), &note);
    QVERIFY2(!note.isEmpty(), "a time that does not exist must be explained");
    QVERIFY(note.contains(QStringLiteral("01:30")));
    // Whatever moment is chosen, it is after the gap and stated in the note.
    QVERIFY(utc >= QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
    QVERIFY(
        note.contains(utc.toTimeZone(QTimeZone("Europe/London")).time().toString(QStringLiteral("HH:mm"))));
}

void ScheduleTest::autumnBackOverlap_isExplained_andTakesTheFirst()
{
    // 01:30 happens twice in London on 25 October 2026 (BST, then GMT): the first is taken and said.
    QString note;
    const QDateTime utc =
        ui::ScheduleDialog::resolve(QDate(2026, 10, 25), QTime(1, 30), QTimeZone("Europe/London"), &note);
    QVERIFY2(!note.isEmpty(), "an ambiguous time must be explained");
    QCOMPARE(utc, QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC));
}

void ScheduleTest::moscowTime_isShownBeside()
{
    const ui::TimeFormat format(QTimeZone("Europe/London"));
    const QDateTime winter(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC); // 10:00 GMT = 13:00 Moscow
    const QDateTime summer(QDate(2026, 7, 15), QTime(9, 0),
                           Qt::UTC); // 10:00 BST = 12:00 Moscow (no DST there)
    QVERIFY(format.moscow(winter).contains(QStringLiteral("13:00")));
    QVERIFY(format.moscow(summer).contains(QStringLiteral("12:00")));
    QVERIFY(format.local(summer).contains(QStringLiteral("10:00")));
    QVERIFY(format.both(winter).contains(QStringLiteral("10:00")));
    QVERIFY(format.both(winter).contains(QStringLiteral("13:00")));
}

QTEST_MAIN(ScheduleTest)
#include "tst_schedule.moc"
