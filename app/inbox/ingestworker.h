#pragma once

#include "domain/account.h"
#include "inbox/mentionbuilder.h"
#include "store/result.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace platforms {
struct MentionPage;
}
namespace store {
class Database;
}

namespace inbox {

// Classifies and stores pages of mentions on a thread of its own, with its own connection to the workspace
// (a connection belongs to the thread that opened it), so a crisis-size sync never holds the GUI thread.
// Pages are stored one after another in the order given; each answer comes back on the caller's thread.
// When a second connection cannot be opened, pages are stored on the caller's thread instead.
class IngestWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestWorker)
public:
    using Done = std::function<void(const store::Result<int> &)>;

    IngestWorker(const store::Database &database, MentionBuilder builder, QObject *parent = nullptr);
    // Waits for the page being stored, if any; later pages are dropped (their cursor has not moved on).
    ~IngestWorker() override;

    // Stores `page`; done(new items or the error) runs on this object's thread, unless it is gone by then.
    void store(const domain::Account &account, const platforms::MentionPage &page, Done done);
    // Pages stored from now on are classified with `classifier` (a copy: what the office's corrections taught
    // the workspace's classifier). Pages already on their way keep the one they were sent with.
    void setClassifier(const Classifier &classifier);

private:
    class Job; // lives on the worker thread
    const store::Database &m_database;
    MentionBuilder m_builder;
    QThread m_thread;
    QObject *m_context = nullptr; // on the worker thread: where jobs run
    std::shared_ptr<std::unique_ptr<store::Database>> m_own; // the worker's connection, opened there
    bool m_threaded = true;
};

} // namespace inbox
