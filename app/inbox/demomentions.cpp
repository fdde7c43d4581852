#include "inbox/demomentions.h"

#include "inbox/ingest.h"
#include "inbox/mentiongenerator.h"
#include "store/accountrepository.h"
#include "store/database.h"

#include <QElapsedTimer>

#include <ctime>
#include <memory>
#include <vector>

namespace inbox {

namespace {
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
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
    DemoMentionsResult result;
    QElapsedTimer timer;
    qint64 done = 0;
    qsizetype next = 0;
    while (done < count) {
        // Generated before the clock runs: the measure is of the ingest, not of making up texts.
        struct Page
        {
            qsizetype account;
            int items;
            QByteArray body;
        };
        QList<Page> pages;
        qint64 planned = done;
        for (int p = 0; p < kPagesPerCommit && planned < count; ++p) {
            const int n = int(std::min<qint64>(kPage, count - planned));
            const qsizetype account = next++ % xAccounts.size();
            pages.append({account, n, generators[size_t(account)]->nextXPage(n)});
            planned += n;
        }
        timer.start();
        const qint64 cpuAtStart = threadCpuNs();
        store::Transaction transaction(database);
        for (const Page &page : std::as_const(pages)) {
            const auto stored = ingest.xPage(xAccounts.at(page.account), page.body);
            if (!stored)
                return stored.error();
            result.stored += *stored;
            done += page.items;
            if (progress && done < planned)
                progress(done); // the last page of a commit is reported once it is committed
        }
        if (!transaction.commit())
            return store::Error{QStringLiteral("commit failed"), {}};
        result.ingestNs += timer.nsecsElapsed();
        result.ingestCpuNs += threadCpuNs() - cpuAtStart;
        if (progress)
            progress(done);
    }
    return result;
}

} // namespace inbox
