// The calendar of scheduled variants, offscreen: the model holds what has a time to go out in the workspace's
// zone; dragging a variant in the week view to another day and hour reschedules it (audited); the rules of the
// schedule dialog hold (approved or scheduled only, not into the past, daylight-saving changes read right).
#include "common/accountlistmodel.h"
#include "compose/calendarmodel.h"
#include "compose/calendarpane.h"
#include "compose/calendarview.h"
#include "compose/composepane.h"
#include "store/variantpartrepository.h"
#include "workspace/workspace.h"

#include <QTextBrowser>

#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using domain::VariantState;

class CalendarTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void model_holdsScheduledInTheWorkspaceZone();
    void dragInWeekView_reschedulesToThatDayAndQuarterHour();
    void dropApi_monthView_keepsTimeOfDay_andRefusesThePast();
    void drop_acrossTheMarchChange_isReadInLondonTime();
    void onlyApprovedOrScheduled_move();
    void composePane_showsTheCalendar();
    void composePane_detailsTellThreadAndHistory();

private:
    qint64 newVariant(const QString &text, VariantState state, const QDateTime &when = {});

    QTemporaryDir m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    std::unique_ptr<ui::AccountListModel> m_accounts;
    domain::Account m_account;
    int m_n = 0;
};

void CalendarTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void CalendarTest::init()
{
    store::Database::OpenError error;
    m_ws = workspace::Workspace::open(m_dir.filePath(QStringLiteral("c%1.attache").arg(++m_n)), {}, &error);
    QVERIFY2(m_ws, qPrintable(error.error.message));
    QVERIFY(m_ws->setTimeZone(QTimeZone("Europe/London")));
    m_account.platform = domain::Platform::X;
    m_account.handle = QStringLiteral("@embassy");
    m_account.displayName = QStringLiteral("Embassy (EN)");
    m_account.language = QStringLiteral("en");
    m_account.timeZone = QStringLiteral("Europe/London");
    m_account.id = *m_ws->accounts().add(m_account);
    m_accounts = std::make_unique<ui::AccountListModel>();
    m_accounts->setAccounts({m_account});
}

void CalendarTest::cleanup()
{
    m_accounts.reset();
    m_ws.reset();
}

qint64 CalendarTest::newVariant(const QString &text, VariantState state, const QDateTime &when)
{
    domain::Post post;
    post.title = text;
    domain::Variant v;
    v.accountId = m_account.id;
    v.language = QStringLiteral("en");
    v.text = text;
    post.variants << v;
    auto &posts = m_ws->posts();
    const qint64 id = posts.find(*posts.create(post, QStringLiteral("attache")))->variants.first().id;
    const QString a = QStringLiteral("attache");
    if (state == VariantState::Draft)
        return id;
    posts.transition(id, VariantState::InReview, a);
    if (state == VariantState::InReview)
        return id;
    posts.transition(id, VariantState::Approved, QStringLiteral("reviewer"));
    if (state == VariantState::Approved)
        return id;
    posts.schedule(id, when, a);
    return id;
}

void CalendarTest::model_holdsScheduledInTheWorkspaceZone()
{
    const QTimeZone zone = m_ws->timeZone();
    const QDate monday = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek()); // next Monday
    const QDateTime tuesdayTen(monday.addDays(1), QTime(10, 0), zone);
    const qint64 scheduled = newVariant(QStringLiteral("Scheduled"), VariantState::Scheduled, tuesdayTen.toUTC());
    newVariant(QStringLiteral("Draft"), VariantState::Draft);
    newVariant(QStringLiteral("Next month"), VariantState::Scheduled, tuesdayTen.addDays(40).toUTC());
    ui::CalendarModel model(*m_ws, *m_accounts);
    model.setRange(monday, monday.addDays(6));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex i = model.index(0);
    QCOMPARE(i.data(ui::CalendarModel::VariantIdRole).toLongLong(), scheduled);
    QCOMPARE(i.data(ui::CalendarModel::LocalStartRole).toDateTime().time(), QTime(10, 0));
    QCOMPARE(i.data(ui::CalendarModel::LocalStartRole).toDateTime().date(), monday.addDays(1));
    QVERIFY(i.data(ui::CalendarModel::MovableRole).toBool());
    QVERIFY(i.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("10:00 Scheduled")));
}

