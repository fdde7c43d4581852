#include "audience/followerimportcontroller.h"

#include "audience/bioclassifier.h"
#include "audience/followerimport.h"
#include "audience/gazetteer.h"
#include "audience/importissuesdialog.h"
#include "audience/locationresolver.h"
#include "store/audiencerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace ui {

struct FollowerImportController::Job
{
    domain::Account account;
    QString path;
    qint64 size = 0;
    std::atomic_bool cancel{false};
    std::atomic<qint64> bytesRead{0};
    audience::ImportOutcome outcome;
    QString failure; // the file could not be opened, or the gazetteer is damaged
};

FollowerImportController::FollowerImportController(const store::Database &database, QWidget *window)
    : QObject(window), m_database(database), m_window(window)
{
}

FollowerImportController::~FollowerImportController()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
    }
}

void FollowerImportController::importInto(const domain::Account &account)
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import followers of %1").arg(account.displayName), QString(),
        tr("Follower exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        importFile(account, path);
}

void FollowerImportController::importFile(const domain::Account &account, const QString &path)
{
    if (m_thread)
        return;
    const auto format = audience::importFormatForFile(path);
    if (!format) {
        refuse(path, {tr("“%1” is neither CSV (.csv, .tsv) nor JSON (.json, .jsonl).").arg(path)}, 1);
        return;
    }
    m_job = std::make_shared<Job>();
    m_job->account = account;
    m_job->path = path;
    m_job->size = QFileInfo(path).size();
    std::shared_ptr<Job> job = m_job;
    m_thread = QThread::create([job, format = *format] {
        QFile file(job->path);
        if (!file.open(QIODevice::ReadOnly)) {
            job->failure = file.errorString();
            return;
        }
        const auto gazetteer = audience::Gazetteer::loadDefault();
        if (!gazetteer) {
            job->failure = QCoreApplication::translate("audience", "the gazetteer cannot be read");
            return;
        }
        audience::LocationResolver resolver(gazetteer);
        const audience::BioClassifier classifier;
        audience::FollowerImport importer(resolver, classifier);
        job->outcome = importer.read(file, format, &job->cancel, [&job](qint64 bytes) { job->bytesRead = bytes; });
    });
    connect(m_thread, &QThread::finished, this, &FollowerImportController::finish);
    if (m_window) {
        m_progress = new QProgressDialog(tr("Reading followers of %1…").arg(account.displayName), tr("Cancel"), 0,
                                         1000, m_window);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(400);
        connect(m_progress, &QProgressDialog::canceled, this, [job] { job->cancel = true; });
        // The worker only writes a number; the dialog polls it.
        auto *timer = new QTimer(m_progress);
        connect(timer, &QTimer::timeout, m_progress, [this, job] {
            if (m_progress && job->size > 0)
                m_progress->setValue(int(std::min<qint64>(999, 1000 * job->bytesRead / job->size)));
        });
        timer->start(100);
    }
    m_thread->start();
}

void FollowerImportController::refuse(const QString &path, const QStringList &issues, qint64 issueCount)
{
    emit refused(path, issues, issueCount);
    if (m_window && m_window->isVisible()) {
        auto *dialog = new ImportIssuesDialog(path, issues, issueCount, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void FollowerImportController::finish()
{
    std::shared_ptr<Job> job = std::move(m_job);
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    if (!job->failure.isEmpty()) {
        refuse(job->path, {tr("The file cannot be read: %1").arg(job->failure)}, 1);
        return;
    }
    if (job->outcome.cancelled) {
        emit statusMessage(tr("Import cancelled; nothing was stored."));
        return;
    }
    if (!job->outcome.acceptable()) {
        QStringList lines;
        for (const auto &issue : std::as_const(job->outcome.issues))
            lines << issue.toString();
        refuse(job->path, lines, job->outcome.issueCount);
        return;
    }
    domain::AudienceSnapshot snapshot = job->outcome.snapshot;
    snapshot.accountId = job->account.id;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    // One transaction: the snapshot and all its shares, or nothing.
    if (const auto added = store::AudienceRepository(m_database).add(snapshot); !added) {
        refuse(job->path, {added.error().message}, 1);
        return;
    }
    emit statusMessage(tr("Imported %1 followers of %2.")
                           .arg(QLocale().toString(job->outcome.rows), job->account.displayName));
    emit imported(job->account.id, job->outcome.rows);
}

} // namespace ui
