#pragma once

#include "domain/account.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace store {
class Database;
}

namespace ui {

// Imports a follower export into one account from the Dashboards pane: asks for the file, reads and
// classifies it on a worker thread (a million rows take seconds) with a progress dialog that can cancel, then
// stores the one snapshot on the GUI thread in a single transaction — or, when any line is bad, stores nothing
// and lists every bad line.
class FollowerImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowerImportController)
public:
    FollowerImportController(const store::Database &database, QWidget *window);
    ~FollowerImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Asks for a file and imports it into `account`.
    void importInto(const domain::Account &account);
    // The same without the file dialog (tests).
    void importFile(const domain::Account &account, const QString &path);

signals:
    void imported(qint64 accountId, qint64 followers);
    void refused(const QString &path, const QStringList &issues, qint64 issueCount);
    void statusMessage(const QString &message);

private:
    struct Job;
    void finish();
    void refuse(const QString &path, const QStringList &issues, qint64 issueCount);

    const store::Database &m_database;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace ui
