#include "platforms/x/xclient.h"

#include "platforms/bodies.h"
#include "platforms/transport.h"
#include "platforms/x/xparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

Q_LOGGING_CATEGORY(lcX, "attache.platforms.x")

namespace platforms::x {

namespace {

const QString &userFields()
{
    static const QString f = QStringLiteral("created_at,description,location,name,username,verified,verified_type,"
                                            "public_metrics");
    return f;
}

} // namespace

XClient::XClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent) : PlatformClient(parent)
{
    TransportConfig config;
    config.platform = QStringLiteral("x");
    config.baseUrl = baseUrl;
    config.classify = &classify;
    config.category = &lcX;
    // The token goes in a header, never the URL, so it cannot end up in an access log.
    config.authHeaders = [this] {
        return QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer " + m_token.toUtf8()}};
    };
    m_transport = new Transport(network, std::move(config), this);
}

HttpRequest XClient::request(const QByteArray &verb, const QString &path) const
{
    HttpRequest r;
    r.verb = verb;
    r.path = path;
    r.idempotent = verb == "GET";
    return r;
}

void XClient::withUserId(Operation *op, std::function<void(const Result<QString> &)> next)
{
    if (!m_userId.isEmpty()) {
        next(m_userId);
        return;
    }
    m_transport->send(op, request("GET", QStringLiteral("/2/users/me")),
                      [this, next](const Result<HttpResponse> &r) {
                          if (!r.ok())
                              return next(r.error());
                          const auto me = parseMe(r.value().body);
                          if (!me.ok())
                              return next(me.error());
                          m_userId = me.value().id;
                          next(m_userId);
                      });
}

CallHandle XClient::whoAmI(QObject *context, Callback<AccountInfo> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QStringLiteral("/2/users/me"));
    r.query.addQueryItem(QStringLiteral("user.fields"), userFields());
    m_transport->send(op, r, [this, op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<AccountInfo>(op, done, res.error());
        const auto me = parseMe(res.value().body);
        if (me.ok())
            m_userId = me.value().id;
        deliver(op, done, me);
    });
    return CallHandle(op);
}

CallHandle XClient::publish(const PublishRequest &request, QObject *context, Callback<PublishResult> done)
{
    // media, poll and quote are mutually exclusive on X: refuse before sending rather than let X refuse.
    if (!request.mediaIds.isEmpty() && !request.quoteId.isEmpty())
        return refuse<PublishResult>(
            context, done,
            PlatformError::make(PlatformError::Kind::Invalid,
                                QCoreApplication::translate("platforms", "X does not allow media in a quote post.")));
    if (request.mediaIds.size() > 4)
        return refuse<PublishResult>(
            context, done,
            PlatformError::make(PlatformError::Kind::Invalid,
                                QCoreApplication::translate("platforms", "X allows at most 4 media per post.")));
    if (!request.pollOptions.isEmpty()) {
        bool valid = request.pollOptions.size() >= 2 && request.pollOptions.size() <= 4 &&
                     request.pollDurationMinutes >= 5 && request.pollDurationMinutes <= 10080 &&
                     request.mediaIds.isEmpty() && request.quoteId.isEmpty();
        for (const QString &o : request.pollOptions)
            valid = valid && !o.isEmpty() && o.size() <= 25;
        if (!valid)
            return refuse<PublishResult>(
                context, done,
                PlatformError::make(PlatformError::Kind::Invalid,
                                    QCoreApplication::translate("platforms",
                                                                "An X poll needs 2 to 4 options of at most 25 "
                                                                "characters, lasts 5 minutes to 7 days, and cannot "
                                                                "have media or a quote.")));
    }
    QJsonObject body{{QStringLiteral("text"), request.text}};
    if (!request.pollOptions.isEmpty())
        body.insert(QStringLiteral("poll"),
                    QJsonObject{{QStringLiteral("options"), QJsonArray::fromStringList(request.pollOptions)},
                                {QStringLiteral("duration_minutes"), request.pollDurationMinutes}});
    if (!request.replyToId.isEmpty())
        body.insert(QStringLiteral("reply"), QJsonObject{{QStringLiteral("in_reply_to_tweet_id"), request.replyToId}});
    if (!request.mediaIds.isEmpty())
        body.insert(QStringLiteral("media"),
                    QJsonObject{{QStringLiteral("media_ids"), QJsonArray::fromStringList(request.mediaIds)}});
    if (!request.quoteId.isEmpty())
        body.insert(QStringLiteral("quote_tweet_id"), request.quoteId);

    auto *op = new Operation(this, context);
    HttpRequest r = this->request("POST", QStringLiteral("/2/tweets"));
    r.contentType = "application/json";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<PublishResult>(op, done, res.error());
        auto created = parseCreated(res.value().body);
        if (!created.ok()) {
            // X answered 2xx but we cannot read the id: the post probably exists.
            PlatformError e = created.error();
            e.uncertain = true;
            return deliver<PublishResult>(op, done, e);
        }
        deliver(op, done, created);
    });
    return CallHandle(op);
}

CallHandle XClient::deletePost(const QString &remoteId, QObject *context, Callback<bool> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("DELETE", QStringLiteral("/2/tweets/") + remoteId);
    r.bucket = QStringLiteral("DELETE /2/tweets/:id");
    r.idempotent = true; // deleting twice cannot delete anything else
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<bool>(op, done, res.error());
        deliver(op, done, parseDeleted(res.value().status, res.value().body));
    });
    return CallHandle(op);
}

