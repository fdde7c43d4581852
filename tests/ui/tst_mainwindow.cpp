#include "audience/audiencesummarymodel.h"
#include "audience/chartexport.h"
#include "audience/dashboardpane.h"
#include "common/accountlistmodel.h"
#include "common/timeformat.h"
#include "compose/composepane.h"
#include "compose/posttreemodel.h"
#include "compose/publisher.h"
#include "inbox/inboxpane.h"
#include "inbox/mentiontablemodel.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/workbench.h"
#include "workspace/demoplatforms.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// The GUI smoke test: the demo opens offscreen, every pane shows the workspace's data, shortcuts move between
// panes, the models behave under QAbstractItemModelTester, and a bad workspace is refused without harm.
class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demo_opensAndShowsEveryPane();
    void shortcuts_switchPanes();
    void models_passModelTester();
    void inbox_readsLazily();
    void corruptWorkspace_isRefusedAndLeftUntouched();
    void publishNow_sendsTheVariantToTheSandboxOnce();
    void dashboards_opinionChart_countsEveryItemOfTheFortnight();
    void dashboards_refreshAudience_addsSnapshotsFromThePlatforms();
    void inbox_stormOfCriticism_raisesTheBanner();
    void inbox_keyboardTriage_marksDoneFlagsAndAssigns();
    void dashboards_everyChart_exportsPngSvgAndCsv();
    void compose_reviewQueue_listsWhatWaitsForVerification();

private:
    ui::Preferences m_preferences;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void MainWindowTest::demo_opensAndShowsEveryPane()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    ui::MainWindow *window = workbench.window();
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    for (int pane = 0; pane < ui::MainWindow::PaneCount; ++pane) {
        window->showPane(pane);
        QCOMPARE(window->currentPane(), pane);
        QApplication::processEvents();
    }
    auto *tree = window->findChild<ui::ComposePane *>()->findChild<QTreeView *>();
    QVERIFY(tree->model()->rowCount() >= 6); // the demo's posts
    auto *inbox = window->findChild<ui::InboxPane *>();
    QVERIFY(inbox->view()->model()->rowCount() > 0);
    QVERIFY(window->findChild<ui::DashboardPane *>());
}

void MainWindowTest::shortcuts_switchPanes()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    ui::MainWindow *window = workbench.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentPane(), int(ui::MainWindow::InboxPaneIndex));
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->currentPane(), int(ui::MainWindow::DashboardsPaneIndex));
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentPane(), int(ui::MainWindow::ComposePaneIndex));
}

