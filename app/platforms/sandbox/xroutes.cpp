// The sandbox's X API v2: users/me, posts, mentions, followers, timeline, media upload, rate-limit headers.
#include "platforms/sandbox/errors.h"
#include "platforms/sandbox/routes.h"

#include <QJsonArray>

namespace platforms::sandbox {

namespace {

const QString X = QStringLiteral("x");

// Per user per 15 minutes, from X's published limits.
int limitFor(const QString &bucket)
{
    if (bucket == QLatin1String("POST /2/tweets")) return 100;
    if (bucket == QLatin1String("DELETE /2/tweets/:id")) return 50;
    if (bucket == QLatin1String("GET /2/users/:id/mentions")) return 300;
    if (bucket == QLatin1String("GET /2/users/:id/followers")) return 300;
    if (bucket == QLatin1String("GET /2/users/me")) return 75;
    return 900;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject userJson(const User &u)
{
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("username"), u.handle},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("description"), u.description},
        {QStringLiteral("location"), u.location},
        {QStringLiteral("verified"), u.verified},
        {QStringLiteral("verified_type"), u.verifiedType},
        {QStringLiteral("created_at"), iso(u.createdAt)},
        {QStringLiteral("public_metrics"), QJsonObject{{QStringLiteral("followers_count"), u.followers},
                                                       {QStringLiteral("following_count"), u.following},
                                                       {QStringLiteral("tweet_count"), 10},
                                                       {QStringLiteral("listed_count"), 1}}},
    };
}

QJsonObject postJson(const Post &p)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("text"), p.text},
                  {QStringLiteral("author_id"), p.authorId},
                  {QStringLiteral("created_at"), iso(p.createdAt)},
                  {QStringLiteral("conversation_id"), p.conversationId.isEmpty() ? p.id : p.conversationId},
                  {QStringLiteral("lang"), QStringLiteral("en")}};
    if (!p.replyTo.isEmpty())
        o.insert(QStringLiteral("referenced_tweets"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("replied_to")},
                                        {QStringLiteral("id"), p.replyTo}}});
    return o;
}

// Pagination tokens are opaque on X; here they are the offset into the listing.
int offsetOf(const QString &token)
{
    return token.startsWith(QLatin1String("pg")) ? std::max(0, token.mid(2).toInt()) : 0;
}

Post *findPost(State &s, const QString &id)
{
    for (auto &p : s.posts) {
        if (p.platform == X && p.id == id)
            return &p;
    }
    return nullptr;
}

std::optional<int> boundedParam(const Request &r, const QString &name, int low, int high, int fallback)
{
    if (!r.has(name))
        return fallback;
    bool ok = false;
    const int v = r.param(name).toInt(&ok);
    if (!ok || v < low || v > high)
        return std::nullopt;
    return v;
}

