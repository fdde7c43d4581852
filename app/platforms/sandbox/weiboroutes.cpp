// The sandbox's Weibo API v2: uid and profile, share (with the safe-domain rule), destroy, mentions, comments to
// me, reply, follower sample and the user's timeline.
#include "platforms/sandbox/errors.h"
#include "platforms/sandbox/routes.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace platforms::sandbox {

namespace {

const QString WB = QStringLiteral("weibo");

QString weiboTime(const QDateTime &t)
{
    // Beijing time, as Weibo writes it: "Tue May 31 17:46:55 +0800 2011".
    const QDateTime local = t.toOffsetFromUtc(8 * 3600);
    return QLocale::c().toString(local, QStringLiteral("ddd MMM dd HH:mm:ss +0800 yyyy"));
}

QJsonObject userJson(const User &u)
{
    return QJsonObject{{QStringLiteral("id"), u.id.toLongLong()},
                       {QStringLiteral("idstr"), u.id},
                       {QStringLiteral("screen_name"), u.handle},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("province"), u.province},
                       {QStringLiteral("city"), u.city},
                       {QStringLiteral("location"), u.location},
                       {QStringLiteral("description"), u.description},
                       {QStringLiteral("gender"), u.gender},
                       {QStringLiteral("followers_count"), u.followers},
                       {QStringLiteral("friends_count"), u.following},
                       {QStringLiteral("verified"), u.verified},
                       {QStringLiteral("created_at"), weiboTime(u.createdAt)}};
}

const User &userOf(const State &s, const QString &id)
{
    static const User nobody;
    if (id == s.weiboMe.id)
        return s.weiboMe;
    const auto it = s.users.constFind(id);
    return it == s.users.constEnd() ? nobody : *it;
}

QJsonObject statusJson(const State &s, const Post &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id.toLongLong()},
                       {QStringLiteral("idstr"), p.id},
                       {QStringLiteral("mid"), p.id},
                       {QStringLiteral("created_at"), weiboTime(p.createdAt)},
                       {QStringLiteral("text"), p.text},
                       {QStringLiteral("user"), userJson(userOf(s, p.authorId))},
                       {QStringLiteral("reposts_count"), 0},
                       {QStringLiteral("comments_count"), 0}};
}

const Post *findStatus(const State &s, const QString &id)
{
    for (const auto &p : s.posts) {
        if (p.platform == WB && p.id == id)
            return &p;
    }
    return nullptr;
}

QJsonObject commentJson(const State &s, const Comment &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id.toLongLong()},
                  {QStringLiteral("idstr"), c.id},
                  {QStringLiteral("text"), c.text},
                  {QStringLiteral("created_at"), weiboTime(c.createdAt)},
                  {QStringLiteral("user"), userJson(userOf(s, c.authorId))}};
    if (const Post *p = findStatus(s, c.postId))
        o.insert(QStringLiteral("status"), statusJson(s, *p));
    if (!c.parentId.isEmpty())
        o.insert(QStringLiteral("reply_comment"), QJsonObject{{QStringLiteral("id"), c.parentId.toLongLong()},
                                                              {QStringLiteral("idstr"), c.parentId}});
    return o;
}

// Sina's rule as third parties describe it: two Latin characters count as one Chinese character.
int weiboLength(const QString &text)
{
    int weight = 0;
    for (const uint c : text.toUcs4())
        weight += c < 128 ? 1 : 2;
    return (weight + 1) / 2;
}

struct Paging
{
    int count;
    int page;
    qint64 since;
    qint64 maxId;
};

Paging pagingOf(const Request &r, int maxCount)
{
    return Paging{std::clamp(r.has(QStringLiteral("count")) ? r.param(QStringLiteral("count")).toInt() : 20, 1, maxCount),
                  std::max(1, r.param(QStringLiteral("page")).toInt()),
                  r.param(QStringLiteral("since_id")).toLongLong(), r.param(QStringLiteral("max_id")).toLongLong()};
}

bool inWindow(const Paging &p, const QString &id)
{
    const qint64 v = id.toLongLong();
    return (!p.since || v > p.since) && (!p.maxId || v <= p.maxId);
}

