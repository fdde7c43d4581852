#include "audience/audiencehintlabel.h"
#include "audience/comparisoncharts.h"
#include "audience/dashboardpane.h"
#include "audience/followerimportcontroller.h"
#include "audience/importissuesdialog.h"
#include "common/accountlistmodel.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/workbench.h"
#include "store/postmetricsrepository.h"
#include "workspace/workspace.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

using D = domain::AudienceDimension;

// The Dashboards pane over the demo workspace, offscreen: every chart renders with data, accounts compare
// overlaid and side by side, the date range narrows what is shown, bars and points show their values on hover,
// and the refresh reads in the background. Set ATTACHE_DASHBOARD_PICTURES=DIR to keep the pictures.
class DashboardsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demo_everyChartRendersWithData();
    void comparison_overlaidAndSideBySide();
    void range_narrowsGrowthPostsAndOpinion();
    void hover_showsTheFigure();
    void backgroundReload_sameFiguresAsOnThisThread();
    void importIssues_listedAndCopied();
    void importController_wholeOrNothing_inTheBackground();
    void composerHint_interviewFigures();

private:
    static QImage render(QChart *chart, bool dark = false);
    static bool varied(const QImage &image);
    static void keep(const QImage &image, const QString &name);
    ui::DashboardPane *openDemo(ui::Workbench &workbench);
    static QChart *chartTitled(ui::DashboardPane *pane, const QString &start);

    ui::Preferences m_preferences;
};

void DashboardsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QImage DashboardsTest::render(QChart *chart, bool dark)
{
    QChartView view;
    view.setChart(chart);
    view.resize(900, 420);
    view.setBackgroundBrush(dark ? Qt::black : Qt::white);
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(dark ? Qt::black : Qt::white);
    QPainter painter(&image);
    view.render(&painter);
    painter.end();
    view.setChart(new QChart); // the chart belongs to the pane
    return image;
}

bool DashboardsTest::varied(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 20;
}

void DashboardsTest::keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("ATTACHE_DASHBOARD_PICTURES");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

ui::DashboardPane *DashboardsTest::openDemo(ui::Workbench &workbench)
{
    workbench.setInteractive(false);
    if (!workbench.openDemo())
        return nullptr;
    return workbench.window()->findChild<ui::DashboardPane *>();
}

QChart *DashboardsTest::chartTitled(ui::DashboardPane *pane, const QString &start)
{
    for (QChart *c : pane->allCharts()) {
        if (c->title().startsWith(start))
            return c;
    }
    return nullptr;
}