Response createPost(RouteContext &c, const QString &me)
{
    State &s = c.state;
    const QJsonObject body = c.request.json;
    const QString text = body.value(QLatin1String("text")).toString();
    const QJsonArray mediaIds = body.value(QLatin1String("media")).toObject().value(QLatin1String("media_ids")).toArray();
    const QString quote = body.value(QLatin1String("quote_tweet_id")).toString();
    const QString replyTo =
        body.value(QLatin1String("reply")).toObject().value(QLatin1String("in_reply_to_tweet_id")).toString();
    if (text.isEmpty() && mediaIds.isEmpty())
        return errors::invalid(X, c.request.path, QStringLiteral("One or more parameters to your request was invalid."));
    if (text.toUcs4().size() > 280)
        return errors::forbidden(X, c.request.path, QStringLiteral("Your Tweet text is too long."));
    const QJsonObject poll = body.value(QLatin1String("poll")).toObject();
    if (!poll.isEmpty()) {
        const QJsonArray options = poll.value(QLatin1String("options")).toArray();
        const int minutes = poll.value(QLatin1String("duration_minutes")).toInt();
        bool valid = options.size() >= 2 && options.size() <= 4 && minutes >= 5 && minutes <= 10080 &&
                     mediaIds.isEmpty() && quote.isEmpty();
        for (const auto &o : options)
            valid = valid && !o.toString().isEmpty() && o.toString().size() <= 25;
        if (!valid)
            return errors::invalid(X, c.request.path, QStringLiteral("poll options, duration_minutes, media and "
                                                                     "quote_tweet_id are not a valid combination"));
    }
    if (!mediaIds.isEmpty() && !quote.isEmpty())
        return errors::invalid(X, c.request.path, QStringLiteral("media and quote_tweet_id are mutually exclusive"));
    if (mediaIds.size() > 4)
        return errors::invalid(X, c.request.path, QStringLiteral("At most 4 media ids are allowed."));
    QStringList media;
    for (const auto &m : mediaIds) {
        const auto it = s.media.constFind(m.toString());
        if (it == s.media.constEnd() || (it->video && it->statusPolls < 2 && !it->finalized))
            return errors::invalid(X, c.request.path, QStringLiteral("Your media IDs are invalid."));
        media.append(m.toString());
    }
    QString conversation;
    if (!replyTo.isEmpty()) {
        const Post *parent = findPost(s, replyTo);
        if (!parent)
            return errors::forbidden(X, c.request.path,
                                     QStringLiteral("You attempted to reply to a Tweet that is deleted or not visible "
                                                    "to you."));
        // Since February 2026 a programmatic reply needs the author to have mentioned or quoted us.
        const bool mentionsMe = parent->mentionsUs && (parent->mentionedUserId.isEmpty()
                                                           ? me == s.xMe.id
                                                           : parent->mentionedUserId == me);
        if (parent->authorId != me && !mentionsMe)
            return errors::forbidden(X, c.request.path,
                                     QStringLiteral("Reply to this conversation is not allowed because you have not "
                                                    "been mentioned or otherwise engaged by the author of the post "
                                                    "you are replying to."));
        conversation = parent->conversationId.isEmpty() ? parent->id : parent->conversationId;
    }
    bool duplicate = c.forceDuplicate;
    for (const auto &p : std::as_const(s.posts)) {
        if (p.platform == X && p.authorId == me && p.text == text && !text.isEmpty())
            duplicate = true;
    }
    if (duplicate)
        return errors::duplicate(X, c.request.path);
    Post p;
    p.platform = X;
    p.id = s.nextId();
    p.authorId = me;
    p.text = text;
    p.createdAt = s.now();
    p.replyTo = replyTo;
    p.quoteId = quote;
    p.media = media;
    p.conversationId = conversation;
    s.posts.append(p);
    return Response::json(201, QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), p.id},
                                                                                {QStringLiteral("text"), p.text}}}});
}