void MainWindowTest::models_passModelTester()
{
    // Each model on its own under the tester (a live view would react to resets before the tester sees them).
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    ui::AccountListModel accounts;
    QAbstractItemModelTester accountTester(&accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    accounts.setAccounts(*ws.accounts().all());
    QCOMPARE(accounts.rowCount(), 5);

    ui::MentionTableModel mentions(ws.mentions(), accounts, ui::TimeFormat(ws.timeZone()));
    QAbstractItemModelTester mentionTester(&mentions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would call fetchMore from inside its own reset handler; this test drives fetchMore itself.
    mentionTester.setUseFetchMore(false);
    mentions.reload();
    while (mentions.canFetchMore({}))
        mentions.fetchMore({});
    QCOMPARE(mentions.rowCount(), 400);
    mentions.reload();

    ui::PostTreeModel posts(accounts, ui::TimeFormat(ws.timeZone()));
    QAbstractItemModelTester postTester(&posts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    posts.setPosts(*ws.posts().all());
    QVERIFY(posts.rowCount() >= 6);
    QVERIFY(posts.rowCount(posts.index(0, 0)) > 0);

    ui::AudienceSummaryModel summary;
    QAbstractItemModelTester summaryTester(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
    summary.setRows({{accounts.accounts().first(), 18020, 17780, 295, 18020}});
    QCOMPARE(summary.data(summary.index(0, ui::AudienceSummaryModel::ChangeColumn)).toString(),
             QStringLiteral("+240 (1.3%)"));
}

void MainWindowTest::inbox_readsLazily()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    auto *view = workbench.window()->findChild<ui::InboxPane *>()->view();
    auto *model = qobject_cast<ui::MentionTableModel *>(view->model());
    QVERIFY(model);
    QTRY_COMPARE(model->totalCount(), 400);
    // One page at first, the rest only when asked for.
    QCOMPARE(model->rowCount(), ui::MentionTableModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 400);
    QVERIFY(!model->canFetchMore({}));
}

void MainWindowTest::corruptWorkspace_isRefusedAndLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.attache"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage(4096, 'x');
    file.write(garbage);
    file.close();
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(!workbench.openWorkspace(path, false));
    QVERIFY(!workbench.window());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void MainWindowTest::publishNow_sendsTheVariantToTheSandboxOnce()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    // The demo's approved Weibo variant: one click on "Publish now", then the publisher's next round.
    qint64 variantId = 0;
    QString text;
    const auto posts = ws.posts().all();
    for (const auto &post : *posts) {
        for (const auto &v : post.variants) {
            if (v.state == domain::VariantState::Approved) {
                variantId = v.id;
                text = v.text;
            }
        }
    }
    QVERIFY(variantId);
    auto *compose = workbench.window()->findChild<ui::ComposePane *>();
    compose->selectVariant(variantId);
    auto *publishNow = compose->findChild<QPushButton *>(QStringLiteral("publishNow"));
    QVERIFY(publishNow && publishNow->isVisibleTo(compose));
    publishNow->click();
    QCOMPARE(ws.posts().variant(variantId)->state, domain::VariantState::Scheduled);
    QVERIFY(workbench.session()->publisher().tick());
    QTRY_VERIFY_WITH_TIMEOUT(ws.posts().variant(variantId)->state != domain::VariantState::Scheduled &&
                                 ws.posts().variant(variantId)->state != domain::VariantState::Publishing,
                             10000);
    QVERIFY2(ws.posts().variant(variantId)->state == domain::VariantState::Published,
             qPrintable(ws.posts().variant(variantId)->failureReason));
    int onPlatform = 0;
    for (const auto &p : workbench.session()->demo()->sandbox().state().posts)
        onPlatform += p.text == text;
    QCOMPARE(onPlatform, 1);
    QVERIFY(workbench.session()->publisher().tick());
    QTRY_VERIFY(workbench.session()->publisher().isIdle());
    QCOMPARE(ws.posts().variant(variantId)->state, domain::VariantState::Published);
}

void MainWindowTest::dashboards_opinionChart_countsEveryItemOfTheFortnight()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    auto *dashboards = workbench.window()->findChild<ui::DashboardPane *>();
    QChart *opinion = nullptr;
    for (auto *view : dashboards->findChildren<QChartView *>()) {
        // Per day or, over the dashboards' default year, per week.
        if (view->chart() && view->chart()->title().startsWith(QStringLiteral("Opinion in the inbox, per")))
            opinion = view->chart();
    }
    QVERIFY(opinion);
    auto *series = qobject_cast<QStackedBarSeries *>(opinion->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 4); // criticism, questions, support, neutral
    double total = 0;
    for (QBarSet *set : series->barSets())
        total += set->sum();
    // Every demo item is from the last week, and each has a stance.
    QCOMPARE(qint64(total), *workbench.workspace()->mentions().count());
    QCOMPARE(series->barSets().first()->label(), domain::stanceDisplayName(domain::Stance::Criticism));
    QVERIFY(series->barSets().first()->sum() > 0);
}

void MainWindowTest::dashboards_refreshAudience_addsSnapshotsFromThePlatforms()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    const auto accounts = ws.accounts().all();
    QHash<qint64, QDateTime> before;
    for (const auto &a : *accounts)
        before.insert(a.id, ws.audience().latest(a.id)->takenAt);
    auto *dashboards = workbench.window()->findChild<ui::DashboardPane *>();
    QPushButton *refresh = nullptr;
    for (auto *b : dashboards->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Refresh audience"))
            refresh = b;
    }
    QVERIFY(refresh);
    refresh->click();
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 20000);
    int refreshed = 0;
    for (const auto &a : *accounts) {
        const auto latest = ws.audience().latest(a.id);
        if (latest->takenAt > before.value(a.id)) {
            ++refreshed;
            QVERIFY(latest->sampleSize > 0);
        }
    }
    // The three X accounts and Weibo give followers; Facebook its breakdown from page insights.
    QCOMPARE(refreshed, 5);
}

void MainWindowTest::inbox_stormOfCriticism_raisesTheBanner()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    auto *banner = inbox->findChild<QLabel *>(QStringLiteral("stormBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isHidden()); // the demo's storm was yesterday
    workspace::Workspace &ws = *workbench.workspace();
    QList<domain::Mention> storm;
    for (int i = 0; i < 40; ++i) {
        domain::Mention m;
        m.accountId = ws.accounts().all()->first().id;
        m.remoteId = QStringLiteral("storm-%1").arg(i);
        m.authorHandle = QStringLiteral("@angry%1").arg(i);
        m.text = QStringLiteral("This is propaganda and a disgrace.");
        m.stance = domain::Stance::Criticism;
        m.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * (i % 50));
        storm << m;
    }
    QCOMPARE(*ws.mentions().insert(storm), 40);
    inbox->reload();
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(QStringLiteral("40")));
    // Criticism is what the list shows first.
    auto *model = inbox->view()->model();
    QCOMPARE(model->index(0, ui::MentionTableModel::StanceColumn).data().toString(),
             domain::stanceDisplayName(domain::Stance::Criticism));
}

