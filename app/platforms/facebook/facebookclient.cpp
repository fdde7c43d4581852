#include "platforms/facebook/facebookclient.h"

#include "platforms/bodies.h"
#include "platforms/facebook/graphparser.h"
#include "platforms/transport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

Q_LOGGING_CATEGORY(lcFacebook, "attache.platforms.facebook")

namespace platforms::facebook {

OAuthConfig signInConfig(const QString &appId, const QString &appSecret, const QUrl &dialogBase,
                         const QUrl &graphBase)
{
    OAuthConfig c;
    c.authorizeUrl = dialogBase.resolved(QUrl(QLatin1Char('/') + FacebookClient::graphVersion() +
                                              QStringLiteral("/dialog/oauth")));
    c.tokenUrl = graphBase.resolved(QUrl(QLatin1Char('/') + FacebookClient::graphVersion() +
                                         QStringLiteral("/oauth/access_token")));
    c.clientId = appId;
    c.clientSecret = appSecret;
    c.scopes = {QStringLiteral("pages_show_list"), QStringLiteral("pages_manage_posts"),
                QStringLiteral("pages_read_engagement"), QStringLiteral("pages_manage_engagement"),
                QStringLiteral("pages_read_user_content"), QStringLiteral("read_insights")};
    c.scopeSeparator = QStringLiteral(",");
    return c;
}

FacebookClient::FacebookClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : PlatformClient(parent)
{
    TransportConfig config;
    config.platform = QStringLiteral("facebook");
    config.baseUrl = baseUrl;
    config.classify = &classify;
    config.category = &lcFacebook;
    config.authHeaders = [this] {
        return QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer " + m_token.toUtf8()}};
    };
    m_transport = new Transport(network, std::move(config), this);
}

HttpRequest FacebookClient::request(const QByteArray &verb, const QString &path, const QString &token) const
{
    HttpRequest r;
    r.verb = verb;
    r.path = QLatin1Char('/') + graphVersion() + path;
    r.idempotent = verb == "GET";
    // Graph's usage headers are app-wide: one bucket for every request.
    r.bucket = QStringLiteral("graph");
    // The token goes in a header rather than the URL, so it cannot end up in a proxy's or server's access log.
    if (!token.isEmpty())
        r.headers.append({"Authorization", "Bearer " + token.toUtf8()});
    return r;
}

std::optional<PlatformError> FacebookClient::needPage() const
{
    if (!m_pageId.isEmpty())
        return std::nullopt;
    return PlatformError::make(PlatformError::Kind::Invalid,
                               QCoreApplication::translate("platforms", "No Facebook Page is chosen for this account."));
}

CallHandle FacebookClient::exchangeForLongLived(const QString &appId, const QString &appSecret,
                                                const QString &shortToken, QObject *context,
                                                Callback<QPair<QString, qint64>> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r;
    r.path = QLatin1Char('/') + graphVersion() + QStringLiteral("/oauth/access_token");
    r.bucket = QStringLiteral("graph");
    r.idempotent = true; // an exchange can be repeated; the short token stays valid until it expires
    r.query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("fb_exchange_token"));
    r.query.addQueryItem(QStringLiteral("client_id"), appId);
    r.query.addQueryItem(QStringLiteral("client_secret"), appSecret);
    r.query.addQueryItem(QStringLiteral("fb_exchange_token"), shortToken);
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QPair<QString, qint64>>(op, done, res.error());
        const auto grant = parseToken(res.value().body);
        if (!grant.ok())
            return deliver<QPair<QString, qint64>>(op, done, grant.error());
        deliver<QPair<QString, qint64>>(op, done, qMakePair(grant.value().accessToken, grant.value().expiresIn));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::listPages(const QString &userToken, QObject *context, Callback<QList<ManagedPage>> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QStringLiteral("/me/accounts"), userToken);
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,access_token,tasks"));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QList<ManagedPage>>(op, done, res.error());
        deliver(op, done, parseAccounts(res.value().body));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::fetchInsight(const QString &metric, const QString &period, const QDateTime &since,
                                        const QDateTime &until, QObject *context, Callback<InsightSeries> done)
{
    if (auto e = needPage())
        return refuse<InsightSeries>(context, done, *e);
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QStringLiteral("/%1/insights").arg(m_pageId));
    r.query.addQueryItem(QStringLiteral("metric"), metric);
    r.query.addQueryItem(QStringLiteral("period"), period);
    if (since.isValid())
        r.query.addQueryItem(QStringLiteral("since"), QString::number(since.toSecsSinceEpoch()));
    if (until.isValid())
        r.query.addQueryItem(QStringLiteral("until"), QString::number(until.toSecsSinceEpoch()));
    m_transport->send(op, r, [op, metric, done](const Result<HttpResponse> &res) {
        if (!res.ok()) {
            // Graph answers an unknown or retired metric with code 100: a chart shows "not available".
            if (res.error().kind == PlatformError::Kind::Invalid) {
                InsightSeries s;
                s.metric = metric;
                s.available = false;
                s.unavailableReason = res.error().platformMessage;
                return deliver<InsightSeries>(op, done, s);
            }
            return deliver<InsightSeries>(op, done, res.error());
        }
        deliver(op, done, parseInsights(metric, res.value().body));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::whoAmI(QObject *context, Callback<AccountInfo> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", m_pageId.isEmpty() ? QStringLiteral("/me") : QLatin1Char('/') + m_pageId);
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,username,followers_count,fan_count"));
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<AccountInfo>(op, done, res.error());
        deliver(op, done, parsePage(res.value().body));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::publish(const PublishRequest &request, QObject *context, Callback<PublishResult> done)
{
    if (auto e = needPage())
        return refuse<PublishResult>(context, done, *e);
    if (!request.replyToId.isEmpty() || !request.quoteId.isEmpty())
        return refuse<PublishResult>(context, done, unsupported());
    QList<QPair<QString, QString>> form{{QStringLiteral("message"), request.text}};
    if (!request.link.isEmpty())
        form.append({QStringLiteral("link"), request.link});
    for (int i = 0; i < request.mediaIds.size(); ++i)
        form.append({QStringLiteral("attached_media[%1]").arg(i),
                     QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("media_fbid"),
                                                                  request.mediaIds.at(i)}})
                                           .toJson(QJsonDocument::Compact))});
    if (request.scheduleAt.isValid()) {
        const qint64 lead = QDateTime::currentDateTimeUtc().secsTo(request.scheduleAt);
        if (lead < MinScheduleLeadSecs || lead > MaxScheduleLeadSecs)
            return refuse<PublishResult>(
                context, done,
                PlatformError::make(PlatformError::Kind::Invalid,
                                    QCoreApplication::translate(
                                        "platforms", "Facebook schedules posts from 10 minutes to 30 days ahead.")));
        form.append({QStringLiteral("published"), QStringLiteral("false")});
        form.append({QStringLiteral("scheduled_publish_time"), QString::number(request.scheduleAt.toSecsSinceEpoch())});
    }
    auto *op = new Operation(this, context);
    HttpRequest r = this->request("POST", QStringLiteral("/%1/feed").arg(m_pageId));
    r.contentType = "application/x-www-form-urlencoded";
    r.body = formBody(form);
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<PublishResult>(op, done, res.error());
        auto created = parseCreated(res.value().body);
        if (!created.ok()) {
            PlatformError e = created.error();
            e.uncertain = true; // 2xx without a readable id: the post probably exists
            return deliver<PublishResult>(op, done, e);
        }
        deliver(op, done, created);
    });
    return CallHandle(op);
}

