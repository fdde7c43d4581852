// The inbox at crisis scale (issue 5): ingest of API-shaped pages (parse, classify, store, index), opening a
// workspace of N items up to the first rows of the priority list in the real inbox pane, filtered and
// full-text first pages, and the peak memory of a process showing the inbox. --size N (default 1,000,000; the
// CI passes a small one). The pane is measured in a child process of its own, so the memory of generating the
// items does not count (inbox_pane_probe, next to this program).
#include "benchoptions.h"
#include "inbox/classifier.h"
#include "inbox/demomentions.h"
#include "store/database.h"
#include "store/mentionrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
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
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();

    const qint64 size = bench::sizeOption(args, 1000000);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("inbox.attache"));
    // --workspace PATH: fill PATH only when it does not exist yet, and keep it (to measure queries again).
    const qsizetype kept = args.indexOf(QStringLiteral("--workspace"));
    if (kept >= 0 && kept + 1 < args.size())
        path = args.at(kept + 1);
    if (!QFileInfo::exists(path)) {
        store::Database::OpenError error;
        auto db = store::Database::openSqlite(path, {}, &error);
        if (!db)
            return 1;
        const inbox::Classifier classifier;
        const auto added = inbox::addDemoMentions(*db, classifier, size, 7, [size](qint64 done) {
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
        // The same per second of CPU used by the two ingesting threads: the work per item, which a busy machine
        // skews less than the time.
        bench::report("inbox.ingest.items_per_cpu_s", double(added->stored) / (double(added->ingestCpuNs) / 1e9),
                      "items/s");
    }
    {
        // A fresh connection, as after opening the workspace.
        store::Database::OpenError error;
        auto db = store::Database::openSqlite(path, {}, &error);
        if (!db)
            return 1;
        const double worst = queries(*db);
        if (worst < 0)
            return 1;
        bench::report("inbox.query.first_page_ms", worst, "ms");
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("inbox_pane_probe")), {path});
    if (!child.waitForFinished(300000) || child.exitCode() != 0) {
        std::fprintf(stderr, "the inbox process failed\n");
        return 1;
    }
    std::fputs(child.readAllStandardOutput().constData(), stdout);
    return 0;
}
