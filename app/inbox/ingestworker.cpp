#include "inbox/ingestworker.h"

#include "inbox/ingest.h"
#include "platforms/types.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace inbox {

IngestWorker::IngestWorker(const store::Database &database, MentionBuilder builder, QObject *parent)
    : QObject(parent), m_database(database), m_builder(std::move(builder)),
      m_own(std::make_shared<std::unique_ptr<store::Database>>())
{
    m_thread.setObjectName(QStringLiteral("inbox ingest"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // The connection is closed and the context deleted on the worker thread, as it ends.
    auto own = m_own;
    connect(&m_thread, &QThread::finished, m_context, [own] { own->reset(); });
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

IngestWorker::~IngestWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void IngestWorker::setClassifier(const Classifier &classifier)
{
    m_builder.classifier() = classifier; // each job copies the builder when it is sent, on this thread
}

void IngestWorker::store(const domain::Account &account, const platforms::MentionPage &page, Done done)
{
    if (!m_threaded) {
        done(Ingest(m_database, m_builder).page(account, page));
        return;
    }
    // `this` outlives every job: the destructor waits for the worker thread, and an answer posted to an object
    // being destroyed is dropped with it.
    IngestWorker *self = this;
    const store::Database *main = &m_database;
    auto own = m_own;
    MentionBuilder builder = m_builder;
    QMetaObject::invokeMethod(
        m_context,
        [self, main, own, builder, account, page, done]() {
            store::Result<int> result = store::Error{};
            bool unavailable = false;
            if (!*own) {
                store::Database::OpenError error;
                *own = main->openAnother(&error);
                if (*own)
                    Ingest::tuneConnection(**own);
                if (!*own) {
                    qCInfo(lcSync) << "no second connection, storing on the caller's thread:"
                                   << error.error.detail;
                    unavailable = true;
                }
            }
            if (!unavailable)
                result = Ingest(**own, builder).page(account, page);
            QMetaObject::invokeMethod(
                self,
                [self, unavailable, result, done, account, page]() {
                    if (unavailable) {
                        self->m_threaded = false;
                        self->store(account, page, done);
                        return;
                    }
                    done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace inbox
