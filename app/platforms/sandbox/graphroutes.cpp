// The sandbox's Graph API v25.0: the user, Pages and their tokens, feed with scheduling, photos, comments with
// paging, replies, hiding, deletion and insights.
#include "platforms/sandbox/errors.h"
#include "platforms/sandbox/routes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace platforms::sandbox {

namespace {

const QString FB = QStringLiteral("facebook");

QString graphTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+0000");
}

Post *findPost(State &s, const QString &id)
{
    for (auto &p : s.posts) {
        if (p.platform == FB && p.id == id)
            return &p;
    }
    return nullptr;
}

Comment *findComment(State &s, const QString &id)
{
    for (auto &c : s.comments) {
        if (c.platform == FB && c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonObject commentJson(const State &s, const Comment &c)
{
    const User author = s.users.value(c.authorId);
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("message"), c.text},
                  {QStringLiteral("created_time"), graphTime(c.createdAt)},
                  {QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), c.authorId},
                                                       {QStringLiteral("name"), c.authorId == s.fbPageId
                                                                                    ? s.fbPageName
                                                                                    : author.name}}},
                  {QStringLiteral("is_hidden"), c.hidden},
                  {QStringLiteral("like_count"), 0},
                  {QStringLiteral("comment_count"), 0},
                  {QStringLiteral("permalink_url"), QString(QStringLiteral("https://www.facebook.com/") + c.id)}};
    if (!c.parentId.isEmpty())
        o.insert(QStringLiteral("parent"), QJsonObject{{QStringLiteral("id"), c.parentId}});
    return o;
}

Response listComments(RouteContext &c, const QString &postId)
{
    State &s = c.state;
    const Request &r = c.request;
    if (!findPost(s, postId))
        return errors::notFound(FB, r.path);
    const bool stream = r.param(QStringLiteral("filter")) == QLatin1String("stream");
    const bool newestFirst = r.param(QStringLiteral("order")) == QLatin1String("reverse_chronological");
    const qint64 since = r.param(QStringLiteral("since")).toLongLong();
    QList<const Comment *> all;
    for (const auto &cm : std::as_const(s.comments)) {
        if (cm.platform != FB || cm.postId != postId || (!stream && !cm.parentId.isEmpty()))
            continue;
        if (since && cm.createdAt.toSecsSinceEpoch() <= since)
            continue;
        all.append(&cm);
    }
    if (newestFirst)
        std::reverse(all.begin(), all.end());
    const int limit = std::clamp(r.has(QStringLiteral("limit")) ? r.param(QStringLiteral("limit")).toInt() : 25, 1, 100);
    const QString after = r.param(QStringLiteral("after"));
    int start = 0;
    if (!after.isEmpty()) {
        const QString afterId = QString::fromUtf8(QByteArray::fromBase64(after.toLatin1()));
        start = -1;
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i)->id == afterId)
                start = i + 1;
        }
        if (start < 0)
            return errors::invalid(FB, r.path, QStringLiteral("(#100) Invalid cursor"));
    }
    QJsonArray data;
    for (int i = start; i < all.size() && i < start + limit; ++i)
        data.append(commentJson(s, *all.at(i)));
    QJsonObject out{{QStringLiteral("data"), data}};
    if (!data.isEmpty()) {
        auto cursor = [](const QJsonValue &v) {
            return QString::fromLatin1(v.toObject().value(QLatin1String("id")).toString().toUtf8().toBase64());
        };
        QJsonObject paging{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), cursor(data.first())},
                                                                   {QStringLiteral("after"), cursor(data.last())}}}};
        if (start + limit < all.size())
            paging.insert(QStringLiteral("next"), QStringLiteral("https://graph.facebook.com/v25.0/%1/comments?after=%2")
                                                      .arg(postId, cursor(data.last())));
        out.insert(QStringLiteral("paging"), paging);
    }
    if (r.param(QStringLiteral("summary")) == QLatin1String("true"))
        out.insert(QStringLiteral("summary"), QJsonObject{{QStringLiteral("order"), newestFirst
                                                                                      ? QStringLiteral("reverse_chronological")
                                                                                      : QStringLiteral("chronological")},
                                                          {QStringLiteral("total_count"), all.size()},
                                                          {QStringLiteral("can_comment"), true}});
    return Response::json(200, out);
}