Response share(RouteContext &c, const QString &me)
{
    State &s = c.state;
    const Request &r = c.request;
    const QString status = r.param(QStringLiteral("status"));
    if (status.isEmpty())
        return errors::invalid(WB, r.path, QStringLiteral("content is null!"));
    if (weiboLength(status) > 140)
        return Response::json(400, QJsonObject{{QStringLiteral("request"), r.path},
                                               {QStringLiteral("error_code"), QStringLiteral("20012")},
                                               {QStringLiteral("error"), QStringLiteral("Text too long, please input "
                                                                                        "text less than 140 characters!")}});
    static const QRegularExpression urls(QStringLiteral("https?://([A-Za-z0-9.-]+)"));
    bool safe = false;
    for (auto it = urls.globalMatch(status); it.hasNext();) {
        const QString host = it.next().captured(1).toLower();
        safe = safe || host == s.weiboSafeDomain || host.endsWith(QLatin1Char('.') + s.weiboSafeDomain);
    }
    if (!safe)
        return errors::invalid(WB, r.path, QStringLiteral("the status must contain a link to the app's safe domain"));
    bool duplicate = c.forceDuplicate;
    for (const auto &p : std::as_const(s.posts)) {
        if (p.platform == WB && p.authorId == me && p.text == status)
            duplicate = true;
    }
    if (duplicate)
        return errors::duplicate(WB, r.path);
    Post p = Post::make(WB, s.nextId(), me, status, s.now());
    if (r.fields.contains(QStringLiteral("pic")))
        p.media = {QStringLiteral("pic")};
    s.posts.append(p);
    return Response::json(200, statusJson(s, p));
}

} // namespace

