#include "platforms/facebook/graphparser.h"

#include "platforms/json.h"

#include <QCoreApplication>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace platforms::facebook {

namespace {

using Kind = PlatformError::Kind;

PlatformError unreadable()
{
    return PlatformError::make(Kind::Transient, QCoreApplication::translate(
                                                    "platforms", "Facebook sent an answer Attaché cannot read."));
}

Kind kindForCode(int code, int subcode, int status)
{
    if (code == 1 || code == 2)
        return Kind::Transient;
    if (code == 4 || code == 17 || code == 32 || code == 341 || code == 613 || (code >= 80000 && code <= 80014))
        return Kind::RateLimited;
    if (code == 190 || code == 102 || code == 463 || code == 467)
        return Kind::Auth;
    if (code == 10 || (code >= 200 && code <= 299))
        return Kind::Permission;
    if (code == 368)
        return Kind::Policy;
    if (code == 506)
        return Kind::Duplicate;
    if (code == 803 || (code == 100 && subcode == 33))
        return Kind::NotFound;
    if (code == 100)
        return Kind::Invalid;
    if (status == 401)
        return Kind::Auth;
    if (status == 403)
        return Kind::Permission;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500 || status == 0)
        return Kind::Transient;
    return Kind::Invalid;
}

QString idOf(const QJsonValue &v)
{
    // Graph ids are strings; tolerate numbers from older answers.
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString();
}

RemoteUser parseFrom(const QJsonObject &from)
{
    RemoteUser u;
    u.id = idOf(from.value(QLatin1String("id")));
    u.name = from.value(QLatin1String("name")).toString();
    return u;
}

} // namespace

QDateTime parseTime(const QString &text)
{
    static const QRegularExpression offset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    QString t = text;
    t.replace(offset, QStringLiteral("\\1:\\2"));
    QDateTime d = QDateTime::fromString(t, Qt::ISODate);
    return d.isValid() ? d.toUTC() : d;
}

PlatformError parseError(int httpStatus, const QByteArray &body)
{
    PlatformError e = PlatformError::make(kindForCode(-1, -1, httpStatus), QString(), httpStatus);
    const auto o = jsonObject(body);
    if (!o)
        return e;
    const QJsonObject err = o->value(QLatin1String("error")).toObject();
    if (err.isEmpty())
        return e;
    const int code = err.value(QLatin1String("code")).toInt(-1);
    const int subcode = err.value(QLatin1String("error_subcode")).toInt(-1);
    e.platformCode = subcode >= 0 ? QStringLiteral("%1/%2").arg(code).arg(subcode) : QString::number(code);
    // error_user_msg is written for end users when present; message is for developers.
    e.platformMessage = err.value(QLatin1String("error_user_msg")).toString();
    if (e.platformMessage.isEmpty())
        e.platformMessage = err.value(QLatin1String("message")).toString();
    e.kind = kindForCode(code, subcode, httpStatus);
    if (err.value(QLatin1String("is_transient")).toBool() && e.kind != Kind::RateLimited)
        e.kind = Kind::Transient;
    return e;
}

std::optional<PlatformError> classify(const HttpResponse &response)
{
    std::optional<PlatformError> error;
    if (response.status >= 300) {
        error = parseError(response.status, response.body);
    } else if (!response.body.isEmpty() && response.body.trimmed() != "true") {
        const auto o = jsonObject(response.body);
        if (!o)
            return unreadable();
        if (o->contains(QLatin1String("error")))
            error = parseError(response.status, response.body);
    }
    if (error && error->kind == Kind::RateLimited) {
        const QJsonObject buc = QJsonDocument::fromJson(response.headers.value("x-business-use-case-usage")).object();
        int minutes = 0;
        for (auto it = buc.begin(); it != buc.end(); ++it) {
            const QJsonArray entries = it.value().toArray();
            for (const auto &v : entries)
                minutes = std::max(minutes,
                                   v.toObject().value(QLatin1String("estimated_time_to_regain_access")).toInt());
        }
        if (minutes > 0)
            error->resetAt = QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60);
    }
    return error;
}

Result<AccountInfo> parsePage(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    AccountInfo a;
    a.id = idOf(o->value(QLatin1String("id")));
    if (a.id.isEmpty())
        return unreadable();
    a.name = o->value(QLatin1String("name")).toString();
    a.handle = o->value(QLatin1String("username")).toString();
    if (o->contains(QLatin1String("followers_count")))
        a.followers = o->value(QLatin1String("followers_count")).toInteger();
    else if (o->contains(QLatin1String("fan_count")))
        a.followers = o->value(QLatin1String("fan_count")).toInteger();
    return a;
}