Response publishFeed(RouteContext &c)
{
    State &s = c.state;
    const Request &r = c.request;
    const QString message = r.param(QStringLiteral("message"));
    QStringList media;
    for (int i = 0; r.has(QStringLiteral("attached_media[%1]").arg(i)); ++i) {
        const QJsonObject m =
            QJsonDocument::fromJson(r.param(QStringLiteral("attached_media[%1]").arg(i)).toUtf8()).object();
        const QString id = m.value(QLatin1String("media_fbid")).toString();
        if (!s.media.contains(id))
            return errors::invalid(FB, r.path, QStringLiteral("(#100) Invalid media_fbid"));
        media.append(id);
    }
    if (message.isEmpty() && media.isEmpty() && !r.has(QStringLiteral("link")))
        return errors::invalid(FB, r.path, QStringLiteral("(#100) Missing message or attachment"));
    Post p;
    p.platform = FB;
    p.authorId = s.fbPageId;
    p.text = message;
    p.media = media;
    p.createdAt = s.now();
    if (r.param(QStringLiteral("published")) == QLatin1String("false")) {
        p.published = false;
        if (r.has(QStringLiteral("scheduled_publish_time"))) {
            const qint64 at = r.param(QStringLiteral("scheduled_publish_time")).toLongLong();
            const qint64 lead = at - s.now().toSecsSinceEpoch();
            if (lead < 10 * 60 || lead > qint64(s.fbMaxScheduleDays) * 24 * 3600)
                return errors::invalid(FB, r.path, QStringLiteral("(#100) The specified scheduled publish time is "
                                                                  "invalid."));
            p.scheduledAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        }
    }
    bool duplicate = c.forceDuplicate;
    for (const auto &q : std::as_const(s.posts)) {
        if (q.platform == FB && q.authorId == s.fbPageId && !message.isEmpty() && q.text == message)
            duplicate = true;
    }
    if (duplicate)
        return errors::duplicate(FB, r.path);
    p.id = s.fbPageId + QLatin1Char('_') + s.nextId();
    s.posts.append(p);
    return Response::json(200, QJsonObject{{QStringLiteral("id"), p.id}});
}

// Deterministic plausible numbers for a metric on a day.
double metricValue(const QString &metric, const QDate &day)
{
    const QByteArray h = QCryptographicHash::hash((metric + day.toString(Qt::ISODate)).toUtf8(),
                                                  QCryptographicHash::Sha1);
    return 100 + (quint8(h.at(0)) * 7 + quint8(h.at(1))) % 900;
}