CallHandle FacebookClient::deletePost(const QString &remoteId, QObject *context, Callback<bool> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("DELETE", QLatin1Char('/') + remoteId);
    r.idempotent = true;
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<bool>(op, done, res.error());
        deliver(op, done, parseSuccess(res.value().body));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::fetchMentions(const MentionQuery &query, QObject *context, Callback<MentionPage> done)
{
    if (query.postId.isEmpty())
        return refuse<MentionPage>(context, done,
                                   PlatformError::make(PlatformError::Kind::Invalid,
                                                       QCoreApplication::translate(
                                                           "platforms", "Facebook comments are read per post.")));
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QStringLiteral("/%1/comments").arg(query.postId));
    r.query.addQueryItem(QStringLiteral("filter"), QStringLiteral("stream"));
    r.query.addQueryItem(QStringLiteral("order"), QStringLiteral("reverse_chronological"));
    r.query.addQueryItem(QStringLiteral("summary"), QStringLiteral("true"));
    r.query.addQueryItem(QStringLiteral("fields"),
                         QStringLiteral("id,message,from,created_time,parent,like_count,comment_count,is_hidden,"
                                        "permalink_url"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.pageSize, 1, 100)));
    if (!query.sinceCursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("since"), query.sinceCursor);
    if (!query.pageToken.isEmpty())
        r.query.addQueryItem(QStringLiteral("after"), query.pageToken);
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<MentionPage>(op, done, res.error());
        deliver(op, done, parseComments(res.value().body));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::fetchAudience(const AudienceQuery &, QObject *context, Callback<AudiencePage> done)
{
    return whoAmI(context, [done](const Result<AccountInfo> &me) {
        if (!me.ok())
            return done(me.error());
        AudiencePage page;
        page.totalFollowers = me.value().followers;
        done(page);
    });
}

