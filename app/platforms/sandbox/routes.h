#pragma once

#include "platforms/sandbox/state.h"
#include "platforms/sandbox/wire.h"

#include <QJsonObject>
#include <optional>

// The sandbox's endpoints, one function per platform. Each answers nothing when no route of its platform matches.
namespace platforms::sandbox {

// What the server tells a route about the request beyond the request itself.
struct RouteContext
{
    const Request &request;
    State &state;
    bool forceDuplicate = false; // a Duplicate fault is pending for this request
};

// "x", "facebook", "weibo" or "" (the control endpoint and unknown paths), from the path alone.
QString platformOf(const QString &path);

std::optional<Response> routeX(RouteContext &context);
std::optional<Response> routeGraph(RouteContext &context);
std::optional<Response> routeWeibo(RouteContext &context);
std::optional<Response> routeOAuth(RouteContext &context);

// The token of the request (Authorization: Bearer/OAuth/OAuth2 header, or access_token parameter) when it is
// valid for platform; otherwise the platform's own refusal.
struct Auth
{
    const Token *token = nullptr;
    std::optional<Response> refusal;
};
Auth authenticate(const Request &request, State &state, const QString &platform);

// Insights and post metrics (metricroutes.cpp): X GET /2/tweets?ids=, Graph /{post-id} with engagement fields and
// /{post-id}/insights (nothing when the path is not one of ours), the Page's followers by country or city, and a
// post's deterministic figure ("impressions", "reach", "likes", "comments", "shares", "quotes") at `now`.
Response xPostMetrics(RouteContext &context);
std::optional<Response> graphPostMetrics(RouteContext &context, const QStringList &segmentsAfterVersion);
QJsonObject followerBreakdown(const QString &metric);
qint64 postMetric(const Post &post, const QString &metric, const QDateTime &now);

// Splits "/a/b/c" into {"a","b","c"}.
QStringList segments(const QString &path);

} // namespace platforms::sandbox
