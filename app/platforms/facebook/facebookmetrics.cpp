// Our posts' reach and engagement (the insights side of the Page client; publishing is elsewhere).
#include "platforms/facebook/facebookmetrics.h"

#include "platforms/facebook/facebookclient.h"
#include "platforms/facebook/graphparser.h"
#include "platforms/json.h"
#include "platforms/transport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace platforms::facebook {

namespace {
PlatformError unreadable()
{
    return PlatformError::make(PlatformError::Kind::Transient,
                               QCoreApplication::translate("platforms", "Facebook sent an answer Attaché cannot read."));
}
} // namespace

Result<PostMetrics> parsePostEngagement(const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    PostMetrics m;
    m.id = o->value(QLatin1String("id")).toString();
    m.createdAt = parseTime(o->value(QLatin1String("created_time")).toString());
    auto summary = [&o](const char *edge) -> qint64 {
        const QJsonValue total =
            o->value(QLatin1String(edge)).toObject().value(QLatin1String("summary")).toObject().value(
                QLatin1String("total_count"));
        return total.isDouble() ? total.toInteger() : -1;
    };
    m.reactions = summary("reactions");
    m.comments = summary("comments");
    const QJsonValue shares = o->value(QLatin1String("shares")).toObject().value(QLatin1String("count"));
    m.shares = shares.isDouble() ? shares.toInteger() : 0;
    return m;
}

Result<qint64> parsePostInsight(const QString &metric, const QByteArray &body)
{
    const auto o = jsonObject(body);
    if (!o)
        return unreadable();
    const QJsonArray data = o->value(QLatin1String("data")).toArray();
    for (const auto &v : data) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("name")).toString() != metric)
            continue;
        const QJsonArray values = m.value(QLatin1String("values")).toArray();
        if (!values.isEmpty() && values.last().toObject().value(QLatin1String("value")).isDouble())
            return values.last().toObject().value(QLatin1String("value")).toInteger();
    }
    return qint64(-1);
}

CallHandle FacebookClient::fetchPostMetrics(const QString &postId, QObject *context, Callback<PostMetrics> done)
{
    auto *op = new Operation(this, context);
    HttpRequest r = request("GET", QLatin1Char('/') + postId);
    r.query.addQueryItem(QStringLiteral("fields"),
                         QStringLiteral("created_time,reactions.summary(total_count).limit(0),"
                                        "comments.summary(total_count).limit(0),shares"));
    m_transport->send(op, r, [this, op, postId, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<PostMetrics>(op, done, res.error());
        auto engagement = parsePostEngagement(res.value().body);
        if (!engagement.ok())
            return deliver<PostMetrics>(op, done, engagement.error());
        auto metrics = std::make_shared<PostMetrics>(engagement.value());
        if (metrics->id.isEmpty())
            metrics->id = postId;
        // One metric per request: a retired metric fails alone and leaves its figure at -1.
        auto ask = std::make_shared<std::function<void(int)>>();
        *ask = [this, op, postId, done, metrics, ask](int step) {
            static const char *const names[] = {"post_impressions_unique", "post_impressions"};
            if (step == 2) {
                // Break the cycle; this closure dies with it, so only locals are used afterwards.
                Operation *finished = op;
                const Callback<PostMetrics> callback = done;
                const PostMetrics result = *metrics;
                const auto self = ask;
                *self = nullptr;
                return deliver<PostMetrics>(finished, callback, result);
            }
            const QString metric = QLatin1String(names[step]);
            HttpRequest q = request("GET", QStringLiteral("/%1/insights").arg(postId));
            q.query.addQueryItem(QStringLiteral("metric"), metric);
            q.query.addQueryItem(QStringLiteral("period"), QStringLiteral("lifetime"));
            m_transport->send(op, q, [op, done, metrics, ask, step, metric](const Result<HttpResponse> &ins) {
                if (!ins.ok() && ins.error().kind != PlatformError::Kind::Invalid) {
                    *ask = nullptr;
                    return deliver<PostMetrics>(op, done, ins.error());
                }
                qint64 value = -1;
                if (ins.ok()) {
                    const auto parsed = parsePostInsight(metric, ins.value().body);
                    value = parsed.ok() ? parsed.value() : -1;
                }
                (step == 0 ? metrics->reach : metrics->impressions) = value;
                (*ask)(step + 1);
            });
        };
        (*ask)(0);
    });
    return CallHandle(op);
}

} // namespace platforms::facebook
