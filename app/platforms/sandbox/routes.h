#pragma once

#include "platforms/sandbox/state.h"
#include "platforms/sandbox/wire.h"

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

// Splits "/a/b/c" into {"a","b","c"}.
QStringList segments(const QString &path);

} // namespace platforms::sandbox