void CalendarTest::dragInWeekView_reschedulesToThatDayAndQuarterHour()
{
    const QTimeZone zone = m_ws->timeZone();
    const QDate monday = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek());
    const qint64 id =
        newVariant(QStringLiteral("Visa hours"), VariantState::Scheduled, QDateTime(monday, QTime(9, 0), zone).toUTC());
    ui::CalendarPane pane(*m_ws, *m_accounts);
    pane.resize(1000, 700);
    pane.show();
    pane.view()->setAnchor(monday);
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    ui::CalendarView *view = pane.view();
    const int row = pane.model()->rowOfVariant(id);
    QVERIFY(row >= 0);
    const QRect from = view->itemRect(row);
    QVERIFY(!from.isNull());
    const QPoint to = view->pointOf(monday.addDays(3), QTime(15, 30)) + QPoint(0, 1);
    QSignalSpy rescheduled(pane.model(), &ui::CalendarModel::rescheduled);
    QTest::mousePress(view, Qt::LeftButton, {}, from.center());
    QMouseEvent move(QEvent::MouseMove, QPointF(from.center() + QPoint(30, 30)), view->mapToGlobal(QPointF(from.center() + QPoint(30, 30))),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    QMouseEvent move2(QEvent::MouseMove, QPointF(to), view->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(view, &move2);
    if (const QString dir = qEnvironmentVariable("ATTACHE_UI_SHOTS"); !dir.isEmpty())
        pane.grab().save(dir + QStringLiteral("/calendar-drag.png"));
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QCOMPARE(rescheduled.size(), 1);
    const auto v = m_ws->posts().variant(id);
    QCOMPARE(v->state, VariantState::Scheduled);
    QCOMPARE(v->scheduledAt, QDateTime(monday.addDays(3), QTime(15, 30), zone).toUTC());
    // Drawn where it now is.
    const QRect now = view->itemRect(pane.model()->rowOfVariant(id));
    const QPoint expected = view->pointOf(monday.addDays(3), QTime(15, 30));
    QVERIFY(std::abs(now.top() - (expected.y() - 2)) <= 1);
    QVERIFY(now.left() < expected.x() && now.right() > expected.x());
    const auto audit = m_ws->posts().auditLog().forEntity(QStringLiteral("variant"), id);
    QCOMPARE(audit->last().action, QStringLiteral("reschedule"));
    QVERIFY(audit->last().reason.contains(QStringLiteral("→")));
    if (const QString dir = qEnvironmentVariable("ATTACHE_UI_SHOTS"); !dir.isEmpty())
        pane.grab().save(dir + QStringLiteral("/calendar-week.png"));
}

void CalendarTest::dropApi_monthView_keepsTimeOfDay_andRefusesThePast()
{
    const QTimeZone zone = m_ws->timeZone();
    const QDate day = QDate::currentDate().addDays(5);
    const qint64 id =
        newVariant(QStringLiteral("Exhibition"), VariantState::Scheduled, QDateTime(day, QTime(18, 45), zone).toUTC());
    ui::CalendarPane pane(*m_ws, *m_accounts);
    pane.resize(1000, 700);
    pane.show();
    pane.findChild<QToolButton *>(QStringLiteral("calendarMonth"))->click();
    ui::CalendarView *view = pane.view();
    QCOMPARE(view->mode(), ui::CalendarView::Mode::Month);
    const int row = pane.model()->rowOfVariant(id);
    QVERIFY(row >= 0);
    // The model's drop API, as drag and drop uses it.
    std::unique_ptr<QMimeData> data(pane.model()->mimeData({pane.model()->index(row)}));
    QVERIFY(data);
    QString why;
    QVERIFY2(pane.model()->dropVariant(data.get(), day.addDays(2), QTime(18, 45), &why), qPrintable(why));
    QCOMPARE(m_ws->posts().variant(id)->scheduledAt, QDateTime(day.addDays(2), QTime(18, 45), zone).toUTC());
    // Dropped on yesterday: refused, nothing changes.
    QVERIFY(!pane.model()->dropVariant(data.get(), QDate::currentDate().addDays(-1), QTime(18, 45), &why));
    QVERIFY(why.contains(QStringLiteral("past")));
    QCOMPARE(m_ws->posts().variant(id)->scheduledAt, QDateTime(day.addDays(2), QTime(18, 45), zone).toUTC());
    // A mouse drag in the month view moves it to another day at the same time.
    const int now = pane.model()->rowOfVariant(id);
    const QRect from = view->itemRect(now);
    QVERIFY(!from.isNull());
    QDate target = day.addDays(3);
    if (target > view->lastShown())
        target = day.addDays(1);
    const QPoint to = view->pointOf(target, {});
    QTest::mousePress(view, Qt::LeftButton, {}, from.center());
    QMouseEvent move(QEvent::MouseMove, QPointF(to), view->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QCOMPARE(m_ws->posts().variant(id)->scheduledAt, QDateTime(target, QTime(18, 45), zone).toUTC());
    if (const QString dir = qEnvironmentVariable("ATTACHE_UI_SHOTS"); !dir.isEmpty())
        pane.grab().save(dir + QStringLiteral("/calendar-month.png"));
}

void CalendarTest::drop_acrossTheMarchChange_isReadInLondonTime()
{
    // In March 2026, before the clocks go forward on the 29th: a post moved from Saturday 10:00 GMT to Monday
    // 10:00 BST goes out at 09:00 UTC; one dropped at 01:30 on the 29th (a time that does not exist) at 01:00 UTC.
    const QTimeZone london("Europe/London");
    const qint64 id = newVariant(QStringLiteral("Spring"), VariantState::Scheduled,
                                 QDateTime(QDate(2026, 3, 28), QTime(10, 0), Qt::UTC));
    ui::CalendarModel model(*m_ws, *m_accounts);
    model.setClock([] { return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC); });
    model.setRange(QDate(2026, 3, 23), QDate(2026, 4, 5));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.reschedule(id, QDate(2026, 3, 30), QTime(10, 0)));
    QCOMPARE(m_ws->posts().variant(id)->scheduledAt, QDateTime(QDate(2026, 3, 30), QTime(9, 0), Qt::UTC));
    QVERIFY(model.reschedule(id, QDate(2026, 3, 29), QTime(1, 30)));
    QCOMPARE(m_ws->posts().variant(id)->scheduledAt.toTimeZone(london).time(), QTime(2, 30));
    // The model shows it at the local time it goes out.
    QCOMPARE(model.index(0).data(ui::CalendarModel::LocalStartRole).toDateTime().time(), QTime(2, 30));
}

