#include "platforms/platformclient.h"

#include <QCoreApplication>

#include <memory>

namespace platforms {

PlatformError PlatformClient::unsupported()
{
    return PlatformError::make(PlatformError::Kind::Invalid,
                               QCoreApplication::translate("platforms", "This platform does not support this."));
}

CallHandle PlatformClient::hideComment(const QString &, bool, QObject *context, Callback<bool> done)
{
    return refuse<bool>(context, done, unsupported());
}

CallHandle PlatformClient::postsUntil(const QDateTime &, int, QObject *context, Callback<QList<RemotePost>> done)
{
    return refuse<QList<RemotePost>>(context, done, unsupported());
}

CallHandle PlatformClient::publishThread(const QList<PublishRequest> &items, QObject *context,
                                         Callback<ThreadResult> done)
{
    auto *op = new Operation(this, context);
    auto state = std::make_shared<ThreadResult>();
    auto step = std::make_shared<std::function<void(int)>>();
    // The step function refers to itself through a weak pointer, so no cycle keeps it alive after the thread.
    std::weak_ptr<std::function<void(int)>> weakStep = step;
    *step = [this, op, items, state, done, weakStep](int index) {
        if (index >= items.size()) {
            deliver<ThreadResult>(op, done, *state);
            return;
        }
        PublishRequest item = items.at(index);
        if (index > 0)
            item.replyToId = state->posted.last().remoteId;
        // The operation is the context of each post: cancelling the thread cancels the post in flight.
        auto keep = weakStep.lock();
        publish(item, op, [op, state, done, keep, index](const Result<PublishResult> &r) {
            if (!r.ok()) {
                state->error = r.error();
                deliver<ThreadResult>(op, done, *state);
                return;
            }
            state->posted.append(r.value());
            (*keep)(index + 1);
        });
    };
    QTimer::singleShot(0, op, [step] { (*step)(0); });
    return CallHandle(op);
}

} // namespace platforms
