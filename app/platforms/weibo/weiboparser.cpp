#include "platforms/weibo/weiboparser.h"

#include "platforms/json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace platforms::weibo {

namespace {

using Kind = PlatformError::Kind;

PlatformError unreadable()
{
    return PlatformError::make(Kind::Transient,
                               QCoreApplication::translate("platforms", "Weibo sent an answer Attaché cannot read."));
}

// Weibo sends numbers as strings in newer docs and as numbers in older ones.
QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString();
}

qint64 number(const QJsonValue &v, qint64 fallback = -1)
{
    if (v.isDouble())
        return v.toInteger();
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? n : fallback;
}

Kind kindForCode(int code, int status)
{
    switch (code) {
    case 10022: case 10023: case 10024: case 20016: return Kind::RateLimited;
    case 20017: case 20019: case 20111: return Kind::Duplicate;
    case 21301: case 21314: case 21315: case 21316: case 21317: case 21319: case 21327: case 21332:
        return Kind::Auth;
    case 10014: case 20112: case 20206: case 20207: case 20130: return Kind::Permission;
    case 20003: case 20101: case 20201: case 20202: return Kind::NotFound;
    case 20021: case 20032: case 20033: return Kind::Policy;
    case 10008: case 10012: case 10017: case 10020: case 20008: case 20012: case 20013: return Kind::Invalid;
    case 10001: case 10002: case 10003: case 10009: case 10010: return Kind::Transient;
    default: break;
    }
    if (status == 401) return Kind::Auth;
    if (status == 403) return Kind::Permission;
    if (status == 404) return Kind::NotFound;
    if (status == 429) return Kind::RateLimited;
    if (status >= 500 || status == 0) return Kind::Transient;
    if (code >= 10000 && code < 20000) return Kind::Transient; // other system errors
    return Kind::Invalid;
}

IncomingItem itemFrom(const QJsonObject &o, IncomingItem::Kind kind)
{
    IncomingItem item;
    item.kind = kind;
    item.id = text(o.value(QLatin1String("idstr")));
    if (item.id.isEmpty())
        item.id = text(o.value(QLatin1String("id")));
    item.text = o.value(QLatin1String("text")).toString();
    item.createdAt = parseTime(o.value(QLatin1String("created_at")).toString());
    item.author = parseUser(o.value(QLatin1String("user")).toObject());
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    if (!status.isEmpty())
        item.conversationId = text(status.value(QLatin1String("idstr")).isUndefined() ? status.value(QLatin1String("id"))
                                                                                        : status.value(QLatin1String("idstr")));
    const QJsonObject replied = o.value(QLatin1String("reply_comment")).toObject();
    if (!replied.isEmpty())
        item.inReplyToId = text(replied.value(QLatin1String("id")));
    return item;
}

Result<MentionPage> pageOf(const QByteArray &body, const char *arrayName, IncomingItem::Kind kind)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    MentionPage page;
    const QJsonArray items = o->value(QLatin1String(arrayName)).toArray();
    for (const auto &v : items) {
        IncomingItem item = itemFrom(v.toObject(), kind);
        if (item.id.isEmpty())
            continue;
        page.items.append(item);
        if (page.newestCursor.isEmpty() || item.id.toLongLong() > page.newestCursor.toLongLong())
            page.newestCursor = item.id;
    }
    return page;
}

} // namespace

QDateTime parseTime(const QString &value)
{
    QDateTime d = QLocale::c().toDateTime(value, QStringLiteral("ddd MMM dd HH:mm:ss t yyyy"));
    if (!d.isValid()) {
        // Qt's "t" does not read numeric offsets: take the offset apart by hand.
        const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 6 && parts.at(4).size() == 5) {
            const QString local = parts.mid(0, 4).join(QLatin1Char(' ')) + QLatin1Char(' ') + parts.at(5);
            d = QLocale::c().toDateTime(local, QStringLiteral("ddd MMM dd HH:mm:ss yyyy"));
            const QString off = parts.at(4);
            const int sign = off.startsWith(QLatin1Char('-')) ? -1 : 1;
            const int secs = sign * (off.mid(1, 2).toInt() * 3600 + off.mid(3, 2).toInt() * 60);
            if (d.isValid())
                d = QDateTime(d.date(), d.time(), Qt::OffsetFromUTC, secs);
        }
    }
    return d.isValid() ? d.toUTC() : d;
}