std::optional<Response> routeWeibo(RouteContext &c)
{
    const Request &r = c.request;
    State &s = c.state;
    if (platformOf(r.path) != WB || !r.path.startsWith(QLatin1String("/2/")))
        return std::nullopt;
    Auth auth = authenticate(r, s, WB);
    if (auth.refusal)
        return auth.refusal;
    const QString me = auth.token->subject;
    const QString endpoint = r.path.mid(3); // after "/2/"

    if (endpoint == QLatin1String("account/get_uid.json") && r.method == "GET")
        return Response::json(200, QJsonObject{{QStringLiteral("uid"), me.toLongLong()}});
    if (endpoint == QLatin1String("users/show.json") && r.method == "GET") {
        const QString uid = r.param(QStringLiteral("uid"));
        if (uid != me && !s.users.contains(uid))
            return Response::json(400, QJsonObject{{QStringLiteral("request"), r.path},
                                                   {QStringLiteral("error_code"), QStringLiteral("20003")},
                                                   {QStringLiteral("error"), QStringLiteral("User does not exists!")}});
        return Response::json(200, userJson(userOf(s, uid)));
    }
    if (endpoint == QLatin1String("statuses/share.json") && r.method == "POST")
        return share(c, me);
    if (endpoint == QLatin1String("statuses/destroy.json") && r.method == "POST") {
        const QString id = r.param(QStringLiteral("id"));
        const Post *p = findStatus(s, id);
        if (!p)
            return errors::notFound(WB, r.path);
        if (p->authorId != me)
            return errors::forbidden(WB, r.path, QStringLiteral("Not your weibo!"));
        const QJsonObject gone = statusJson(s, *p);
        s.posts.removeIf([&](const Post &q) { return q.platform == WB && q.id == id; });
        return Response::json(200, gone);
    }
    if ((endpoint == QLatin1String("statuses/mentions.json") ||
         endpoint == QLatin1String("statuses/user_timeline.json")) && r.method == "GET") {
        const bool mentions = endpoint.startsWith(QLatin1String("statuses/mentions"));
        const Paging p = pagingOf(r, mentions ? 200 : 100);
        QJsonArray all;
        for (auto it = s.posts.crbegin(); it != s.posts.crend(); ++it) {
            if (it->platform != WB || !inWindow(p, it->id))
                continue;
            if (mentions ? (it->mentionsUs && it->authorId != me) : it->authorId == me)
                all.append(statusJson(s, *it));
        }
        QJsonArray page;
        for (int i = (p.page - 1) * p.count; i < all.size() && i < p.page * p.count; ++i)
            page.append(all.at(i));
        return Response::json(200, QJsonObject{{QStringLiteral("statuses"), page},
                                               {QStringLiteral("total_number"), all.size()}});
    }
    if (endpoint == QLatin1String("comments/to_me.json") && r.method == "GET") {
        const Paging p = pagingOf(r, 200);
        QJsonArray all;
        for (auto it = s.comments.crbegin(); it != s.comments.crend(); ++it) {
            const Post *post = it->platform == WB ? findStatus(s, it->postId) : nullptr;
            if (post && post->authorId == me && it->authorId != me && inWindow(p, it->id))
                all.append(commentJson(s, *it));
        }
        QJsonArray page;
        for (int i = (p.page - 1) * p.count; i < all.size() && i < p.page * p.count; ++i)
            page.append(all.at(i));
        return Response::json(200, QJsonObject{{QStringLiteral("comments"), page},
                                               {QStringLiteral("total_number"), all.size()}});
    }
    if (endpoint == QLatin1String("comments/reply.json") && r.method == "POST") {
        const QString cid = r.param(QStringLiteral("cid"));
        const QString id = r.param(QStringLiteral("id"));
        const QString text = r.param(QStringLiteral("comment"));
        if (text.isEmpty() || weiboLength(text) > 140)
            return errors::invalid(WB, r.path, QStringLiteral("comment is empty or too long"));
        const auto parent = std::find_if(s.comments.cbegin(), s.comments.cend(), [&](const Comment &cm) {
            return cm.platform == WB && cm.id == cid && cm.postId == id;
        });
        if (parent == s.comments.cend())
            return Response::json(400, QJsonObject{{QStringLiteral("request"), r.path},
                                                   {QStringLiteral("error_code"), QStringLiteral("20201")},
                                                   {QStringLiteral("error"), QStringLiteral("Target comment does not "
                                                                                            "exist!")}});
        // Repeating your previous comment is refused.
        for (auto it = s.comments.crbegin(); it != s.comments.crend(); ++it) {
            if (it->platform == WB && it->authorId == me) {
                if (it->text == text || c.forceDuplicate)
                    return errors::duplicate(WB, r.path);
                break;
            }
        }
        if (c.forceDuplicate)
            return errors::duplicate(WB, r.path);
        Comment reply{WB, s.nextId(), id, cid, me, text, s.now(), false};
        s.comments.append(reply);
        return Response::json(200, commentJson(s, reply));
    }
    if (endpoint == QLatin1String("friendships/followers.json") && r.method == "GET") {
        if (r.param(QStringLiteral("uid")) != me)
            return errors::forbidden(WB, r.path, QStringLiteral("Only the authorising user's followers are available."));
        const int count = std::clamp(r.has(QStringLiteral("count")) ? r.param(QStringLiteral("count")).toInt() : 5, 1, 200);
        const int cursor = std::max(0, r.param(QStringLiteral("cursor")).toInt());
        // Third-party apps see at most 30% of the followers and never more than 500.
        const int visible = int(std::min<qint64>({qint64(s.weiboFollowers.size()), 500, (s.weiboMe.followers * 3) / 10}));
        QJsonArray users;
        for (int i = cursor; i < visible && i < cursor + count; ++i)
            users.append(userJson(userOf(s, s.weiboFollowers.at(i))));
        const int next = cursor + count < visible ? cursor + count : 0;
        return Response::json(200, QJsonObject{{QStringLiteral("users"), users},
                                               {QStringLiteral("next_cursor"), next},
                                               {QStringLiteral("previous_cursor"), cursor},
                                               {QStringLiteral("total_number"), s.weiboMe.followers}});
    }
    return Response::json(404, QJsonObject{{QStringLiteral("request"), r.path},
                                           {QStringLiteral("error_code"), QStringLiteral("10020")},
                                           {QStringLiteral("error"), QStringLiteral("Request api not found!")}});
}

} // namespace platforms::sandbox
