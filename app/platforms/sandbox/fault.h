#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace platforms::sandbox {

// A failure the sandbox produces on demand, for the next `count` matching requests (token faults and retired
// metrics change the state at once instead).
struct Fault
{
    enum class Kind {
        RateLimit,     // 429 (X), throttle code 32 (Graph), 10023 (Weibo), with the reset time in headers
        ServerError,   // 503 / Graph code 1 / Weibo 10001, before the request is carried out
        Slow,          // answers after delayMs
        Drop,          // carries the request out, then drops the connection without an answer
        Malformed,     // carries the request out, then answers truncated JSON
        ExpiredToken,  // every current access token of the platform expires now
        RevokedToken,  // every current access token of the platform is revoked now
        Duplicate,     // the next post is refused as duplicate content
        MetricRetired, // Graph insights no longer knows `metric`
    };

    Kind kind = Kind::ServerError;
    QString platform;     // "x", "facebook", "weibo"; empty matches any
    QString pathContains; // empty matches any path
    int count = 1;
    int delayMs = 2000;
    int resetSecs = 60;
    QString metric;

    bool matches(const QString &requestPlatform, const QString &path) const
    {
        return (platform.isEmpty() || platform == requestPlatform) &&
               (pathContains.isEmpty() || path.contains(pathContains));
    }

    static std::optional<Kind> kindFromId(const QString &id);
    // {"kind":"rate-limit","platform":"x","path":"/2/tweets","count":1,"delay_ms":..,"reset_secs":..,"metric":..}
    static std::optional<Fault> fromJson(const QJsonObject &object);
};

} // namespace platforms::sandbox