PlatformError parseError(int httpStatus, const QByteArray &body)
{
    PlatformError e = PlatformError::make(kindForCode(-1, httpStatus), QString(), httpStatus);
    const auto o = jsonObject(body);
    if (!o || !o->contains(QLatin1String("error_code")))
        return e;
    e.platformCode = text(o->value(QLatin1String("error_code")));
    e.platformMessage = o->value(QLatin1String("error")).toString();
    e.kind = kindForCode(e.platformCode.toInt(), httpStatus);
    return e;
}

std::optional<PlatformError> classify(const HttpResponse &response)
{
    if (response.status >= 300)
        return parseError(response.status, response.body);
    const auto o = jsonObject(response.body);
    if (!o)
        return unreadable();
    if (o->contains(QLatin1String("error_code")))
        return parseError(response.status, response.body);
    return std::nullopt;
}

RemoteUser parseUser(const QJsonObject &u)
{
    RemoteUser user;
    user.id = text(u.value(QLatin1String("idstr")));
    if (user.id.isEmpty())
        user.id = text(u.value(QLatin1String("id")));
    user.handle = u.value(QLatin1String("screen_name")).toString();
    user.name = u.value(QLatin1String("name")).toString();
    user.description = u.value(QLatin1String("description")).toString();
    user.location = u.value(QLatin1String("location")).toString();
    user.province = text(u.value(QLatin1String("province")));
    user.city = text(u.value(QLatin1String("city")));
    user.gender = u.value(QLatin1String("gender")).toString();
    user.verified = u.value(QLatin1String("verified")).toBool();
    user.followers = number(u.value(QLatin1String("followers_count")));
    user.following = number(u.value(QLatin1String("friends_count")));
    user.createdAt = parseTime(u.value(QLatin1String("created_at")).toString());
    return user;
}

Result<QString> parseUid(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    const QString uid = text(o->value(QLatin1String("uid")));
    if (uid.isEmpty())
        return unreadable();
    return uid;
}

Result<AccountInfo> parseUserShow(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    const RemoteUser u = parseUser(*o);
    if (u.id.isEmpty())
        return unreadable();
    return AccountInfo{u.id, u.handle, u.name, u.followers};
}

Result<PublishResult> parseStatus(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    QString id = text(o->value(QLatin1String("idstr")));
    if (id.isEmpty())
        id = text(o->value(QLatin1String("id")));
    if (id.isEmpty())
        return unreadable();
    return PublishResult{id, o->value(QLatin1String("text")).toString()};
}

Result<MentionPage> parseMentions(const QByteArray &body)
{
    return pageOf(body, "statuses", IncomingItem::Kind::Mention);
}

Result<MentionPage> parseCommentsToMe(const QByteArray &body)
{
    return pageOf(body, "comments", IncomingItem::Kind::Comment);
}

Result<AudiencePage> parseFollowers(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    AudiencePage page;
    page.isSample = true;
    const QJsonArray users = o->value(QLatin1String("users")).toArray();
    for (const auto &v : users) {
        RemoteUser u = parseUser(v.toObject());
        if (!u.id.isEmpty())
            page.users.append(u);
    }
    const qint64 next = number(o->value(QLatin1String("next_cursor")), 0);
    if (next > 0)
        page.nextPageToken = QString::number(next);
    page.totalFollowers = number(o->value(QLatin1String("total_number")));
    return page;
}

Result<QList<RemotePost>> parseTimeline(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    QList<RemotePost> posts;
    const QJsonArray statuses = o->value(QLatin1String("statuses")).toArray();
    for (const auto &v : statuses) {
        const QJsonObject s = v.toObject();
        RemotePost p;
        p.id = text(s.value(QLatin1String("idstr")));
        if (p.id.isEmpty())
            p.id = text(s.value(QLatin1String("id")));
        p.text = s.value(QLatin1String("text")).toString();
        p.createdAt = parseTime(s.value(QLatin1String("created_at")).toString());
        if (!p.id.isEmpty())
            posts.append(p);
    }
    return posts;
}

Result<TokenGrant> parseToken(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    TokenGrant t;
    t.accessToken = o->value(QLatin1String("access_token")).toString();
    t.expiresIn = number(o->value(QLatin1String("expires_in")));
    t.uid = text(o->value(QLatin1String("uid")));
    if (t.accessToken.isEmpty())
        return unreadable();
    return t;
}

} // namespace platforms::weibo