void CalendarTest::onlyApprovedOrScheduled_move()
{
    ui::CalendarModel model(*m_ws, *m_accounts);
    const QDate day = QDate::currentDate().addDays(3);
    QString why;
    const qint64 draft = newVariant(QStringLiteral("Draft"), VariantState::Draft);
    QVERIFY(!model.reschedule(draft, day, QTime(10, 0), &why));
    QVERIFY(why.contains(QStringLiteral("approved or scheduled")));
    const qint64 review = newVariant(QStringLiteral("Review"), VariantState::InReview);
    QVERIFY(!model.reschedule(review, day, QTime(10, 0), &why));
    // An approved variant dropped on the calendar is scheduled there (audited as a step of the workflow).
    const qint64 approved = newVariant(QStringLiteral("Approved"), VariantState::Approved);
    QVERIFY2(model.reschedule(approved, day, QTime(10, 0), &why), qPrintable(why));
    QCOMPARE(m_ws->posts().variant(approved)->state, VariantState::Scheduled);
    QCOMPARE(m_ws->posts().auditLog().forEntity(QStringLiteral("variant"), approved)->last().toState,
             QStringLiteral("scheduled"));
}

void CalendarTest::composePane_showsTheCalendar()
{
    const QDate day = QDate::currentDate().addDays(1);
    newVariant(QStringLiteral("Tomorrow"), VariantState::Scheduled, QDateTime(day, QTime(11, 0), m_ws->timeZone()).toUTC());
    ui::ComposePane pane(*m_ws, *m_accounts);
    pane.resize(1200, 800);
    pane.show();
    auto *button = pane.findChild<QPushButton *>(QStringLiteral("showCalendar"));
    QVERIFY(button);
    QVERIFY(!pane.calendar()->isVisible());
    button->click();
    QVERIFY(pane.calendar()->isVisible());
    QVERIFY(pane.calendar()->model()->rowCount() >= 1 || day > pane.calendar()->view()->lastShown());
    button->click();
    QVERIFY(!pane.calendar()->isVisible());
}

void CalendarTest::composePane_detailsTellThreadAndHistory()
{
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(2);
    const qint64 id = newVariant(QStringLiteral("Long statement"), VariantState::Scheduled, when);
    store::VariantPartRepository parts(m_ws->database());
    QVERIFY(parts.ensureParts(id, {QStringLiteral("First part 1/2"), QStringLiteral("Second part 2/2")}));
    QVERIFY(parts.move(id, 0, domain::VariantPart::Attempt::Pending, domain::VariantPart::Attempt::Sending));
    QVERIFY(parts.move(id, 0, domain::VariantPart::Attempt::Sending, domain::VariantPart::Attempt::Sent,
                       QStringLiteral("1861")));
    QVERIFY(m_ws->posts().reschedule(id, when.addSecs(3600), QStringLiteral("attache")));
    ui::ComposePane pane(*m_ws, *m_accounts);
    pane.selectVariant(id);
    const QString details = pane.findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("published (id 1861)")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Second part 2/2 — waiting")));
    QVERIFY(details.contains(QStringLiteral("moved its time — ")));
    QVERIFY(!details.contains(QStringLiteral("“” to “”")));
}

QTEST_MAIN(CalendarTest)
#include "tst_calendar.moc"
