// The inbox pane over a workspace, as the application shows it: the time from opening the workspace to the first
// rows painted, and the peak memory of the process (getrusage). Run by bench_inbox with the workspace it filled;
// prints BENCH lines.
#include "benchoptions.h"
#include "common/accountlistmodel.h"
#include "inbox/inboxpane.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <sys/resource.h>

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The child: open the workspace and show the inbox as the application does; print the figures.
int showInbox(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(path, {}, &error);
    if (!ws) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    const double openedMs = msSince(timer);
    const auto accounts = ws->accounts().all();
    workspace::Session session(std::move(ws), workspace::Session::Mode::Real);
    const double sessionMs = msSince(timer);
    ui::AccountListModel accountModel;
    accountModel.setAccounts(accounts ? *accounts : QList<domain::Account>{});
    ui::InboxPane pane(session, accountModel);
    const double paneMs = msSince(timer);
    pane.resize(1280, 800);
    pane.show();
    const auto *view = pane.findChild<QAbstractItemView *>();
    if (!view || !view->model() || view->model()->rowCount() == 0) {
        std::fprintf(stderr, "the inbox shows no rows\n");
        return 1;
    }
    // Painted with its first rows: what the user sees first. What the pane defers to the event loop (the list's
    // count, the header "N items") comes after and is measured below.
    pane.grab();
    std::fprintf(stderr, "  workspace open %.1f ms, session %.1f ms, pane with its first page %.1f ms\n", openedMs,
                 sessionMs, paneMs);
    bench::report("inbox.open.first_rows_ms", msSince(timer), "ms");
    QElapsedTimer counted;
    counted.start();
    QApplication::processEvents();
    std::fprintf(stderr, "  then the count and the rest of the first events %.1f ms\n", msSince(counted));
    // Scrolling a few pages down, as a user would, before the memory is read.
    for (int i = 0; i < 5; ++i) {
        if (view->model()->canFetchMore({}))
            view->model()->fetchMore({});
    }
    QApplication::processEvents();
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    bench::report("inbox.peak_rss_mb", double(usage.ru_maxrss) / 1024.0, "MB");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: inbox_pane_probe WORKSPACE\n");
        return 2;
    }
    return showInbox(app.arguments().at(1));
}