Response listMentions(RouteContext &c, const QString &me)
{
    State &s = c.state;
    const auto max = boundedParam(c.request, QStringLiteral("max_results"), 5, 100, 10);
    if (!max)
        return errors::invalid(X, c.request.path, QStringLiteral("The `max_results` query parameter value is not "
                                                                 "between 5 and 100"));
    const qint64 since = c.request.param(QStringLiteral("since_id")).toLongLong();
    const qint64 until = c.request.param(QStringLiteral("until_id")).toLongLong();
    QList<const Post *> all;
    int reached = 0; // like X, only the most recent mentions can be read at all, whatever until_id asks
    for (auto it = s.posts.crbegin(); it != s.posts.crend() && reached < s.xMentionReach; ++it) {
        if (it->platform != X || !it->mentionsUs || it->authorId == me ||
            (it->mentionedUserId.isEmpty() ? me != s.xMe.id : it->mentionedUserId != me))
            continue;
        ++reached;
        const qint64 id = it->id.toLongLong();
        if ((since && id <= since) || (until && id >= until))
            continue;
        all.append(&*it);
    }
    const int offset = offsetOf(c.request.param(QStringLiteral("pagination_token")));
    const QString expansions = c.request.param(QStringLiteral("expansions"));
    QJsonArray data;
    QJsonArray users;
    QSet<QString> seen;
    for (int i = offset; i < all.size() && i < offset + *max; ++i) {
        data.append(postJson(*all.at(i)));
        const QString author = all.at(i)->authorId;
        if (expansions.contains(QLatin1String("author_id")) && !seen.contains(author) && s.users.contains(author)) {
            seen.insert(author);
            users.append(userJson(s.users.value(author)));
        }
    }
    QJsonObject meta{{QStringLiteral("result_count"), data.size()}};
    if (!data.isEmpty()) {
        meta.insert(QStringLiteral("newest_id"), data.first().toObject().value(QLatin1String("id")));
        meta.insert(QStringLiteral("oldest_id"), data.last().toObject().value(QLatin1String("id")));
    }
    if (offset + *max < all.size())
        meta.insert(QStringLiteral("next_token"), QStringLiteral("pg%1").arg(offset + *max));
    QJsonObject out{{QStringLiteral("meta"), meta}};
    if (!data.isEmpty())
        out.insert(QStringLiteral("data"), data);
    if (!users.isEmpty())
        out.insert(QStringLiteral("includes"), QJsonObject{{QStringLiteral("users"), users}});
    return Response::json(200, out);
}

Response listFollowers(RouteContext &c, const QString &me)
{
    State &s = c.state;
    const QStringList &followers = me == s.xMe.id ? s.xFollowers : s.xFollowersOf[me];
    const auto max = boundedParam(c.request, QStringLiteral("max_results"), 1, 1000, 100);
    if (!max)
        return errors::invalid(X, c.request.path, QStringLiteral("The `max_results` query parameter value is not "
                                                                 "between 1 and 1000"));
    const int offset = offsetOf(c.request.param(QStringLiteral("pagination_token")));
    QJsonArray data;
    for (int i = offset; i < followers.size() && i < offset + *max; ++i)
        data.append(userJson(s.users.value(followers.at(i))));
    QJsonObject meta{{QStringLiteral("result_count"), data.size()}};
    if (offset + *max < followers.size())
        meta.insert(QStringLiteral("next_token"), QStringLiteral("pg%1").arg(offset + *max));
    return Response::json(200, QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}});
}

Response listOwnPosts(RouteContext &c, const QString &me)
{
    const auto max = boundedParam(c.request, QStringLiteral("max_results"), 5, 100, 10);
    if (!max)
        return errors::invalid(X, c.request.path, QStringLiteral("The `max_results` query parameter value is not "
                                                                 "between 5 and 100"));
    // Newest first, paged like the real listing: pagination_token from meta.next_token.
    const int offset = offsetOf(c.request.param(QStringLiteral("pagination_token")));
    QJsonArray data;
    int seen = 0;
    bool more = false;
    for (auto it = c.state.posts.crbegin(); it != c.state.posts.crend(); ++it) {
        if (it->platform != X || it->authorId != me)
            continue;
        if (seen++ < offset)
            continue;
        if (data.size() == *max) {
            more = true;
            break;
        }
        data.append(postJson(*it));
    }
    QJsonObject meta{{QStringLiteral("result_count"), data.size()}};
    if (more)
        meta.insert(QStringLiteral("next_token"), QStringLiteral("pg%1").arg(offset + data.size()));
    return Response::json(200, QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}});
}