void MainWindowTest::inbox_keyboardTriage_marksDoneFlagsAndAssigns()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    ui::MainWindow *window = workbench.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->showPane(ui::MainWindow::InboxPaneIndex);
    auto *inbox = window->findChild<ui::InboxPane *>();
    QTableView *view = inbox->view();
    auto *model = qobject_cast<ui::MentionTableModel *>(view->model());
    view->setFocus();
    view->setCurrentIndex(model->index(0, ui::MentionTableModel::TextColumn));
    const qint64 first = model->mention(model->index(0, 0))->id;
    const qint64 second = model->mention(model->index(1, 0))->id;
    QTest::keyClick(view, Qt::Key_D); // done, and on to the next
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_N); // notable for the report
    workspace::Workspace &ws = *workbench.workspace();
    const auto all = ws.mentions().page(0, 1000);
    auto find = [&](qint64 id) {
        for (const auto &m : *all)
            if (m.id == id)
                return m;
        return domain::Mention{};
    };
    QCOMPARE(find(first).status, domain::MentionStatus::Done);
    QVERIFY(find(second).notable);
    // Several at once: select three rows, assign them to me.
    view->selectionModel()->clearSelection();
    for (int row = 2; row < 5; ++row)
        view->selectionModel()->select(model->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> three = {model->mention(model->index(2, 0))->id,
                                 model->mention(model->index(3, 0))->id,
                                 model->mention(model->index(4, 0))->id};
    QTest::keyClick(view, Qt::Key_A);
    const auto after = ws.mentions().page(0, 1000);
    int assigned = 0;
    for (const auto &m : *after)
        assigned +=
            three.contains(m.id) && m.status == domain::MentionStatus::Assigned && m.assignee == ws.actor();
    QCOMPARE(assigned, 3);
    // Every step is in the audit log.
    QCOMPARE(ws.posts().auditLog().forEntity(QStringLiteral("mention"), first)->size(), 1);
}

void MainWindowTest::dashboards_everyChart_exportsPngSvgAndCsv()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workbench.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(workbench.window()));
    workbench.window()->showPane(ui::MainWindow::DashboardsPaneIndex);
    QTemporaryDir dir;
    // Every account compared, so the growth chart has a line each.
    auto *dashboards = workbench.window()->findChild<ui::DashboardPane *>();
    QList<qint64> all;
    for (const auto &a : dashboards->currentQuery().all)
        all << a.id;
    dashboards->setSelectedAccounts(all);
    QTRY_VERIFY(!dashboards->isLoading());
    const auto views = dashboards->findChildren<QChartView *>();
    QCOMPARE(views.size(), 7); // growth, posts, countries, interests, kinds, cities, opinion
    for (QChartView *view : views) {
        const QString base = dir.filePath(QString::number(quintptr(view)));
        QVERIFY(ui::chartexport::savePng(view, base + QStringLiteral(".png")));
        QVERIFY(!QImage(base + QStringLiteral(".png")).isNull());
        QVERIFY(ui::chartexport::saveSvg(view, base + QStringLiteral(".svg")));
        QFile svg(base + QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(ui::chartexport::saveCsv(view->chart(), base + QStringLiteral(".csv")));
        const QStringList lines =
            ui::chartexport::toCsv(view->chart()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(view->chart()->title()));
    }
    // The growth chart: a row per weekly snapshot (53) and per published post marked on it, a column per
    // account's line (5) and per account's post markers, the dates first.
    QChart *growth = nullptr;
    for (QChartView *view : views) {
        if (view->chart()->title().startsWith(QStringLiteral("Followers")))
            growth = view->chart();
    }
    QVERIFY(growth);
    int lines = 0;
    for (auto *series : growth->series())
        lines += series->type() == QAbstractSeries::SeriesTypeLine;
    QCOMPARE(lines, 5);
    const QStringList rows = ui::chartexport::toCsv(growth).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(rows.size() >= 1 + 53);
    QCOMPARE(rows.first().split(QLatin1Char(',')).size(), 1 + int(growth->series().size()));
    QVERIFY(rows.last().startsWith(QDate::currentDate().toString(Qt::ISODate).left(4)));
}

void MainWindowTest::compose_reviewQueue_listsWhatWaitsForVerification()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    auto *compose = workbench.window()->findChild<ui::ComposePane *>();
    QComboBox *show = nullptr;
    for (auto *combo : compose->findChildren<QComboBox *>()) {
        if (combo->findText(QStringLiteral("Waiting for verification")) >= 0)
            show = combo;
    }
    QVERIFY(show);
    show->setCurrentIndex(show->findText(QStringLiteral("Waiting for verification")));
    auto *tree = compose->findChild<QTreeView *>();
    QCOMPARE(tree->model()->rowCount(), 1); // the demo's statement on the Syria talks, in EN and RU
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Statement on the Syria talks"));
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2);
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