Response insights(RouteContext &c)
{
    State &s = c.state;
    const Request &r = c.request;
    static const QStringList known{QStringLiteral("page_impressions"), QStringLiteral("page_impressions_unique"),
                                   QStringLiteral("page_post_engagements"), QStringLiteral("page_follows"),
                                   QStringLiteral("page_daily_follows"), QStringLiteral("page_views_total"),
                                   QStringLiteral("page_follows_country"), QStringLiteral("page_follows_city")};
    const QStringList metrics = r.param(QStringLiteral("metric")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // One unknown or retired metric fails the whole request, as on Graph.
    for (const QString &m : metrics) {
        if (!known.contains(m) || s.retiredMetrics.contains(m))
            return errors::invalid(FB, r.path, QStringLiteral("(#100) The value must be a valid insights metric"));
    }
    const QString period = r.has(QStringLiteral("period")) ? r.param(QStringLiteral("period")) : QStringLiteral("day");
    QJsonArray data;
    for (const QString &m : metrics) {
        QJsonArray values;
        const QDate today = s.now().date();
        for (int d = 6; d >= 0; --d) {
            const QDate day = today.addDays(-d);
            QJsonValue value = metricValue(m, day);
            if (m.endsWith(QLatin1String("_country")) || m.endsWith(QLatin1String("_city")))
                value = followerBreakdown(m); // metricroutes.cpp
            values.append(QJsonObject{{QStringLiteral("value"), value},
                                      {QStringLiteral("end_time"), graphTime(day.startOfDay(Qt::UTC).addDays(1))}});
        }
        data.append(QJsonObject{{QStringLiteral("name"), m},
                                {QStringLiteral("period"), period},
                                {QStringLiteral("values"), values},
                                {QStringLiteral("id"), QString(s.fbPageId + QStringLiteral("/insights/") + m + QLatin1Char('/') + period)}});
    }
    return Response::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace

std::optional<Response> routeGraph(RouteContext &c)
{
    const Request &r = c.request;
    State &s = c.state;
    QStringList seg = segments(r.path);
    if (seg.isEmpty() || platformOf(r.path) != FB)
        return std::nullopt;
    if (seg.at(0) != QLatin1String("v25.0"))
        return errors::invalid(FB, r.path, QStringLiteral("Unknown path components: /%1").arg(seg.at(0)));
    seg.removeFirst();
    if (!seg.isEmpty() && (seg.at(0) == QLatin1String("oauth") || seg.at(0) == QLatin1String("dialog")))
        return std::nullopt; // the OAuth routes

    Auth auth = authenticate(r, s, FB);
    if (auth.refusal)
        return auth.refusal;
    const Token &token = *auth.token;
    const bool pageToken = token.kind == QLatin1String("page");
    if (seg.isEmpty())
        return errors::notFound(FB, r.path);
    if (seg.at(0) == QLatin1String("me"))
        seg[0] = token.subject;
    const QString node = seg.at(0);

    if (seg.size() == 2 && seg.at(1) == QLatin1String("accounts") && r.method == "GET") {
        if (pageToken || node != s.fbUser.id)
            return errors::invalid(FB, r.path, QStringLiteral("(#100) Tried accessing nonexisting field (accounts)"));
        // A page token from a long-lived user token does not expire; issue the well-known one for the demo.
        QJsonArray pages{QJsonObject{{QStringLiteral("id"), s.fbPageId},
                                     {QStringLiteral("name"), s.fbPageName},
                                     {QStringLiteral("access_token"), State::fbPageToken()},
                                     {QStringLiteral("category"), QStringLiteral("Embassy")},
                                     {QStringLiteral("tasks"), QJsonArray{QStringLiteral("ANALYZE"),
                                                                          QStringLiteral("ADVERTISE"),
                                                                          QStringLiteral("MODERATE"),
                                                                          QStringLiteral("CREATE_CONTENT"),
                                                                          QStringLiteral("MANAGE")}}}};
        return Response::json(200, QJsonObject{{QStringLiteral("data"), pages}});
    }
    if (node == s.fbPageId) {
        if (!pageToken)
            return errors::forbidden(FB, r.path, QStringLiteral("(#200) Requires a Page access token"));
        if (seg.size() == 1 && r.method == "GET")
            return Response::json(200, QJsonObject{{QStringLiteral("id"), s.fbPageId},
                                                   {QStringLiteral("name"), s.fbPageName},
                                                   {QStringLiteral("followers_count"), s.fbPageFollowers},
                                                   {QStringLiteral("fan_count"), s.fbPageFollowers}});
        const QString edge = seg.size() == 2 ? seg.at(1) : QString();
        if (edge == QLatin1String("feed") && r.method == "POST")
            return publishFeed(c);
        if ((edge == QLatin1String("feed") || edge == QLatin1String("scheduled_posts")) && r.method == "GET") {
            const bool scheduled = edge == QLatin1String("scheduled_posts");
            const int limit = std::clamp(r.has(QStringLiteral("limit")) ? r.param(QStringLiteral("limit")).toInt() : 25, 1, 100);
            // Time-based paging as in Graph: `until` (Unix time, inclusive) reads back from that moment.
            const qint64 until = r.param(QStringLiteral("until")).toLongLong();
            QJsonArray data;
            for (auto it = s.posts.crbegin(); it != s.posts.crend() && data.size() < limit; ++it) {
                if (until && it->createdAt.toSecsSinceEpoch() > until)
                    continue;
                if (it->platform == FB && it->published != scheduled)
                    data.append(QJsonObject{{QStringLiteral("id"), it->id},
                                            {QStringLiteral("message"), it->text},
                                            {QStringLiteral("created_time"), graphTime(it->createdAt)}});
            }
            return Response::json(200, QJsonObject{{QStringLiteral("data"), data}});
        }
        if (edge == QLatin1String("photos") && r.method == "POST") {
            if (r.fields.value(QStringLiteral("source")).isEmpty() && !r.has(QStringLiteral("url")))
                return errors::invalid(FB, r.path, QStringLiteral("(#324) Requires upload file"));
            Media m;
            m.id = s.nextId();
            m.finalized = true;
            s.media.insert(m.id, m);
            if (r.param(QStringLiteral("published")) == QLatin1String("false"))
                return Response::json(200, QJsonObject{{QStringLiteral("id"), m.id}});
            Post p = Post::make(FB, s.fbPageId + QLatin1Char('_') + s.nextId(), s.fbPageId, r.param(QStringLiteral("caption")),
                   s.now());
            p.media = {m.id};
            s.posts.append(p);
            return Response::json(200, QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("post_id"), p.id}});
        }
        if (edge == QLatin1String("insights") && r.method == "GET")
            return insights(c);
        return errors::invalid(FB, r.path, QStringLiteral("(#100) Unknown edge"));
    }
    if (auto metrics = graphPostMetrics(c, seg)) // metricroutes.cpp
        return metrics;
    if (seg.size() == 2 && seg.at(1) == QLatin1String("comments")) {
        if (r.method == "GET")
            return listComments(c, node);
        if (r.method == "POST") {
            const QString message = r.param(QStringLiteral("message"));
            if (message.isEmpty())
                return errors::invalid(FB, r.path, QStringLiteral("(#100) Missing message"));
            Comment reply{FB, {}, {}, {}, token.subject, message, s.now(), false};
            if (const Comment *parent = findComment(s, node)) {
                reply.postId = parent->postId;
                reply.parentId = parent->parentId.isEmpty() ? parent->id : parent->parentId;
            } else if (findPost(s, node)) {
                reply.postId = node;
            } else {
                return errors::notFound(FB, r.path);
            }
            reply.id = reply.postId.section(QLatin1Char('_'), 1) + QLatin1Char('_') + s.nextId();
            s.comments.append(reply);
            return Response::json(200, QJsonObject{{QStringLiteral("id"), reply.id}});
        }
    }
    if (seg.size() == 1) {
        if (r.method == "POST" && r.has(QStringLiteral("is_hidden"))) {
            Comment *cm = findComment(s, node);
            if (!cm)
                return errors::notFound(FB, r.path);
            cm->hidden = r.param(QStringLiteral("is_hidden")) == QLatin1String("true");
            return Response::json(200, QJsonObject{{QStringLiteral("success"), true}});
        }
        if (r.method == "DELETE") {
            const qsizetype before = s.posts.size() + s.comments.size();
            s.posts.removeIf([&](const Post &p) { return p.platform == FB && p.id == node; });
            s.comments.removeIf([&](const Comment &cm) { return cm.platform == FB && cm.id == node; });
            if (before == s.posts.size() + s.comments.size())
                return errors::notFound(FB, r.path);
            return Response::json(200, QJsonObject{{QStringLiteral("success"), true}});
        }
        if (r.method == "GET") {
            if (const Post *p = findPost(s, node))
                return Response::json(200, QJsonObject{{QStringLiteral("id"), p->id},
                                                       {QStringLiteral("message"), p->text},
                                                       {QStringLiteral("created_time"), graphTime(p->createdAt)}});
            if (node == s.fbUser.id)
                return Response::json(200, QJsonObject{{QStringLiteral("id"), s.fbUser.id},
                                                       {QStringLiteral("name"), s.fbUser.name}});
        }
    }
    return errors::notFound(FB, r.path);
}

} // namespace platforms::sandbox
