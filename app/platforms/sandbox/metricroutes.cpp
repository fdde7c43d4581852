// The sandbox's audience insights and post metrics: X public_metrics of our posts (GET /2/tweets?ids=), Graph
// post engagement and post insights, and the Page's followers by country and city. Figures are deterministic:
// a hash of the post's id, growing with its age over the first two days, so tests can compute them.
#include "platforms/sandbox/errors.h"
#include "platforms/sandbox/routes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace platforms::sandbox {

namespace {
const QString X = QStringLiteral("x");
const QString FB = QStringLiteral("facebook");

const Post *find(const State &s, const QString &platform, const QString &id)
{
    for (const auto &p : s.posts) {
        if (p.platform == platform && p.id == id)
            return &p;
    }
    return nullptr;
}
} // namespace

qint64 postMetric(const Post &post, const QString &metric, const QDateTime &now)
{
    const QByteArray h = QCryptographicHash::hash((post.id + metric).toUtf8(), QCryptographicHash::Sha1);
    const qint64 base = (quint8(h.at(0)) << 8 | quint8(h.at(1))) % 5000 + 200;
    // A post gathers its audience over about two days.
    const double age = std::clamp(double(post.createdAt.secsTo(now)) / (48 * 3600.0), 0.05, 1.0);
    qint64 scale = 1;
    if (metric == QLatin1String("impressions"))
        scale = 10;
    else if (metric == QLatin1String("reach"))
        scale = 6;
    else if (metric == QLatin1String("likes"))
        return qint64(double(base) / 20 * age);
    else
        return qint64(double(base) / 100 * age);
    return qint64(double(base * scale) * age);
}

QJsonObject followerBreakdown(const QString &metric)
{
    // The interview's Facebook page: 46% in the UK, half of them in London.
    if (metric.endsWith(QLatin1String("_country")))
        return QJsonObject{{QStringLiteral("GB"), 4600}, {QStringLiteral("US"), 1100}, {QStringLiteral("RU"), 900},
                           {QStringLiteral("DE"), 700},  {QStringLiteral("FR"), 500},  {QStringLiteral("IE"), 400},
                           {QStringLiteral("IN"), 300},  {QStringLiteral("CA"), 300},  {QStringLiteral("AU"), 200},
                           {QStringLiteral("UA"), 200},  {QStringLiteral("IT"), 400},  {QStringLiteral("ES"), 300}};
    return QJsonObject{{QStringLiteral("London, England, United Kingdom"), 2300},
                       {QStringLiteral("Manchester, England, United Kingdom"), 300},
                       {QStringLiteral("Birmingham, England, United Kingdom"), 200},
                       {QStringLiteral("Moscow, Moscow, Russia"), 400},
                       {QStringLiteral("New York, New York, United States"), 300}};
}

Response xPostMetrics(RouteContext &c)
{
    const Request &r = c.request;
    const QStringList ids = r.param(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty() || ids.size() > 100)
        return errors::invalid(X, r.path, QStringLiteral("The `ids` query parameter value must have 1 to 100 ids"));
    const QString fields = r.has(QStringLiteral("tweet.fields")) ? r.param(QStringLiteral("tweet.fields"))
                                                                 : r.param(QStringLiteral("post.fields"));
    const bool metrics = fields.split(QLatin1Char(',')).contains(QStringLiteral("public_metrics"));
    QJsonArray data, missing;
    for (const QString &id : ids) {
        const Post *p = find(c.state, X, id);
        if (!p) {
            missing.append(QJsonObject{{QStringLiteral("resource_id"), id},
                                       {QStringLiteral("resource_type"), QStringLiteral("tweet")},
                                       {QStringLiteral("title"), QStringLiteral("Not Found Error")},
                                       {QStringLiteral("type"), QStringLiteral("https://api.x.com/2/problems/resource-not-found")}});
            continue;
        }
        QJsonObject o{{QStringLiteral("id"), p->id},
                      {QStringLiteral("text"), p->text},
                      {QStringLiteral("created_at"), p->createdAt.toUTC().toString(Qt::ISODateWithMs)}};
        if (metrics) {
            const QDateTime now = c.state.now();
            o.insert(QStringLiteral("public_metrics"),
                     QJsonObject{{QStringLiteral("retweet_count"), postMetric(*p, QStringLiteral("shares"), now)},
                                 {QStringLiteral("reply_count"), postMetric(*p, QStringLiteral("comments"), now)},
                                 {QStringLiteral("like_count"), postMetric(*p, QStringLiteral("likes"), now)},
                                 {QStringLiteral("quote_count"), postMetric(*p, QStringLiteral("quotes"), now)},
                                 {QStringLiteral("bookmark_count"), 0},
                                 {QStringLiteral("impression_count"), postMetric(*p, QStringLiteral("impressions"), now)}});
        }
        data.append(o);
    }
    QJsonObject body;
    if (!data.isEmpty())
        body.insert(QStringLiteral("data"), data);
    if (!missing.isEmpty())
        body.insert(QStringLiteral("errors"), missing);
    return Response::json(200, body);
}

std::optional<Response> graphPostMetrics(RouteContext &c, const QStringList &seg)
{
    const Request &r = c.request;
    if (r.method != "GET" || seg.isEmpty())
        return std::nullopt;
    const Post *p = find(c.state, FB, seg.at(0));
    if (!p)
        return std::nullopt;
    const QDateTime now = c.state.now();
    if (seg.size() == 2 && seg.at(1) == QLatin1String("insights")) {
        const QString metric = r.param(QStringLiteral("metric"));
        static const QStringList known{QStringLiteral("post_impressions"), QStringLiteral("post_impressions_unique")};
        if (!known.contains(metric) || c.state.retiredMetrics.contains(metric))
            return errors::invalid(FB, r.path, QStringLiteral("(#100) The value must be a valid insights metric"));
        const qint64 value = postMetric(*p, metric == QLatin1String("post_impressions") ? QStringLiteral("impressions")
                                                                                         : QStringLiteral("reach"),
                                        now);
        return Response::json(
            200, QJsonObject{{QStringLiteral("data"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), metric},
                                                     {QStringLiteral("period"), QStringLiteral("lifetime")},
                                                     {QStringLiteral("values"),
                                                      QJsonArray{QJsonObject{{QStringLiteral("value"), value}}}}}}}});
    }
    if (seg.size() == 1 && r.param(QStringLiteral("fields")).contains(QLatin1String("reactions"))) {
        const QString created =
            p->createdAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+0000");
        QJsonObject o{{QStringLiteral("id"), p->id}, {QStringLiteral("created_time"), created}};
        auto summary = [](qint64 n) {
            return QJsonObject{{QStringLiteral("data"), QJsonArray{}},
                               {QStringLiteral("summary"), QJsonObject{{QStringLiteral("total_count"), n}}}};
        };
        o.insert(QStringLiteral("reactions"), summary(postMetric(*p, QStringLiteral("likes"), now)));
        o.insert(QStringLiteral("comments"), summary(postMetric(*p, QStringLiteral("comments"), now)));
        const qint64 shares = postMetric(*p, QStringLiteral("shares"), now);
        if (shares > 0) // Graph leaves the field out when nobody shared
            o.insert(QStringLiteral("shares"), QJsonObject{{QStringLiteral("count"), shares}});
        return Response::json(200, o);
    }
    return std::nullopt;
}

} // namespace platforms::sandbox
