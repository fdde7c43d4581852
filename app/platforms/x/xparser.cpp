#include "platforms/x/xparser.h"

#include "platforms/json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace platforms::x {

namespace {

using Kind = PlatformError::Kind;

PlatformError unreadable()
{
    return PlatformError::make(Kind::Transient,
                               QCoreApplication::translate("platforms", "X sent an answer Attaché cannot read."));
}

QDateTime time(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// Ids are strings of digits on X; anything else is not an id.
bool isId(const QString &s)
{
    if (s.isEmpty() || s.size() > 32)
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

Kind kindForProblem(QStringView type, int status)
{
    const auto ends = [&](const char *suffix) { return type.endsWith(QLatin1String(suffix)); };
    if (ends("/rate-limit-exceeded") || ends("/usage-capped") || status == 429)
        return Kind::RateLimited;
    if (ends("/resource-not-found"))
        return Kind::NotFound;
    if (ends("/unsupported-authentication"))
        return Kind::Auth;
    if (ends("/not-authorized-for-resource") || ends("/not-authorized-for-field") || ends("/client-forbidden") ||
        ends("/disallowed-resource") || ends("/oauth1-permissions"))
        return Kind::Permission;
    if (ends("/invalid-request") || ends("/conflict") || ends("/duplicate-rules") || ends("/invalid-rules"))
        return Kind::Invalid;
    if (ends("/operational-disconnect") || ends("/client-disconnected") || ends("/resource-unavailable"))
        return Kind::Transient;
    return Kind::Transient;
}

Kind kindForLegacyCode(int code, int status)
{
    switch (code) {
    case 88: case 185: return Kind::RateLimited;
    case 32: case 89: case 215: return Kind::Auth;
    case 187: return Kind::Duplicate;
    case 34: case 144: case 50: case 63: return Kind::NotFound;
    case 64: case 87: case 261: case 326: case 433: return Kind::Permission;
    case 186: case 44: case 385: return Kind::Invalid;
    case 226: return Kind::Policy;
    case 130: case 131: return Kind::Transient;
    default: break;
    }
    if (status == 401) return Kind::Auth;
    if (status == 404) return Kind::NotFound;
    if (status == 429) return Kind::RateLimited;
    if (status >= 500 || status == 0) return Kind::Transient;
    if (status == 403) return Kind::Permission;
    return Kind::Invalid;
}

Kind kindForStatus(int status)
{
    return kindForLegacyCode(-1, status);
}

// X answers a duplicate post with a 403 whose words say so; there is no dedicated problem type.
bool saysDuplicate(const QString &text)
{
    return text.contains(QLatin1String("duplicate"), Qt::CaseInsensitive);
}

} // namespace

PlatformError parseError(int httpStatus, const QByteArray &body, qint64 resetEpoch)
{
    PlatformError e = PlatformError::make(kindForStatus(httpStatus), QString(), httpStatus);
    const auto o = jsonObject(body);
    if (o) {
        if (o->contains(QLatin1String("type")) || o->contains(QLatin1String("title"))) {
            const QString type = o->value(QLatin1String("type")).toString();
            e.platformCode = type;
            e.platformMessage = o->value(QLatin1String("detail")).toString();
            if (e.platformMessage.isEmpty())
                e.platformMessage = o->value(QLatin1String("title")).toString();
            e.kind = type == QLatin1String("about:blank") ? kindForStatus(httpStatus)
                                                          : kindForProblem(type, httpStatus);
        } else if (o->value(QLatin1String("errors")).isArray()) {
            const QJsonObject first = o->value(QLatin1String("errors")).toArray().at(0).toObject();
            if (first.contains(QLatin1String("code"))) {
                const int code = first.value(QLatin1String("code")).toInt(-1);
                e.platformCode = QString::number(code);
                e.platformMessage = first.value(QLatin1String("message")).toString();
                e.kind = kindForLegacyCode(code, httpStatus);
            } else {
                const QString type = first.value(QLatin1String("type")).toString();
                e.platformCode = type;
                e.platformMessage = first.value(QLatin1String("detail")).toString();
                if (e.platformMessage.isEmpty())
                    e.platformMessage = first.value(QLatin1String("message")).toString();
                e.kind = kindForProblem(type, httpStatus);
            }
        }
        // Older answers use "error" / "error_description" (OAuth endpoints).
        if (e.platformMessage.isEmpty() && o->value(QLatin1String("error")).isString()) {
            e.platformCode = o->value(QLatin1String("error")).toString();
            e.platformMessage = o->value(QLatin1String("error_description")).toString();
            // These bodies come only from the OAuth endpoints, where a refused grant means signing in again.
            if (httpStatus == 400 || httpStatus == 401)
                e.kind = Kind::Auth;
        }
    }
    if (e.kind == Kind::Permission && saysDuplicate(e.platformMessage))
        e.kind = Kind::Duplicate;
    if (e.kind == Kind::RateLimited && resetEpoch > 0)
        e.resetAt = QDateTime::fromSecsSinceEpoch(resetEpoch, Qt::UTC);
    return e;
}

std::optional<PlatformError> classify(const HttpResponse &response)
{
    const qint64 reset = response.headers.value("x-rate-limit-reset").toLongLong();
    if (response.status >= 300)
        return parseError(response.status, response.body, reset);
    if (response.body.isEmpty())
        return std::nullopt;
    const auto o = jsonObject(response.body);
    if (!o)
        return unreadable();
    // A 200 may carry "errors" beside "data" (partial results); only errors without data is a failure.
    if (!o->contains(QLatin1String("data")) && !o->contains(QLatin1String("meta")) &&
        o->value(QLatin1String("errors")).isArray())
        return parseError(response.status, response.body, reset);
    return std::nullopt;
}

RemoteUser parseUser(const QJsonObject &u)
{
    RemoteUser user;
    user.id = u.value(QLatin1String("id")).toString();
    user.handle = u.value(QLatin1String("username")).toString();
    user.name = u.value(QLatin1String("name")).toString();
    user.description = u.value(QLatin1String("description")).toString();
    user.location = u.value(QLatin1String("location")).toString();
    user.verified = u.value(QLatin1String("verified")).toBool();
    user.verifiedType = u.value(QLatin1String("verified_type")).toString();
    user.createdAt = time(u.value(QLatin1String("created_at")));
    const QJsonObject m = u.value(QLatin1String("public_metrics")).toObject();
    if (m.contains(QLatin1String("followers_count")))
        user.followers = m.value(QLatin1String("followers_count")).toInteger();
    if (m.contains(QLatin1String("following_count")))
        user.following = m.value(QLatin1String("following_count")).toInteger();
    return user;
}

Result<AccountInfo> parseMe(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    const RemoteUser u = parseUser(o->value(QLatin1String("data")).toObject());
    if (!isId(u.id))
        return unreadable();
    return AccountInfo{u.id, u.handle, u.name, u.followers};
}

Result<PublishResult> parseCreated(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    const QJsonObject data = o->value(QLatin1String("data")).toObject();
    const QString id = data.value(QLatin1String("id")).toString();
    if (!isId(id))
        return unreadable();
    return PublishResult{id, data.value(QLatin1String("text")).toString()};
}

Result<bool> parseDeleted(int httpStatus, const QByteArray &body)
{
    if (httpStatus == 204 || body.trimmed().isEmpty())
        return true;
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    return o->value(QLatin1String("data")).toObject().value(QLatin1String("deleted")).toBool();
}

Result<MentionPage> parseMentions(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    QHash<QString, RemoteUser> users;
    const QJsonArray included = o->value(QLatin1String("includes")).toObject().value(QLatin1String("users")).toArray();
    for (const auto &v : included) {
        RemoteUser u = parseUser(v.toObject());
        users.insert(u.id, u);
    }
    MentionPage page;
    const QJsonArray data = o->value(QLatin1String("data")).toArray();
    for (const auto &v : data) {
        const QJsonObject t = v.toObject();
        IncomingItem item;
        item.kind = IncomingItem::Kind::Mention;
        item.id = t.value(QLatin1String("id")).toString();
        if (!isId(item.id))
            continue;
        item.text = t.value(QLatin1String("text")).toString();
        item.language = t.value(QLatin1String("lang")).toString();
        item.createdAt = time(t.value(QLatin1String("created_at")));
        item.conversationId = t.value(QLatin1String("conversation_id")).toString();
        const QJsonArray refs = t.value(QLatin1String("referenced_tweets")).toArray();
        for (const auto &r : refs) {
            const QJsonObject ref = r.toObject();
            if (ref.value(QLatin1String("type")).toString() == QLatin1String("replied_to"))
                item.inReplyToId = ref.value(QLatin1String("id")).toString();
        }
        const QString authorId = t.value(QLatin1String("author_id")).toString();
        item.author = users.value(authorId);
        item.author.id = authorId;
        page.items.append(item);
    }
    const QJsonObject meta = o->value(QLatin1String("meta")).toObject();
    page.nextPageToken = meta.value(QLatin1String("next_token")).toString();
    page.newestCursor = meta.value(QLatin1String("newest_id")).toString();
    return page;
}

Result<AudiencePage> parseFollowers(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    AudiencePage page;
    const QJsonArray data = o->value(QLatin1String("data")).toArray();
    for (const auto &v : data) {
        RemoteUser u = parseUser(v.toObject());
        if (!u.id.isEmpty())
            page.users.append(u);
    }
    page.nextPageToken = o->value(QLatin1String("meta")).toObject().value(QLatin1String("next_token")).toString();
    return page;
}

Result<QList<RemotePost>> parseTimeline(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    QList<RemotePost> posts;
    const QJsonArray data = o->value(QLatin1String("data")).toArray();
    for (const auto &v : data) {
        const QJsonObject t = v.toObject();
        RemotePost p{t.value(QLatin1String("id")).toString(), t.value(QLatin1String("text")).toString(),
                     time(t.value(QLatin1String("created_at")))};
        if (isId(p.id))
            posts.append(p);
    }
    return posts;
}

Result<MediaState> parseMedia(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    const QJsonObject data = o->value(QLatin1String("data")).toObject();
    MediaState s;
    s.id = data.value(QLatin1String("id")).toString();
    const QJsonObject info = data.value(QLatin1String("processing_info")).toObject();
    s.state = info.value(QLatin1String("state")).toString();
    s.checkAfterSecs = std::clamp(info.value(QLatin1String("check_after_secs")).toInt(), 0, 600);
    if (!isId(s.id))
        return unreadable();
    return s;
}

Result<OAuthTokens> parseToken(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    OAuthTokens t;
    t.accessToken = o->value(QLatin1String("access_token")).toString();
    t.refreshToken = o->value(QLatin1String("refresh_token")).toString();
    const qint64 expiresIn = o->value(QLatin1String("expires_in")).toInteger(-1);
    if (expiresIn > 0)
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    t.extra.insert(QStringLiteral("scope"), o->value(QLatin1String("scope")).toString());
    if (t.accessToken.isEmpty())
        return unreadable();
    return t;
}

} // namespace platforms::x