QJsonObject mediaJson(const Media &m, bool withProcessing)
{
    QJsonObject data{{QStringLiteral("id"), m.id},
                     {QStringLiteral("media_key"), QString(QStringLiteral("3_") + m.id)},
                     {QStringLiteral("size"), m.receivedBytes},
                     {QStringLiteral("expires_after_secs"), 86400}};
    if (withProcessing) {
        const bool done = m.statusPolls >= 2;
        data.insert(QStringLiteral("processing_info"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("video")},
                                {QStringLiteral("state"), done ? QStringLiteral("succeeded")
                                                               : m.statusPolls == 0 ? QStringLiteral("pending")
                                                                                    : QStringLiteral("in_progress")},
                                {QStringLiteral("check_after_secs"), done ? 0 : 1},
                                {QStringLiteral("progress_percent"), done ? 100 : 50 * m.statusPolls}});
    }
    return QJsonObject{{QStringLiteral("data"), data}};
}

std::optional<Response> media(RouteContext &c, const QStringList &seg)
{
    State &s = c.state;
    const Request &r = c.request;
    if (seg.size() == 3 && r.method == "POST") { // one shot
        if (!r.fields.contains(QStringLiteral("media")) || r.fields.value(QStringLiteral("media")).isEmpty())
            return errors::invalid(X, r.path, QStringLiteral("The `media` field is required."));
        Media m;
        m.id = s.nextId();
        m.receivedBytes = m.totalBytes = r.fields.value(QStringLiteral("media")).size();
        m.finalized = true;
        s.media.insert(m.id, m);
        return Response::json(200, mediaJson(m, false));
    }
    if (seg.size() == 3 && r.method == "GET") { // STATUS
        if (r.param(QStringLiteral("command")) != QLatin1String("STATUS"))
            return errors::invalid(X, r.path, QStringLiteral("Unknown command."));
        const auto it = s.media.find(r.param(QStringLiteral("media_id")));
        if (it == s.media.end())
            return errors::notFound(X, r.path);
        ++it->statusPolls;
        return Response::json(200, mediaJson(*it, it->video));
    }
    if (seg.size() == 4 && seg.at(3) == QLatin1String("initialize") && r.method == "POST") {
        Media m;
        m.id = s.nextId();
        m.totalBytes = r.json.value(QLatin1String("total_bytes")).toInteger();
        m.video = r.json.value(QLatin1String("media_type")).toString().startsWith(QLatin1String("video/"));
        if (m.totalBytes <= 0)
            return errors::invalid(X, r.path, QStringLiteral("total_bytes is required."));
        s.media.insert(m.id, m);
        return Response::json(200, mediaJson(m, false));
    }
    if (seg.size() == 5 && r.method == "POST") {
        const auto it = s.media.find(seg.at(3));
        if (it == s.media.end())
            return errors::notFound(X, r.path);
        if (seg.at(4) == QLatin1String("append")) {
            bool ok = false;
            const int index = r.param(QStringLiteral("segment_index")).toInt(&ok);
            if (!ok || index < 0 || index > 999 || !r.fields.contains(QStringLiteral("media")))
                return errors::invalid(X, r.path, QStringLiteral("segment_index and media are required."));
            if (!it->segments.contains(index))
                it->receivedBytes += r.fields.value(QStringLiteral("media")).size();
            it->segments.insert(index);
            return Response::json(200, QJsonObject{{QStringLiteral("data"),
                                                    QJsonObject{{QStringLiteral("expires_at"),
                                                                 s.now().addDays(1).toSecsSinceEpoch()}}}});
        }
        if (seg.at(4) == QLatin1String("finalize")) {
            if (it->receivedBytes != it->totalBytes)
                return errors::invalid(X, r.path, QStringLiteral("File size does not match total_bytes."));
            it->finalized = true;
            return Response::json(200, mediaJson(*it, it->video));
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Response> routeX(RouteContext &c)
{
    const Request &r = c.request;
    State &s = c.state;
    const QStringList seg = segments(r.path);
    if (platformOf(r.path) != X || seg.size() < 2 || seg.at(0) != QLatin1String("2") ||
        seg.at(1) == QLatin1String("oauth2"))
        return std::nullopt;

    // The bucket the limits and headers are counted in, with ids replaced by ":id".
    QStringList shape = seg;
    if (shape.size() >= 3 && (shape.at(1) == QLatin1String("users") || shape.at(1) == QLatin1String("tweets")) &&
        shape.at(2) != QLatin1String("me"))
        shape[2] = QStringLiteral(":id");
    if (shape.size() >= 4 && shape.at(1) == QLatin1String("media") && shape.at(2) == QLatin1String("upload") &&
        shape.at(3) != QLatin1String("initialize"))
        shape[3] = QStringLiteral(":id");
    const QString bucket = QString::fromLatin1(r.method) + QStringLiteral(" /") + shape.join(QLatin1Char('/'));

    Auth auth = authenticate(r, s, X);
    if (auth.refusal)
        return auth.refusal;
    const QString me = auth.token->subject;

    RateWindow &w = s.xWindows[bucket];
    if (!w.resetAt.isValid() || w.resetAt <= s.now()) {
        w.limit = s.xLimitOverrides.value(bucket, limitFor(bucket));
        w.remaining = w.limit;
        w.resetAt = s.now().addSecs(15 * 60);
    }
    auto withHeaders = [&w](Response resp) {
        resp.addHeader("x-rate-limit-limit", QByteArray::number(w.limit));
        resp.addHeader("x-rate-limit-remaining", QByteArray::number(std::max(w.remaining, 0)));
        resp.addHeader("x-rate-limit-reset", QByteArray::number(w.resetAt.toSecsSinceEpoch()));
        return resp;
    };
    if (w.remaining <= 0) {
        Response refused = errors::rateLimited(X, r.path, w.resetAt);
        refused.headers.clear();
        return withHeaders(refused);
    }
    --w.remaining;

    std::optional<Response> out;
    if (seg.size() == 3 && seg.at(1) == QLatin1String("users") && seg.at(2) == QLatin1String("me") && r.method == "GET") {
        const User &u = s.xUser(me);
        out = Response::json(200, QJsonObject{{QStringLiteral("data"), userJson(u)}});
    } else if (seg.size() == 2 && seg.at(1) == QLatin1String("tweets") && r.method == "GET") {
        out = xPostMetrics(c); // metricroutes.cpp
    } else if (seg.size() == 2 && seg.at(1) == QLatin1String("tweets") && r.method == "POST") {
        out = createPost(c, me);
    } else if (seg.size() == 3 && seg.at(1) == QLatin1String("tweets") && r.method == "DELETE") {
        Post *p = findPost(s, seg.at(2));
        if (!p)
            out = errors::notFound(X, r.path);
        else if (p->authorId != me)
            out = errors::forbidden(X, r.path, QStringLiteral("You are not allowed to delete this Tweet."));
        else {
            s.posts.removeIf([&](const Post &q) { return q.platform == X && q.id == seg.at(2); });
            if (s.xDeleteAnswers204) {
                Response empty;
                empty.status = 204;
                out = empty;
            } else {
                out = Response::json(200, QJsonObject{{QStringLiteral("data"),
                                                       QJsonObject{{QStringLiteral("deleted"), true}}}});
            }
        }
    } else if (seg.size() == 4 && seg.at(1) == QLatin1String("users") && r.method == "GET") {
        if (seg.at(2) != me)
            out = errors::forbidden(X, r.path, QStringLiteral("You can only read your own account here."));
        else if (seg.at(3) == QLatin1String("mentions"))
            out = listMentions(c, me);
        else if (seg.at(3) == QLatin1String("followers"))
            out = listFollowers(c, me);
        else if (seg.at(3) == QLatin1String("tweets"))
            out = listOwnPosts(c, me);
    } else if (seg.size() >= 3 && seg.at(1) == QLatin1String("media") && seg.at(2) == QLatin1String("upload")) {
        out = media(c, seg);
    }
    if (!out)
        out = errors::notFound(X, r.path);
    return withHeaders(*out);
}

} // namespace platforms::sandbox