void DashboardsTest::demo_everyChartRendersWithData()
{
    ui::Workbench workbench(m_preferences);
    auto *pane = openDemo(workbench);
    QVERIFY(pane);
    if (!qEnvironmentVariableIsEmpty("ATTACHE_DASHBOARD_PICTURES")) {
        ui::MainWindow *window = workbench.window();
        for (int i = 0; i < ui::MainWindow::PaneCount; ++i) {
            if (ui::MainWindow::paneName(i) == QLatin1String("dashboards"))
                window->showPane(i);
        }
        window->resize(1500, 3000);
        window->show();
        QApplication::processEvents();
        keep(pane->grab().toImage(), QStringLiteral("page"));
    }
    const auto charts = pane->allCharts();
    QCOMPARE(charts.size(), 7); // growth, posts, countries, interests, kinds, cities, opinion
    int index = 0;
    for (QChart *chart : charts) {
        QVERIFY2(!chart->series().isEmpty(), qPrintable(chart->title()));
        const QImage image = render(chart);
        QVERIFY2(varied(image), qPrintable(chart->title()));
        keep(image, QStringLiteral("chart%1").arg(++index));
    }
    // The growth chart marks the demo's published posts, a year of them.
    QChart *growth = chartTitled(pane, QStringLiteral("Followers"));
    QVERIFY(growth);
    int marks = 0;
    for (auto *s : growth->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            marks += int(scatter->count());
    }
    QVERIFY(marks >= 10); // about one a month
    // The embassy's X account: the interview's 39% from the UK, as the chart shows it.
    QChart *countries = chartTitled(pane, QStringLiteral("Where followers live"));
    auto *bars = qobject_cast<QAbstractBarSeries *>(countries->series().value(0));
    QVERIFY(bars);
    auto *axis = qobject_cast<QBarCategoryAxis *>(countries->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    const int uk = int(axis->categories().indexOf(QStringLiteral("United Kingdom")));
    QVERIFY(uk >= 0);
    QCOMPARE(qRound(bars->barSets().first()->at(uk)), 39);
    // Dark mode renders too, with the dark theme.
    pane->setPalette(QPalette(Qt::white, QColor(0x20, 0x20, 0x20)));
    pane->reloadNow();
    QCOMPARE(pane->allCharts().first()->theme(), QChart::ChartThemeDark);
    keep(render(pane->allCharts().first(), true), QStringLiteral("dark-growth"));
}

void DashboardsTest::comparison_overlaidAndSideBySide()
{
    ui::Workbench workbench(m_preferences);
    auto *pane = openDemo(workbench);
    QVERIFY(pane);
    const auto accounts = workbench.workspace()->accounts().all();
    qint64 xEn = 0, facebook = 0;
    for (const auto &a : *accounts) {
        if (a.handle == QLatin1String("@EmbassyLondonEN"))
            xEn = a.id;
        if (a.platform == domain::Platform::Facebook)
            facebook = a.id;
    }
    pane->setSelectedAccounts({xEn, facebook});
    pane->reloadNow();
    QChart *countries = chartTitled(pane, QStringLiteral("Where followers live"));
    auto *bars = qobject_cast<QAbstractBarSeries *>(countries->series().value(0));
    QCOMPARE(bars->count(), 2); // a bar set per account, overlaid
    auto *axis = qobject_cast<QBarCategoryAxis *>(countries->axes(Qt::Vertical).value(0));
    const int uk = int(axis->categories().indexOf(QStringLiteral("United Kingdom")));
    QCOMPARE(qRound(bars->barSets().at(0)->at(uk)), 39);
    QCOMPARE(qRound(bars->barSets().at(1)->at(uk)), 46); // Facebook: 46% UK
    QChart *growth = chartTitled(pane, QStringLiteral("Followers"));
    int lines = 0;
    for (auto *s : growth->series())
        lines += s->type() == QAbstractSeries::SeriesTypeLine;
    QCOMPARE(lines, 2);
    keep(render(countries), QStringLiteral("compare-countries"));
    keep(render(growth), QStringLiteral("compare-growth"));
    keep(render(chartTitled(pane, QStringLiteral("Reach and engagement"))), QStringLiteral("compare-posts"));

    pane->setSideBySide(true);
    pane->reloadNow();
    int countryCharts = 0;
    for (QChart *c : pane->allCharts())
        countryCharts += c->title().contains(QStringLiteral("Where followers live"));
    QCOMPARE(countryCharts, 2);
    QVERIFY(chartTitled(pane, QStringLiteral("Embassy in London (Facebook): Where followers live")));
}

void DashboardsTest::range_narrowsGrowthPostsAndOpinion()
{
    ui::Workbench workbench(m_preferences);
    auto *pane = openDemo(workbench);
    QVERIFY(pane);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto postsShown = [pane] {
        QChart *posts = chartTitled(pane, QStringLiteral("Reach and engagement"));
        auto *axis = qobject_cast<QBarCategoryAxis *>(posts->axes(Qt::Horizontal).value(0));
        return axis ? axis->count() : 0;
    };
    pane->setRange(today.addYears(-1), today);
    pane->reloadNow();
    const int yearPosts = postsShown();
    QVERIFY(yearPosts >= 10);
    pane->setRange(today.addDays(-60), today);
    pane->reloadNow();
    const int twoMonthPosts = postsShown();
    QVERIFY(twoMonthPosts > 0 && twoMonthPosts < yearPosts);
    QChart *growth = chartTitled(pane, QStringLiteral("Followers"));
    auto *x = qobject_cast<QDateTimeAxis *>(growth->axes(Qt::Horizontal).value(0));
    QCOMPARE(x->min().date(), today.addDays(-60));
    for (auto *s : growth->series()) {
        for (const QPointF &p : qobject_cast<QXYSeries *>(s)->points())
            QVERIFY(p.x() >= double(QDateTime(today.addDays(-60), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    }
    // Two weeks of opinion: per day; the whole year: per week.
    pane->setRange(today.addDays(-13), today);
    pane->reloadNow();
    QVERIFY(chartTitled(pane, QStringLiteral("Opinion in the inbox, per day")));
    pane->setRange(today.addYears(-1), today);
    pane->reloadNow();
    QVERIFY(chartTitled(pane, QStringLiteral("Opinion in the inbox, per week")));
    // A range before any snapshot: the share charts say so instead of drawing nothing.
    pane->setRange(QDate(2010, 1, 1), QDate(2010, 2, 1));
    pane->reloadNow();
    QVERIFY(chartTitled(pane, QStringLiteral("Where followers live — no data in this range")));
}

void DashboardsTest::hover_showsTheFigure()
{
    ui::Workbench workbench(m_preferences);
    auto *pane = openDemo(workbench);
    QVERIFY(pane);
    QChart *countries = chartTitled(pane, QStringLiteral("Where followers live"));
    auto *bars = qobject_cast<QAbstractBarSeries *>(countries->series().value(0));
    auto *axis = qobject_cast<QBarCategoryAxis *>(countries->axes(Qt::Vertical).value(0));
    const int uk = int(axis->categories().indexOf(QStringLiteral("United Kingdom")));
    emit bars->hovered(true, uk, bars->barSets().first());
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("United Kingdom")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("39")));
    emit bars->hovered(false, uk, bars->barSets().first());
    QChart *growth = chartTitled(pane, QStringLiteral("Followers"));
    auto *line = qobject_cast<QLineSeries *>(growth->series().value(0));
    QVERIFY(line);
    const QPointF last = line->points().last();
    emit line->hovered(last + QPointF(-1000, 37), true);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QLocale().toString(qint64(last.y()))), qPrintable(QToolTip::text()));
}