CallHandle XClient::fetchMentions(const MentionQuery &query, QObject *context, Callback<MentionPage> done)
{
    auto *op = new Operation(this, context);
    withUserId(op, [this, op, query, done](const Result<QString> &id) {
        if (!id.ok())
            return deliver<MentionPage>(op, done, id.error());
        HttpRequest r = request("GET", QStringLiteral("/2/users/%1/mentions").arg(id.value()));
        r.bucket = QStringLiteral("GET /2/users/:id/mentions");
        r.query.addQueryItem(QStringLiteral("max_results"), QString::number(std::clamp(query.pageSize, 5, 100)));
        if (!query.sinceCursor.isEmpty())
            r.query.addQueryItem(QStringLiteral("since_id"), query.sinceCursor);
        if (!query.untilCursor.isEmpty())
            r.query.addQueryItem(QStringLiteral("until_id"), query.untilCursor);
        if (!query.pageToken.isEmpty())
            r.query.addQueryItem(QStringLiteral("pagination_token"), query.pageToken);
        r.query.addQueryItem(QStringLiteral("tweet.fields"),
                             QStringLiteral("created_at,author_id,conversation_id,in_reply_to_user_id,lang,"
                                            "public_metrics,referenced_tweets"));
        r.query.addQueryItem(QStringLiteral("expansions"),
                             QStringLiteral("author_id,in_reply_to_user_id,referenced_tweets.id"));
        r.query.addQueryItem(QStringLiteral("user.fields"), userFields());
        m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
            if (!res.ok())
                return deliver<MentionPage>(op, done, res.error());
            deliver(op, done, parseMentions(res.value().body));
        });
    });
    return CallHandle(op);
}

CallHandle XClient::fetchAudience(const AudienceQuery &query, QObject *context, Callback<AudiencePage> done)
{
    auto *op = new Operation(this, context);
    withUserId(op, [this, op, query, done](const Result<QString> &id) {
        if (!id.ok())
            return deliver<AudiencePage>(op, done, id.error());
        HttpRequest r = request("GET", QStringLiteral("/2/users/%1/followers").arg(id.value()));
        r.bucket = QStringLiteral("GET /2/users/:id/followers");
        r.query.addQueryItem(QStringLiteral("max_results"), QString::number(std::clamp(query.pageSize, 1, 1000)));
        if (!query.pageToken.isEmpty())
            r.query.addQueryItem(QStringLiteral("pagination_token"), query.pageToken);
        r.query.addQueryItem(QStringLiteral("user.fields"), userFields());
        m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
            if (!res.ok())
                return deliver<AudiencePage>(op, done, res.error());
            deliver(op, done, parseFollowers(res.value().body));
        });
    });
    return CallHandle(op);
}

CallHandle XClient::replyToComment(const QString &commentId, const QString &, const QString &text,
                                   QObject *context, Callback<PublishResult> done)
{
    PublishRequest r;
    r.text = text;
    r.replyToId = commentId;
    return publish(r, context, std::move(done));
}

CallHandle XClient::recentPosts(int count, QObject *context, Callback<QList<RemotePost>> done)
{
    auto *op = new Operation(this, context);
    withUserId(op, [this, op, count, done](const Result<QString> &id) {
        if (!id.ok())
            return deliver<QList<RemotePost>>(op, done, id.error());
        // More than a page (100) is read page by page, so the publisher can look far enough back when many
        // posts went out since an interrupted one.
        auto collected = std::make_shared<QList<RemotePost>>();
        auto page = std::make_shared<std::function<void(const QString &)>>();
        std::weak_ptr<std::function<void(const QString &)>> weakPage = page;
        *page = [this, op, count, done, collected, weakPage, userId = id.value()](const QString &token) {
            HttpRequest r = request("GET", QStringLiteral("/2/users/%1/tweets").arg(userId));
            r.bucket = QStringLiteral("GET /2/users/:id/tweets");
            r.query.addQueryItem(QStringLiteral("max_results"),
                                 QString::number(std::clamp(count - int(collected->size()), 5, 100)));
            r.query.addQueryItem(QStringLiteral("tweet.fields"), QStringLiteral("created_at"));
            if (!token.isEmpty())
                r.query.addQueryItem(QStringLiteral("pagination_token"), token);
            auto keep = weakPage.lock();
            m_transport->send(op, r, [op, done, collected, count, keep](const Result<HttpResponse> &res) {
                if (!res.ok())
                    return deliver<QList<RemotePost>>(op, done, res.error());
                const auto posts = parseTimeline(res.value().body);
                if (!posts.ok())
                    return deliver<QList<RemotePost>>(op, done, posts.error());
                *collected << posts.value();
                const QString next = QJsonDocument::fromJson(res.value().body)
                                         .object()
                                         .value(QLatin1String("meta"))
                                         .toObject()
                                         .value(QLatin1String("next_token"))
                                         .toString();
                if (next.isEmpty() || posts.value().isEmpty() || collected->size() >= count)
                    return deliver<QList<RemotePost>>(op, done, *collected);
                (*keep)(next);
            });
        };
        (*page)(QString());
    });
    return CallHandle(op);
}

} // namespace platforms::x
