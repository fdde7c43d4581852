// Our posts' public metrics (the insights side of the X client; publishing is elsewhere).
#include "platforms/x/xmetrics.h"

#include "platforms/transport.h"
#include "platforms/x/xclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace platforms::x {

Result<QList<PostMetrics>> parsePostMetrics(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return PlatformError::make(PlatformError::Kind::Transient,
                                   QCoreApplication::translate("platforms", "X sent an answer Attaché cannot read."));
    QList<PostMetrics> out;
    const QJsonArray data = doc.object().value(QLatin1String("data")).toArray();
    for (const auto &v : data) {
        const QJsonObject p = v.toObject();
        PostMetrics m;
        m.id = p.value(QLatin1String("id")).toString();
        if (m.id.isEmpty())
            continue;
        const QDateTime created =
            QDateTime::fromString(p.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
        m.createdAt = created.isValid() ? created.toUTC() : created;
        const QJsonObject pm = p.value(QLatin1String("public_metrics")).toObject();
        auto number = [&pm](const char *name) -> qint64 {
            const QJsonValue n = pm.value(QLatin1String(name));
            return n.isDouble() ? n.toInteger() : -1;
        };
        m.impressions = number("impression_count");
        m.reactions = number("like_count");
        m.comments = number("reply_count");
        m.shares = number("retweet_count");
        m.quotes = number("quote_count");
        out.append(m);
    }
    return out;
}

CallHandle XClient::fetchPostMetrics(const QStringList &ids, QObject *context, Callback<QList<PostMetrics>> done)
{
    if (ids.isEmpty() || ids.size() > MaxMetricIds)
        return refuse<QList<PostMetrics>>(
            context, done,
            PlatformError::make(PlatformError::Kind::Invalid,
                                QCoreApplication::translate("platforms", "Between 1 and 100 posts at a time.")));
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QStringLiteral("/2/tweets"));
    r.bucket = QStringLiteral("GET /2/tweets");
    r.query.addQueryItem(QStringLiteral("ids"), ids.join(QLatin1Char(',')));
    r.query.addQueryItem(QStringLiteral("tweet.fields"), QStringLiteral("created_at,public_metrics"));
    m_transport->send(op, r, [op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QList<PostMetrics>>(op, done, res.error());
        deliver(op, done, parsePostMetrics(res.value().body));
    });
    return CallHandle(op);
}

} // namespace platforms::x
