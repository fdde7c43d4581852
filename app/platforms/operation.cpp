#include "platforms/operation.h"

#include <QNetworkReply>
#include <QTimer>

namespace platforms {

Operation::Operation(QObject *owner, QObject *context)
    : QObject(owner), m_context(context), m_hasContext(context != nullptr)
{
    if (context)
        connect(context, &QObject::destroyed, this, &Operation::cancel);
}

Operation::~Operation()
{
    // Marked first: aborting makes the reply finish at once, and that must not deliver anything.
    m_cancelled = true;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
}

void Operation::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    for (const auto &t : std::as_const(m_timers)) {
        if (t)
            t->stop();
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
    deleteLater();
}

void Operation::finish(const std::function<void()> &deliver)
{
    if (m_finished || m_cancelled)
        return;
    m_finished = true;
    if (!m_hasContext || m_context)
        deliver();
    emit finished();
    deleteLater();
}

void Operation::setCurrentReply(QNetworkReply *reply)
{
    m_reply = reply;
}

void Operation::addTimer(QTimer *timer)
{
    m_timers.append(timer);
}

void CallHandle::cancel() const
{
    if (m_operation)
        m_operation->cancel();
}

} // namespace platforms
