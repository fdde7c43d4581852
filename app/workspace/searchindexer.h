#pragma once

#include <QMutex>
#include <QObject>
#include <QWaitCondition>
#include <atomic>
#include <memory>

class QThread;

namespace store {
class Database;
}

namespace workspace {

// Indexes for full-text search the inbox items stored before search existed (schema 5), on a thread of its
// own with its own connection to the workspace, a batch at a time
// (store::MentionRepository::indexOlderItems): a workspace upgraded with a million items stays responsive
// while they become searchable.
//
// Between batches it rests as long as the batch took, so that its write lock leaves the GUI's and the inbox
// sync's own writes as much time as it takes. Deleting it stops it after the batch in flight (tens of
// milliseconds) and closes its connection; what is left is indexed the next time the workspace opens.
class SearchIndexer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchIndexer)
public:
    // How many items a batch indexes: small enough that the write lock is held for a few milliseconds.
    static constexpr int kBatch = 2000;

    // `database` must outlive this object (the indexer opens another connection from it, on its thread).
    explicit SearchIndexer(const store::Database &database, QObject *parent = nullptr, int batch = kBatch);
    // Stops after the batch in flight and waits for the thread to end.
    ~SearchIndexer() override;

    // Starts indexing (once); without older items it finishes after one quick look.
    void start();
    // How many items still wait to be indexed, as of the last batch; -1 before the first batch has run.
    qint64 remaining() const { return m_remaining.load(); }
    // True once every item is searchable.
    bool isComplete() const { return m_remaining.load() == 0; }
    // True while the thread runs.
    bool isRunning() const;

signals:
    // After each batch, with how many items remain (0 at the end). These signals are emitted on the indexing
    // thread: connect them with the default connection to objects of the GUI thread, which then queues them.
    void progress(qint64 remaining);
    // Every item is searchable.
    void completed();
    // Indexing stopped on an error (it resumes the next time the workspace opens).
    void failed(const QString &message);

private:
    void run();
    // Waits up to `ms` unless asked to stop; false when asked to stop.
    bool rest(int ms);
    bool stopRequested();

    const store::Database &m_database;
    const int m_batch;
    std::atomic<qint64> m_remaining{-1};
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stop = false; // guarded by m_mutex
};

} // namespace workspace
