#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;
class QTimer;

namespace platforms {

// One platform call in flight, which may take several HTTP requests (a thread, a chunked upload with status
// polling, retries). It is owned by the client and deletes itself when finished or cancelled. Cancelling aborts
// the current request and guarantees the caller's callback will not run.
class Operation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Operation)
public:
    // context: the caller's object; when it is destroyed the call is cancelled. May be null.
    Operation(QObject *owner, QObject *context);
    // Destroyed with its client while a request runs: the request is aborted and nobody is called back.
    ~Operation() override;

    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    // Runs deliver() unless cancelled or the context is gone, then schedules deletion. Only the first call counts.
    void finish(const std::function<void()> &deliver);

    // The request or timer currently waited on, so cancel() can stop it.
    void setCurrentReply(QNetworkReply *reply);
    void addTimer(QTimer *timer);

signals:
    void finished();

private:
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    QPointer<QNetworkReply> m_reply;
    QList<QPointer<QTimer>> m_timers;
    bool m_cancelled = false;
    bool m_finished = false;
};

// What every client call returns: a handle to cancel it or ask whether it still runs. Cheap to copy; safe to use
// after the operation has ended (it then does nothing).
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(Operation *operation) : m_operation(operation) {}
    void cancel() const;
    bool isRunning() const { return m_operation && !m_operation->isFinished() && !m_operation->isCancelled(); }
    Operation *operation() const { return m_operation; }

private:
    QPointer<Operation> m_operation;
};

} // namespace platforms
