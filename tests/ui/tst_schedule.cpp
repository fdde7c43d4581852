#include "common/timeformat.h"
#include "compose/platformschedule.h"
#include "compose/scheduledialog.h"

#include <QCheckBox>
#include <QLabel>

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
    void scheduleOnFacebook_onlyWithinThePlatformsWindow();
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

void ScheduleTest::scheduleOnFacebook_onlyWithinThePlatformsWindow()
{
    const QTimeZone london("Europe/London");
    const auto window = compose::platformScheduleWindow(domain::Platform::Facebook);
    QVERIFY(window);
    QVERIFY(!compose::platformScheduleWindow(domain::Platform::X));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ui::ScheduleDialog dialog(london, now.addDays(2), nullptr);
    QCheckBox *option = dialog.platformOption();
    QVERIFY(option->isHidden()); // only offered for a platform that schedules itself
    dialog.offerPlatformScheduling(QStringLiteral("Facebook"), window->minLeadSecs, window->maxLeadSecs);
    dialog.show();
    QVERIFY(option->isVisible());
    QCOMPARE(option->text(), QStringLiteral("Schedule on Facebook"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("platformNote"));
    // Two days ahead: within the window.
    QVERIFY(option->isEnabled());
    QVERIFY(!note->isVisible());
    option->setChecked(true);
    QVERIFY(dialog.onPlatform());
    // Forty days ahead: too far, disabled with the reason, and not taken even though it was ticked.
    const QDateTime far = now.addDays(40).toTimeZone(london);
    dialog.setChosen(far.date(), QTime(10, 0));
    QVERIFY(!option->isEnabled());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("30 days")), qPrintable(note->text()));
    QVERIFY(!dialog.onPlatform());
    // Five minutes ahead: too close.
    const QDateTime soon = now.addSecs(5 * 60).toTimeZone(london);
    dialog.setChosen(soon.date(), soon.time());
    QVERIFY(!option->isEnabled());
    QVERIFY2(note->text().contains(QStringLiteral("too close")), qPrintable(note->text()));
    // The refusal itself, at the edges.
    QVERIFY(ui::ScheduleDialog::platformRefusal(QStringLiteral("Facebook"), now, now.addSecs(11 * 60),
                                                window->minLeadSecs, window->maxLeadSecs)
                .isEmpty());
    QVERIFY(!ui::ScheduleDialog::platformRefusal(QStringLiteral("Facebook"), now, now.addSecs(9 * 60),
                                                 window->minLeadSecs, window->maxLeadSecs)
                 .isEmpty());
    QVERIFY(ui::ScheduleDialog::platformRefusal(QStringLiteral("Facebook"), now, now.addDays(30),
                                                window->minLeadSecs, window->maxLeadSecs)
                .isEmpty());
}

QTEST_MAIN(ScheduleTest)
#include "tst_schedule.moc"
