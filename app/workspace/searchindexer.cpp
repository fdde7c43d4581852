#include "workspace/searchindexer.h"

#include "store/database.h"
#include "store/mentionrepository.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSearchIndexer, "attache.workspace.searchindexer")

namespace workspace {

namespace {
// A failed batch (another program held the workspace past the busy timeout, say) is tried again after a rest;
// after this many failures in a row the indexer gives up until the workspace is next opened.
constexpr int kAttempts = 3;
constexpr int kRetryMs = 2000;
// The rest after a batch is as long as the batch took, within these bounds.
constexpr int kMinRestMs = 1;
constexpr int kMaxRestMs = 500;
} // namespace

SearchIndexer::SearchIndexer(const store::Database &database, QObject *parent, int batch)
    : QObject(parent), m_database(database), m_batch(std::max(1, batch))
{
}

SearchIndexer::~SearchIndexer()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
    }
    m_wake.wakeAll();
    m_thread->wait();
}

void SearchIndexer::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("search indexer"));
    // The lowest priority: the GUI and the inbox sync come first on a busy machine.
    m_thread->start(QThread::LowestPriority);
}

bool SearchIndexer::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool SearchIndexer::stopRequested()
{
    QMutexLocker lock(&m_mutex);
    return m_stop;
}

bool SearchIndexer::rest(int ms)
{
    QMutexLocker lock(&m_mutex);
    if (!m_stop)
        m_wake.wait(&m_mutex, ms);
    return !m_stop;
}

// On the indexing thread. `this` outlives it: the destructor waits for it, so the signals emitted here always
// have their sender, and those queued to a receiver that is gone by then are dropped with it.
void SearchIndexer::run()
{
    store::Database::OpenError error;
    // A connection belongs to the thread that opened it: opened here, closed here when run() returns.
    const std::unique_ptr<store::Database> own = m_database.openAnother(&error);
    if (!own) {
        qCWarning(lcSearchIndexer) << "no connection of its own, older items stay unsearchable for now:"
                                   << error.error.detail;
        emit failed(error.error.message);
        return;
    }
    store::MentionRepository mentions(*own);
    int failures = 0;
    while (!stopRequested()) {
        QElapsedTimer took;
        took.start();
        const store::Result<qint64> left = mentions.indexOlderItems(m_batch);
        if (!left) {
            qCWarning(lcSearchIndexer) << "a batch failed:" << left.error().message << left.error().detail;
            if (++failures >= kAttempts) {
                emit failed(left.error().message);
                return;
            }
            if (!rest(kRetryMs))
                return;
            continue;
        }
        failures = 0;
        m_remaining.store(*left);
        emit progress(*left);
        if (*left == 0) {
            emit completed();
            return;
        }
        if (!rest(std::clamp(int(took.elapsed()), kMinRestMs, kMaxRestMs)))
            return;
    }
}

} // namespace workspace
