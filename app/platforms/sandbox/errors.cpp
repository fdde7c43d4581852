#include "platforms/sandbox/errors.h"

#include <QJsonArray>

namespace platforms::sandbox::errors {

namespace {

Response problem(int status, const QString &type, const QString &title, const QString &detail)
{
    Response r = Response::json(status, QJsonObject{{QStringLiteral("type"), type},
                                                    {QStringLiteral("title"), title},
                                                    {QStringLiteral("detail"), detail},
                                                    {QStringLiteral("status"), status}});
    r.contentType = "application/problem+json";
    return r;
}

Response graph(int status, int code, const QString &message, int subcode = -1, bool transient = false)
{
    QJsonObject e{{QStringLiteral("message"), message},
                  {QStringLiteral("type"), QStringLiteral("OAuthException")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("fbtrace_id"), QStringLiteral("Sandbox")},
                  {QStringLiteral("is_transient"), transient}};
    if (subcode >= 0)
        e.insert(QStringLiteral("error_subcode"), subcode);
    return Response::json(status, QJsonObject{{QStringLiteral("error"), e}});
}

Response weibo(int status, const QString &path, const char *code, const QString &message)
{
    return Response::json(status, QJsonObject{{QStringLiteral("request"), path},
                                              {QStringLiteral("error_code"), QString::fromLatin1(code)},
                                              {QStringLiteral("error"), message}});
}

const QString xProblems = QStringLiteral("https://api.twitter.com/2/problems/");

} // namespace

Response rateLimited(const QString &platform, const QString &path, const QDateTime &resetAt)
{
    const qint64 secs = std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(resetAt), 0);
    if (platform == QLatin1String("x")) {
        // Both bodies are seen in the wild; the legacy one carries code 88.
        Response r = Response::json(
            429, QJsonObject{{QStringLiteral("errors"),
                              QJsonArray{QJsonObject{{QStringLiteral("code"), 88},
                                                     {QStringLiteral("message"), QStringLiteral("Rate limit exceeded")}}}}});
        r.addHeader("x-rate-limit-limit", "300");
        r.addHeader("x-rate-limit-remaining", "0");
        r.addHeader("x-rate-limit-reset", QByteArray::number(resetAt.toSecsSinceEpoch()));
        return r;
    }
    if (platform == QLatin1String("facebook")) {
        Response r = graph(403, 32, QStringLiteral("(#32) Page request limit reached"));
        const qint64 minutes = (secs + 59) / 60;
        r.addHeader("X-Business-Use-Case-Usage",
                          "{\"200000000000001\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":20,"
                          "\"total_time\":30,\"estimated_time_to_regain_access\":" +
                              QByteArray::number(minutes) + "}]}");
        return r;
    }
    return weibo(403, path, "10023", QStringLiteral("User requests out of rate limit!"));
}

Response serverError(const QString &platform, const QString &path)
{
    if (platform == QLatin1String("x"))
        return problem(503, QStringLiteral("about:blank"), QStringLiteral("Service Unavailable"),
                       QStringLiteral("Service Unavailable"));
    if (platform == QLatin1String("facebook"))
        return graph(500, 2, QStringLiteral("An unexpected error has occurred. Please retry your request later."),
                     -1, true);
    return weibo(500, path, "10001", QStringLiteral("system error!"));
}

Response unauthorized(const QString &platform, const QString &path, bool expired)
{
    if (platform == QLatin1String("x"))
        return problem(401, QStringLiteral("about:blank"), QStringLiteral("Unauthorized"),
                       QStringLiteral("Unauthorized"));
    if (platform == QLatin1String("facebook"))
        return expired ? graph(400, 190, QStringLiteral("Error validating access token: Session has expired."), 463)
                       : graph(400, 190, QStringLiteral("Error validating access token: The user has not authorized "
                                                        "application."),
                               458);
    return expired ? weibo(401, path, "21327", QStringLiteral("expired_token"))
                   : weibo(401, path, "21332", QStringLiteral("invalid_access_token"));
}

Response duplicate(const QString &platform, const QString &path)
{
    if (platform == QLatin1String("x"))
        return problem(403, QStringLiteral("about:blank"), QStringLiteral("Forbidden"),
                       QStringLiteral("You are not allowed to create a Tweet with duplicate content."));
    if (platform == QLatin1String("facebook"))
        return graph(400, 506, QStringLiteral("(#506) Duplicate status message"));
    return weibo(400, path, "20019", QStringLiteral("repeat content!"));
}

Response notFound(const QString &platform, const QString &path)
{
    if (platform == QLatin1String("x"))
        return problem(404, xProblems + QStringLiteral("resource-not-found"), QStringLiteral("Not Found Error"),
                       QStringLiteral("Could not find the resource: %1").arg(path));
    if (platform == QLatin1String("facebook"))
        return graph(400, 100,
                     QStringLiteral("Unsupported get request. Object with ID does not exist, cannot be loaded due to "
                                    "missing permissions, or does not support this operation"),
                     33);
    return weibo(400, path, "20101", QStringLiteral("target weibo does not exist!"));
}

Response invalid(const QString &platform, const QString &path, const QString &message)
{
    if (platform == QLatin1String("x"))
        return problem(400, xProblems + QStringLiteral("invalid-request"), QStringLiteral("Invalid Request"), message);
    if (platform == QLatin1String("facebook"))
        return graph(400, 100, message);
    return weibo(400, path, "10017", message);
}

Response forbidden(const QString &platform, const QString &path, const QString &message)
{
    if (platform == QLatin1String("x"))
        return problem(403, xProblems + QStringLiteral("client-forbidden"), QStringLiteral("Client Forbidden"),
                       message);
    if (platform == QLatin1String("facebook"))
        return graph(403, 200, message);
    return weibo(403, path, "20206", message);
}

Response oauth(const QString &error, const QString &description)
{
    return Response::json(400, QJsonObject{{QStringLiteral("error"), error},
                                           {QStringLiteral("error_description"), description}});
}

} // namespace platforms::sandbox::errors
