#pragma once

#include "domain/platform.h"
#include "platforms/operation.h"
#include "platforms/result.h"
#include "platforms/types.h"

#include <QObject>
#include <QTimer>

namespace platforms {

class Transport;

// What a thread publish did: the posts that exist now (in order) and, when it stopped early, why. Posts already
// published are never lost from the answer, so the publisher can record them.
struct ThreadResult
{
    QList<PublishResult> posted;
    std::optional<PlatformError> error;
};

// One signed-in account on one platform, as the workspace, publisher, inbox and audience sync use it.
//
// Every call is asynchronous and returns at once with a CallHandle. The callback runs exactly once on the
// client's thread with a value or a PlatformError — unless the handle was cancelled or `context` (the caller's
// object, may be null) was destroyed first, in which case it never runs. Nothing blocks.
//
// A publish that fails with error().uncertain == true may have been carried out: reconcile with recentPosts()
// before trying again. The clients never resend such a request themselves.
class PlatformClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformClient)
public:
    using QObject::QObject;
    ~PlatformClient() override = default;

    virtual domain::Platform platform() const = 0;
    virtual Transport *transport() = 0;

    // The token requests are made with (the page token on Facebook). Held in memory only, never logged.
    virtual void setAccessToken(const QString &token) = 0;

    virtual CallHandle whoAmI(QObject *context, Callback<AccountInfo> done) = 0;
    virtual CallHandle publish(const PublishRequest &request, QObject *context, Callback<PublishResult> done) = 0;
    // Posts each item as a reply to the previous one (X threads). Stops at the first failure.
    virtual CallHandle publishThread(const QList<PublishRequest> &items, QObject *context,
                                     Callback<ThreadResult> done);
    virtual CallHandle deletePost(const QString &remoteId, QObject *context, Callback<bool> done) = 0;
    // Mentions (X, Weibo) or comments on a post (Facebook, Weibo comments/to_me), newest first, paged.
    virtual CallHandle fetchMentions(const MentionQuery &query, QObject *context, Callback<MentionPage> done) = 0;
    // Followers, paged (Weibo: a capped sample, see AudiencePage::isSample).
    virtual CallHandle fetchAudience(const AudienceQuery &query, QObject *context, Callback<AudiencePage> done) = 0;
    // Answers a comment (Facebook, Weibo: postId is the post it is on) or a post (X: commentId is the post).
    virtual CallHandle replyToComment(const QString &commentId, const QString &postId, const QString &text,
                                      QObject *context, Callback<PublishResult> done) = 0;
    // Facebook only; other platforms answer Invalid.
    virtual CallHandle hideComment(const QString &commentId, bool hidden, QObject *context, Callback<bool> done);
    // The account's latest posts, newest first: how the publisher reconciles an uncertain publish.
    virtual CallHandle recentPosts(int count, QObject *context, Callback<QList<RemotePost>> done) = 0;
    // Facebook only (others answer Invalid): the page's posts created at or before `until` (all of them when
    // invalid), newest first, at most `count`: where "Load older" finds the older posts to read comments of.
    virtual CallHandle postsUntil(const QDateTime &until, int count, QObject *context,
                                  Callback<QList<RemotePost>> done);
    // Uploads an image or video and answers the id to put in PublishRequest::mediaIds.
    virtual CallHandle uploadMedia(const MediaUpload &media, QObject *context, Callback<QString> done) = 0;

protected:
    // Completes op with r: runs done unless the call was cancelled or its context is gone.
    template <typename T>
    static void deliver(Operation *op, const Callback<T> &done, const Result<T> &r)
    {
        op->finish([&] { done(r); });
    }
    // An operation that fails at once (asynchronously, like every other answer).
    template <typename T>
    CallHandle refuse(QObject *context, const Callback<T> &done, const PlatformError &error);
    static PlatformError unsupported();
};

template <typename T>
CallHandle PlatformClient::refuse(QObject *context, const Callback<T> &done, const PlatformError &error)
{
    auto *op = new Operation(this, context);
    QTimer::singleShot(0, op, [op, done, error] { deliver<T>(op, done, error); });
    return CallHandle(op);
}

} // namespace platforms
