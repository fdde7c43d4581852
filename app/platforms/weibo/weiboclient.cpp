#include "platforms/weibo/weiboclient.h"

#include "platforms/bodies.h"
#include "platforms/transport.h"
#include "platforms/weibo/weiboparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcWeibo, "attache.platforms.weibo")

namespace platforms::weibo {

OAuthConfig signInConfig(const QString &appKey, const QString &appSecret, const QUrl &base)
{
    OAuthConfig c;
    c.authorizeUrl = base.resolved(QUrl(QStringLiteral("/oauth2/authorize")));
    c.tokenUrl = base.resolved(QUrl(QStringLiteral("/oauth2/access_token")));
    c.clientId = appKey;
    c.clientSecret = appSecret;
    return c;
}

WeiboClient::WeiboClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : PlatformClient(parent)
{
    TransportConfig config;
    config.platform = QStringLiteral("weibo");
    config.baseUrl = baseUrl;
    config.classify = &classify;
    config.category = &lcWeibo;
    // Weibo accepts the token as "Authorization: OAuth2 <token>", which keeps it out of URLs and access logs.
    config.authHeaders = [this] {
        return QList<QPair<QByteArray, QByteArray>>{{"Authorization", "OAuth2 " + m_token.toUtf8()}};
    };
    m_transport = new Transport(network, std::move(config), this);
}

HttpRequest WeiboClient::request(const QByteArray &verb, const QString &path) const
{
    HttpRequest r;
    r.verb = verb;
    r.path = QStringLiteral("/2/") + path;
    r.idempotent = verb == "GET";
    return r;
}

std::optional<PlatformError> WeiboClient::checkSafeDomain(const QString &text) const
{
    static const QRegularExpression urls(QStringLiteral("https?://([A-Za-z0-9.-]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString domain = m_safeDomain.toLower();
    if (!domain.isEmpty()) {
        for (auto it = urls.globalMatch(text); it.hasNext();) {
            const QString host = it.next().captured(1).toLower();
            if (host == domain || host.endsWith(QLatin1Char('.') + domain))
                return std::nullopt;
        }
    }
    return PlatformError::make(
        PlatformError::Kind::Invalid,
        domain.isEmpty()
            ? QCoreApplication::translate("platforms", "Weibo needs the app's registered safe domain in the "
                                                       "workspace settings before it can post.")
            : QCoreApplication::translate("platforms", "Weibo only accepts a post that links to %1. Add a link to "
                                                       "the embassy's site.")
                  .arg(domain));
}

void WeiboClient::withUid(Operation *op, std::function<void(const Result<QString> &)> next)
{
    if (!m_uid.isEmpty()) {
        next(m_uid);
        return;
    }
    m_transport->send(op, request("GET", QStringLiteral("account/get_uid.json")),
                      [this, next](const Result<HttpResponse> &r) {
                          if (!r.ok())
                              return next(r.error());
                          const auto uid = parseUid(r.value().body);
                          if (uid.ok())
                              m_uid = uid.value();
                          next(uid);
                      });
}

CallHandle WeiboClient::whoAmI(QObject *context, Callback<AccountInfo> done)
{
    auto *op = new Operation(this, context);
    withUid(op, [this, op, done](const Result<QString> &uid) {
        if (!uid.ok())
            return deliver<AccountInfo>(op, done, uid.error());
        HttpRequest r = request("GET", QStringLiteral("users/show.json"));
        r.query.addQueryItem(QStringLiteral("uid"), uid.value());
        m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
            if (!res.ok())
                return deliver<AccountInfo>(op, done, res.error());
            deliver(op, done, parseUserShow(res.value().body));
        });
    });
    return CallHandle(op);
}

CallHandle WeiboClient::publish(const PublishRequest &request, QObject *context, Callback<PublishResult> done)
{
    if (!request.replyToId.isEmpty() || !request.quoteId.isEmpty() || request.scheduleAt.isValid() ||
        request.mediaIds.size() > 1)
        return refuse<PublishResult>(context, done, unsupported());
    if (auto bad = checkSafeDomain(request.text))
        return refuse<PublishResult>(context, done, *bad);
    HttpRequest r = this->request("POST", QStringLiteral("statuses/share.json"));
    if (request.mediaIds.isEmpty()) {
        r.contentType = "application/x-www-form-urlencoded";
        r.body = formBody({{QStringLiteral("status"), request.text}});
    } else {
        const auto it = m_pictures.constFind(request.mediaIds.first());
        if (it == m_pictures.constEnd())
            return refuse<PublishResult>(context, done,
                                         PlatformError::make(PlatformError::Kind::Invalid,
                                                             QCoreApplication::translate(
                                                                 "platforms", "The picture is no longer available.")));
        const Multipart body = multipartBody({
            {QStringLiteral("status"), request.text.toUtf8(), {}, {}},
            {QStringLiteral("pic"), it->data, it->fileName.isEmpty() ? QStringLiteral("pic") : it->fileName,
             it->mimeType.toUtf8()},
        });
        r.body = body.body;
        r.contentType = body.contentType;
    }
    auto *op = new Operation(this, context);
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<PublishResult>(op, done, res.error());
        auto created = parseStatus(res.value().body);
        if (!created.ok()) {
            PlatformError e = created.error();
            e.uncertain = true;
            return deliver<PublishResult>(op, done, e);
        }
        deliver(op, done, created);
    });
    return CallHandle(op);
}

