// The inbox at crisis scale (issue 5): ingest of API-shaped pages (parse, classify, store, index), opening a
// workspace of N items up to the first rows of the priority list in the real inbox pane, filtered and
// full-text first pages, and the peak memory of a process showing the inbox. --size N (default 1,000,000; the
// CI passes a small one). The pane is measured in a child process of its own, so the memory of generating the
// items does not count.
#include "benchoptions.h"
#include "common/accountlistmodel.h"
#include "inbox/classifier.h"
#include "inbox/demomentions.h"
#include "inbox/inboxpane.h"
#include "store/mentionrepository.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

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
    const auto accounts = ws->accounts().all();
    workspace::Session session(std::move(ws), workspace::Session::Mode::Real);
    ui::AccountListModel accountModel;
    accountModel.setAccounts(accounts ? *accounts : QList<domain::Account>{});
    ui::InboxPane pane(session, accountModel);
    pane.resize(1280, 800);
    pane.show();
    QApplication::processEvents();
    const auto *view = pane.findChild<QAbstractItemView *>();
    if (!view || !view->model() || view->model()->rowCount() == 0) {
        std::fprintf(stderr, "the inbox shows no rows\n");
        return 1;
    }
    pane.grab(); // painted
    bench::report("inbox.open.first_rows_ms", msSince(timer), "ms");
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

// First pages of typical triage queries; returns the slowest, reports each.
double queries(const store::Database &database)
{
    const store::MentionRepository mentions(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Case
    {
        const char *name;
        store::MentionQuery query;
    };
    QList<Case> cases;
    {
        store::MentionQuery q;
        q.stances = {domain::Stance::Criticism};
        q.languages = {QStringLiteral("ru")};
        cases.append({"criticism_ru", q});
    }
    {
        store::MentionQuery q;
        q.statuses = {domain::MentionStatus::New};
        q.from = now.addDays(-1);
        cases.append({"new_last_day", q});
    }
    {
        store::MentionQuery q;
        q.assignee = QStringLiteral("anna");
        cases.append({"assignee", q});
    }
    {
        store::MentionQuery q;
        q.order = store::MentionOrder::Newest;
        q.languages = {QStringLiteral("zh")};
        cases.append({"newest_zh", q});
    }
    {
        store::MentionQuery q;
        q.text = QStringLiteral("pipeline");
        cases.append({"text_en", q});
    }
    {
        store::MentionQuery q;
        q.text = QStringLiteral("ПРОПАГАНДА");
        q.stances = {domain::Stance::Criticism};
        cases.append({"text_ru_filtered", q});
    }
    {
        store::MentionQuery q;
        q.text = QStringLiteral("签证");
        cases.append({"text_zh", q});
    }
    {
        store::MentionQuery q;
        q.text = QStringLiteral("GENÉVA");
        q.platforms = {domain::Platform::X};
        cases.append({"text_accent", q});
    }
    double worst = 0;
    for (const Case &c : std::as_const(cases)) {
        QElapsedTimer t;
        t.start();
        const auto page = mentions.page(c.query, store::MentionCursor{}, 200);
        const double ms = msSince(t);
        if (!page) {
            std::fprintf(stderr, "query %s failed: %s\n", c.name, qPrintable(page.error().detail));
            return -1;
        }
        // The next page by keyset, as scrolling asks for it.
        t.restart();
        if (!page->atEnd && !mentions.page(c.query, page->next, 200))
            return -1;
        const double nextMs = msSince(t);
        t.restart();
        const auto counted = mentions.count(c.query);
        const double countMs = msSince(t);
        std::fprintf(stderr, "  %-18s first %7.2f ms, next %7.2f ms, count %8.2f ms (%lld rows)\n", c.name, ms,
                     nextMs, countMs, counted ? static_cast<long long>(*counted) : -1LL);
        worst = std::max(worst, ms);
    }
    return worst;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (const qsizetype child = args.indexOf(QStringLiteral("--show-inbox")); child >= 0 && child + 1 < args.size())
        return showInbox(args.at(child + 1));

    const qint64 size = bench::sizeOption(args, 1000000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inbox.attache"));
    {
        store::Database::OpenError error;
        auto ws = workspace::Workspace::open(path, {}, &error);
        if (!ws)
            return 1;
        const inbox::Classifier classifier;
        const auto added = inbox::addDemoMentions(ws->database(), classifier, size, 7, [size](qint64 done) {
            if (done % 100000 == 0 || done == size)
                std::fprintf(stderr, "  ingested %lld of %lld\n", static_cast<long long>(done),
                             static_cast<long long>(size));
        });
        if (!added || added->stored != size) {
            std::fprintf(stderr, "ingest failed\n");
            return 1;
        }
        bench::report("inbox.ingest.items_per_s", double(added->stored) / (double(added->ingestNs) / 1e9),
                      "items/s");
    }
    {
        // A fresh connection, as after opening the workspace.
        store::Database::OpenError error;
        auto ws = workspace::Workspace::open(path, {}, &error);
        if (!ws)
            return 1;
        const double worst = queries(ws->database());
        if (worst < 0)
            return 1;
        bench::report("inbox.query.first_page_ms", worst, "ms");
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--show-inbox"), path});
    if (!child.waitForFinished(300000) || child.exitCode() != 0) {
        std::fprintf(stderr, "the inbox process failed\n");
        return 1;
    }
    std::fputs(child.readAllStandardOutput().constData(), stdout);
    return 0;
}
