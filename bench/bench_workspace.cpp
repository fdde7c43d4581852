// Workspace and start-up figures: creating the demo, opening a workspace with N mentions, reading the first
// inbox page, and the GUI's time from nothing to a painted main window (offscreen).
#include "benchoptions.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/workbench.h"
#include "workspace/demo.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const qint64 mentions = bench::sizeOption(app.arguments(), 20000);

    // The GUI first: a cold start is what the user sees.
    {
        ui::Preferences preferences;
        ui::Workbench workbench(preferences);
        workbench.setInteractive(false);
        if (!workbench.openDemo())
            return 1;
        workbench.show();
        QApplication::processEvents();
        workbench.window()->grab(); // forces a full paint
        bench::report("app.startup.first_paint_ms", double(sinceStart.nsecsElapsed()) / 1e6, "ms");
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.attache"));
    QElapsedTimer timer;
    {
        store::Database::OpenError error;
        auto ws = workspace::Workspace::open(path, {}, &error);
        if (!ws)
            return 1;
        timer.start();
        workspace::DemoOptions options;
        options.mentions = int(mentions);
        if (!workspace::createDemo(*ws, options))
            return 1;
        bench::report("workspace.demo_create_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
    }
    timer.restart();
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(path, {}, &error);
    if (!ws)
        return 1;
    bench::report("workspace.open_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
    timer.restart();
    const auto page = ws->mentions().page(0, 200);
    if (!page || page->isEmpty())
        return 1;
    bench::report("workspace.mentions_first_page_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
    // The inbox's own order (criticism first, then verified, audience, newest): what the pane shows first.
    timer.restart();
    const auto priority = ws->mentions().page(0, 200, store::MentionRepository::Order::Priority);
    if (!priority || priority->isEmpty())
        return 1;
    bench::report("inbox.priority_first_page_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    bench::report("workspace.peak_rss_mb", double(usage.ru_maxrss) / 1024.0, "MB");
    return 0;
}