CallHandle FacebookClient::replyToComment(const QString &commentId, const QString &, const QString &text,
                                          QObject *context, Callback<PublishResult> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("POST", QStringLiteral("/%1/comments").arg(commentId));
    r.contentType = "application/x-www-form-urlencoded";
    r.body = formBody({{QStringLiteral("message"), text}});
    m_transport->send(op, r, [op, done, text](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<PublishResult>(op, done, res.error());
        auto created = parseCreated(res.value().body);
        if (created.ok())
            created.value().text = text;
        deliver(op, done, created);
    });
    return CallHandle(op);
}

CallHandle FacebookClient::hideComment(const QString &commentId, bool hidden, QObject *context, Callback<bool> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("POST", QLatin1Char('/') + commentId);
    r.contentType = "application/x-www-form-urlencoded";
    r.body = formBody({{QStringLiteral("is_hidden"), hidden ? QStringLiteral("true") : QStringLiteral("false")}});
    r.idempotent = true; // hiding twice is hiding once
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<bool>(op, done, res.error());
        deliver(op, done, parseSuccess(res.value().body));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::scheduledPosts(int count, QObject *context, Callback<QList<RemotePost>> done)
{
    if (auto e = needPage())
        return refuse<QList<RemotePost>>(context, done, *e);
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QStringLiteral("/%1/scheduled_posts").arg(m_pageId));
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,message,created_time"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(count, 1, 100)));
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QList<RemotePost>>(op, done, res.error());
        deliver(op, done, parseFeed(res.value().body));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::recentPosts(int count, QObject *context, Callback<QList<RemotePost>> done)
{
    if (auto e = needPage())
        return refuse<QList<RemotePost>>(context, done, *e);
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QStringLiteral("/%1/feed").arg(m_pageId));
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,message,created_time"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(count, 1, 100)));
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QList<RemotePost>>(op, done, res.error());
        deliver(op, done, parseFeed(res.value().body));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::postsUntil(const QDateTime &until, int count, QObject *context,
                                      Callback<QList<RemotePost>> done)
{
    if (auto e = needPage())
        return refuse<QList<RemotePost>>(context, done, *e);
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QStringLiteral("/%1/feed").arg(m_pageId));
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,message,created_time"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(count, 1, 100)));
    // Graph's time-based paging: `until` is a Unix time, inclusive.
    if (until.isValid())
        r.query.addQueryItem(QStringLiteral("until"), QString::number(until.toSecsSinceEpoch()));
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QList<RemotePost>>(op, done, res.error());
        deliver(op, done, parseFeed(res.value().body));
    });
    return CallHandle(op);
}

CallHandle FacebookClient::uploadMedia(const MediaUpload &media, QObject *context, Callback<QString> done)
{
    if (auto e = needPage())
        return refuse<QString>(context, done, *e);
    auto *op = new Operation(this, context);
    const Multipart body = multipartBody({
        {QStringLiteral("source"), media.data, media.fileName.isEmpty() ? QStringLiteral("photo") : media.fileName,
         media.mimeType.toUtf8()},
        {QStringLiteral("published"), "false", {}, {}},
    });
    HttpRequest r = request("POST", QStringLiteral("/%1/photos").arg(m_pageId));
    r.body = body.body;
    r.contentType = body.contentType;
    r.idempotent = true; // an unpublished photo is invisible until a post attaches it
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QString>(op, done, res.error());
        const auto o = QJsonDocument::fromJson(res.value().body).object();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return deliver<QString>(op, done,
                                    PlatformError::make(PlatformError::Kind::Transient,
                                                        QCoreApplication::translate(
                                                            "platforms", "Facebook sent an answer Attaché cannot read.")));
        deliver<QString>(op, done, id);
    });
    return CallHandle(op);
}

} // namespace platforms::facebook
