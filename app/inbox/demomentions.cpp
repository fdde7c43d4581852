#include "inbox/demomentions.h"

#include "inbox/ingest.h"
#include "inbox/mentiongenerator.h"
#include "platforms/types.h"
#include "store/accountrepository.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>

#include <ctime>
#include <future>
#include <memory>
#include <vector>

namespace inbox {

namespace {
// Of both threads, the one that builds and the one that stores.
qint64 processCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
} // namespace

store::Result<DemoMentionsResult> addDemoMentions(const store::Database &database, const Classifier &classifier,
                                                  qint64 count, quint32 seed,
                                                  const std::function<void(qint64)> &progress)
{
    store::AccountRepository accounts(database);
    auto all = accounts.all();
    if (!all)
        return all.error();
    QList<domain::Account> xAccounts;
    for (const domain::Account &a : *all) {
        if (a.platform == domain::Platform::X)
            xAccounts << a;
    }
    if (xAccounts.isEmpty()) {
        domain::Account a;
        a.platform = domain::Platform::X;
        a.handle = QStringLiteral("@AttacheEmbassy");
        a.displayName = QStringLiteral("Embassy (EN)");
        a.language = QStringLiteral("en");
        a.timeZone = QStringLiteral("Europe/London");
        a.remoteId = QStringLiteral("1500000000000000001");
        const auto id = accounts.add(a);
        if (!id)
            return id.error();
        a.id = *id;
        xAccounts << a;
    }
    // One generator per account, each with its own ids, so several runs with other seeds add to each other.
    std::vector<std::unique_ptr<MentionGenerator>> generators;
    for (qsizetype i = 0; i < xAccounts.size(); ++i)
        generators.push_back(std::make_unique<MentionGenerator>(seed * 97 + quint32(i), xAccounts.at(i).handle,
                                                                count / xAccounts.size() + 1));

    Ingest::tuneConnection(database);
    const Ingest ingest(database, MentionBuilder(classifier));
    constexpr int kPage = 100;
    constexpr int kPagesPerCommit = 50;
    // A batch: the pages committed together, as generated (X's JSON), then as built (parsed and classified).
    struct Batch
    {
        QList<std::pair<qsizetype, QByteArray>> pages; // account, body
        QList<QList<domain::Mention>> built;
        QString error;
        qint64 items = 0;
    };
    qsizetype nextAccount = 0;
    qint64 planned = 0;
    const auto generate = [&]() {
        Batch batch;
        for (int p = 0; p < kPagesPerCommit && planned < count; ++p) {
            const int n = int(std::min<qint64>(kPage, count - planned));
            const qsizetype account = nextAccount++ % xAccounts.size();
            batch.pages.append({account, generators[size_t(account)]->nextXPage(n)});
            planned += n;
            batch.items += n;
        }
        return batch;
    };
    // Parsing and classifying need no database: they run on a second thread, a batch ahead of the storing.
    const auto build = [&](Batch batch) {
        for (const auto &[account, body] : std::as_const(batch.pages)) {
            const auto parsed = Ingest::parseXPage(body);
            if (!parsed) {
                batch.error = parsed.error().message + QLatin1Char(' ') + parsed.error().detail;
                break;
            }
            batch.built.append(ingest.build(xAccounts.at(account), *parsed));
        }
        batch.pages.clear();
        return batch;
    };

    DemoMentionsResult result;
    qint64 done = 0;
    // Generated before the clock runs: the measure is of the ingest, not of making up texts.
    Batch first = generate();
    QElapsedTimer timer;
    timer.start();
    qint64 cpuAtStart = processCpuNs();
    Batch current = build(std::move(first));
    result.ingestNs += timer.nsecsElapsed();
    result.ingestCpuNs += processCpuNs() - cpuAtStart;
    while (current.items > 0) {
        Batch upcoming = generate();
        const qint64 batchEnd = done + current.items;
        timer.start();
        cpuAtStart = processCpuNs();
        std::future<Batch> next = std::async(std::launch::async, build, std::move(upcoming));
        if (!current.error.isEmpty())
            return store::Error{
                QCoreApplication::translate("inbox", "A generated page of mentions could not be read."),
                current.error};
        store::Transaction transaction(database);
        for (const QList<domain::Mention> &page : std::as_const(current.built)) {
            const auto stored = ingest.store(page);
            if (!stored)
                return stored.error(); // the future's destructor waits for the build under way
            result.stored += *stored;
            done += page.size();
            if (progress && done < batchEnd)
                progress(done); // the last page of a commit is reported once it is committed
        }
        if (!transaction.commit())
            return store::Error{QCoreApplication::translate("inbox", "The generated mentions could not be saved."),
                                database.connection().lastError().text()};
        current = next.get();
        result.ingestNs += timer.nsecsElapsed();
        result.ingestCpuNs += processCpuNs() - cpuAtStart;
        if (progress)
            progress(done);
    }
    return result;
}

} // namespace inbox