void DashboardsTest::backgroundReload_sameFiguresAsOnThisThread()
{
    ui::Workbench workbench(m_preferences);
    auto *pane = openDemo(workbench);
    QVERIFY(pane);
    QSignalSpy loaded(pane, &ui::DashboardPane::loaded);
    pane->reload();
    QVERIFY(pane->isLoading());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!pane->isLoading());
    QChart *countries = chartTitled(pane, QStringLiteral("Where followers live"));
    auto *bars = qobject_cast<QAbstractBarSeries *>(countries->series().value(0));
    QVERIFY(bars && bars->barSets().first()->count() > 3);
}

void DashboardsTest::importIssues_listedAndCopied()
{
    ui::ImportIssuesDialog dialog(QStringLiteral("/tmp/followers.csv"),
                                  {QStringLiteral("line 3: 4 fields where the header has 3"),
                                   QStringLiteral("line 9: the text is not valid UTF-8")},
                                  2);
    QCOMPARE(dialog.issues().size(), 2);
    QCOMPARE(dialog.copyText(), QStringLiteral("/tmp/followers.csv\nline 3: 4 fields where the header has 3\n"
                                               "line 9: the text is not valid UTF-8\n"));
}

void DashboardsTest::importController_wholeOrNothing_inTheBackground()
{
    ui::Workbench workbench(m_preferences);
    auto *pane = openDemo(workbench);
    QVERIFY(pane);
    workspace::Workspace &ws = *workbench.workspace();
    domain::Account weibo;
    const auto accounts = ws.accounts().all(); // named: a range-for over a temporary's contents would dangle
    for (const auto &a : *accounts) {
        if (a.platform == domain::Platform::Weibo)
            weibo = a;
    }
    const qsizetype before = ws.audience().followerHistory(weibo.id)->size();
    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    };
    ui::FollowerImportController controller(ws.database(), nullptr);
    QSignalSpy refused(&controller, &ui::FollowerImportController::refused);
    QSignalSpy imported(&controller, &ui::FollowerImportController::imported);
    controller.importFile(weibo, write(QStringLiteral("bad.csv"), "location,bio,verified\n北京,,false\n上海,,perhaps\n"));
    QVERIFY(controller.isRunning());
    QVERIFY(refused.wait(10000));
    const QStringList issues = refused.first().at(1).toStringList();
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().startsWith(QStringLiteral("line 3: ")), qPrintable(issues.first()));
    QCOMPARE(ws.audience().followerHistory(weibo.id)->size(), before); // nothing landed

    controller.importFile(weibo, write(QStringLiteral("good.jsonl"), "{\"location\": \"北京\"}\n{\"location\": \"上海\"}\n"));
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.first().at(1).toLongLong(), 2);
    const auto after = ws.audience().followerHistory(weibo.id);
    QCOMPARE(after->size(), before + 1);
    bool found = false;
    for (const auto &p : *after)
        found = found || p.followers == 2;
    QVERIFY(found);
}

void DashboardsTest::composerHint_interviewFigures()
{
    ui::Workbench workbench(m_preferences);
    QVERIFY(openDemo(workbench));
    workspace::Workspace &ws = *workbench.workspace();
    const auto accounts = ws.accounts().all();
    QStringList hints;
    for (const auto &a : *accounts) {
        std::unique_ptr<QLabel> label(ui::newAudienceHintLabel(ws, a));
        QVERIFY(label);
        hints << label->text();
    }
    // The attaché's own words in the interview, from the demo's latest snapshots.
    QVERIFY2(hints.contains(QStringLiteral("Facebook: 46% UK, half in London; most interested in culture")),
             qPrintable(hints.join(QLatin1Char('\n'))));
    QVERIFY2(hints.first().startsWith(QStringLiteral("X: 39% UK")), qPrintable(hints.first()));
}

QTEST_MAIN(DashboardsTest)
#include "tst_dashboards.moc"