Result<QList<ManagedPage>> parseAccounts(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    QList<ManagedPage> pages;
    const QJsonArray data = o->value(QLatin1String("data")).toArray();
    for (const auto &v : data) {
        const QJsonObject p = v.toObject();
        ManagedPage page;
        page.id = idOf(p.value(QLatin1String("id")));
        page.name = p.value(QLatin1String("name")).toString();
        page.accessToken = p.value(QLatin1String("access_token")).toString();
        const QJsonArray tasks = p.value(QLatin1String("tasks")).toArray();
        for (const auto &t : tasks)
            page.tasks.append(t.toString());
        if (!page.id.isEmpty())
            pages.append(page);
    }
    return pages;
}

Result<PublishResult> parseCreated(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    // Photos answer both the photo id and the post it made; the post is what the publisher tracks.
    QString id = idOf(o->value(QLatin1String("post_id")));
    if (id.isEmpty())
        id = idOf(o->value(QLatin1String("id")));
    if (id.isEmpty())
        return unreadable();
    return PublishResult{id, QString()};
}

Result<bool> parseSuccess(const QByteArray &body)
{
    if (body.trimmed() == "true")
        return true;
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    return o->value(QLatin1String("success")).toBool();
}

Result<MentionPage> parseComments(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    MentionPage page;
    const QJsonArray data = o->value(QLatin1String("data")).toArray();
    for (const auto &v : data) {
        const QJsonObject c = v.toObject();
        IncomingItem item;
        item.kind = IncomingItem::Kind::Comment;
        item.id = idOf(c.value(QLatin1String("id")));
        if (item.id.isEmpty())
            continue;
        item.text = c.value(QLatin1String("message")).toString();
        item.createdAt = parseTime(c.value(QLatin1String("created_time")).toString());
        item.author = parseFrom(c.value(QLatin1String("from")).toObject());
        item.inReplyToId = idOf(c.value(QLatin1String("parent")).toObject().value(QLatin1String("id")));
        item.hidden = c.value(QLatin1String("is_hidden")).toBool();
        page.items.append(item);
        if (item.createdAt.isValid()) {
            const QString epoch = QString::number(item.createdAt.toSecsSinceEpoch());
            if (page.newestCursor.isEmpty() || epoch.toLongLong() > page.newestCursor.toLongLong())
                page.newestCursor = epoch;
        }
    }
    const QJsonObject paging = o->value(QLatin1String("paging")).toObject();
    // Only when Graph says there is a next page; the "after" cursor is present on the last page too.
    if (paging.contains(QLatin1String("next")))
        page.nextPageToken =
            paging.value(QLatin1String("cursors")).toObject().value(QLatin1String("after")).toString();
    return page;
}

Result<QList<RemotePost>> parseFeed(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    QList<RemotePost> posts;
    const QJsonArray data = o->value(QLatin1String("data")).toArray();
    for (const auto &v : data) {
        const QJsonObject p = v.toObject();
        RemotePost post{idOf(p.value(QLatin1String("id"))), p.value(QLatin1String("message")).toString(),
                        parseTime(p.value(QLatin1String("created_time")).toString())};
        if (!post.id.isEmpty())
            posts.append(post);
    }
    return posts;
}

Result<InsightSeries> parseInsights(const QString &metric, const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    InsightSeries s;
    s.metric = metric;
    const QJsonArray data = o->value(QLatin1String("data")).toArray();
    for (const auto &v : data) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("name")).toString() != metric)
            continue;
        s.period = m.value(QLatin1String("period")).toString();
        const QJsonArray values = m.value(QLatin1String("values")).toArray();
        for (const auto &pv : values) {
            const QJsonObject p = pv.toObject();
            // Breakdown metrics (by country, city) answer an object: their total is what a series shows.
            double value = 0;
            const QJsonValue raw = p.value(QLatin1String("value"));
            if (raw.isObject()) {
                const QJsonObject parts = raw.toObject();
                s.breakdown.clear(); // the latest value's parts are the ones that count
                for (auto it = parts.begin(); it != parts.end(); ++it) {
                    value += it.value().toDouble();
                    s.breakdown.append({it.key(), it.value().toDouble()});
                }
                std::sort(s.breakdown.begin(), s.breakdown.end(),
                          [](const auto &a, const auto &b) { return a.second > b.second; });
            } else {
                value = raw.toDouble();
            }
            s.values.append({parseTime(p.value(QLatin1String("end_time")).toString()), value});
        }
    }
    // An empty answer for a metric means Graph no longer offers it for this page.
    if (data.isEmpty()) {
        s.available = false;
        s.unavailableReason = QCoreApplication::translate("platforms", "Facebook returned no data for this metric.");
    }
    return s;
}

Result<TokenGrant> parseToken(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    TokenGrant t;
    t.accessToken = o->value(QLatin1String("access_token")).toString();
    if (t.accessToken.isEmpty())
        return unreadable();
    if (o->contains(QLatin1String("expires_in")))
        t.expiresIn = o->value(QLatin1String("expires_in")).toInteger();
    return t;
}

} // namespace platforms::facebook