CallHandle WeiboClient::deletePost(const QString &remoteId, QObject *context, Callback<bool> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("POST", QStringLiteral("statuses/destroy.json"));
    r.contentType = "application/x-www-form-urlencoded";
    r.body = formBody({{QStringLiteral("id"), remoteId}});
    r.idempotent = true;
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<bool>(op, done, res.error());
        const auto status = parseStatus(res.value().body);
        if (!status.ok())
            return deliver<bool>(op, done, status.error());
        deliver<bool>(op, done, true);
    });
    return CallHandle(op);
}

CallHandle WeiboClient::fetchMentions(const MentionQuery &query, QObject *context, Callback<MentionPage> done)
{
    auto *op = new Operation(this, context);
    const int count = std::clamp(query.pageSize, 1, 200);
    HttpRequest r = request("GET", query.commentsToMe ? QStringLiteral("comments/to_me.json")
                                                      : QStringLiteral("statuses/mentions.json"));
    r.query.addQueryItem(QStringLiteral("count"), QString::number(count));
    const int page = std::max(query.pageToken.toInt(), 1);
    r.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    if (!query.sinceCursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("since_id"), query.sinceCursor);
    // Weibo's max_id is inclusive; the query's bound is not.
    if (const qint64 until = query.untilCursor.toLongLong(); until > 0)
        r.query.addQueryItem(QStringLiteral("max_id"), QString::number(until - 1));
    const bool comments = query.commentsToMe;
    m_transport->send(op, r, [op, done, count, page, comments](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<MentionPage>(op, done, res.error());
        auto parsed = comments ? parseCommentsToMe(res.value().body) : parseMentions(res.value().body);
        // Weibo gives no next-page marker: a full page means there may be another.
        if (parsed.ok() && parsed.value().items.size() >= count)
            parsed.value().nextPageToken = QString::number(page + 1);
        deliver(op, done, parsed);
    });
    return CallHandle(op);
}

CallHandle WeiboClient::fetchAudience(const AudienceQuery &query, QObject *context, Callback<AudiencePage> done)
{
    auto *op = new Operation(this, context);
    withUid(op, [this, op, query, done](const Result<QString> &uid) {
        if (!uid.ok())
            return deliver<AudiencePage>(op, done, uid.error());
        HttpRequest r = request("GET", QStringLiteral("friendships/followers.json"));
        r.query.addQueryItem(QStringLiteral("uid"), uid.value());
        r.query.addQueryItem(QStringLiteral("count"), QString::number(std::clamp(query.pageSize, 1, 200)));
        r.query.addQueryItem(QStringLiteral("cursor"), query.pageToken.isEmpty() ? QStringLiteral("0")
                                                                                 : query.pageToken);
        m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
            if (!res.ok())
                return deliver<AudiencePage>(op, done, res.error());
            auto page = parseFollowers(res.value().body);
            if (page.ok()) {
                const qint64 total = page.value().totalFollowers;
                page.value().sampleLimit = total >= 0 ? std::min<qint64>(FollowerSampleCap, (total * 3 + 9) / 10)
                                                      : FollowerSampleCap;
            }
            deliver(op, done, page);
        });
    });
    return CallHandle(op);
}

CallHandle WeiboClient::replyToComment(const QString &commentId, const QString &postId, const QString &text,
                                       QObject *context, Callback<PublishResult> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("POST", QStringLiteral("comments/reply.json"));
    r.contentType = "application/x-www-form-urlencoded";
    r.body = formBody({{QStringLiteral("cid"), commentId},
                       {QStringLiteral("id"), postId},
                       {QStringLiteral("comment"), text}});
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<PublishResult>(op, done, res.error());
        deliver(op, done, parseStatus(res.value().body));
    });
    return CallHandle(op);
}

CallHandle WeiboClient::recentPosts(int count, QObject *context, Callback<QList<RemotePost>> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QStringLiteral("statuses/user_timeline.json"));
    r.query.addQueryItem(QStringLiteral("count"), QString::number(std::clamp(count, 1, 100)));
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QList<RemotePost>>(op, done, res.error());
        deliver(op, done, parseTimeline(res.value().body));
    });
    return CallHandle(op);
}

CallHandle WeiboClient::uploadMedia(const MediaUpload &media, QObject *context, Callback<QString> done)
{
    static const QStringList accepted{QStringLiteral("image/jpeg"), QStringLiteral("image/gif"),
                                      QStringLiteral("image/png")};
    if (!accepted.contains(media.mimeType) || media.data.isEmpty() || media.data.size() >= 5 * 1024 * 1024)
        return refuse<QString>(context, done,
                               PlatformError::make(PlatformError::Kind::Invalid,
                                                   QCoreApplication::translate(
                                                       "platforms", "Weibo takes one JPEG, GIF or PNG under 5 MB.")));
    const QString id = QStringLiteral("local-%1").arg(m_nextPicture++);
    m_pictures.insert(id, media);
    auto *op = new Operation(this, context);
    QTimer::singleShot(0, op, [op, done, id] { deliver<QString>(op, done, id); });
    return CallHandle(op);
}

} // namespace platforms::weibo
