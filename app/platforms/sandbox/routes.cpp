#include "platforms/sandbox/routes.h"

#include "platforms/sandbox/errors.h"

namespace platforms::sandbox {

QString platformOf(const QString &path)
{
    // Graph paths start with a version ("/v25.0/"); other versions reach the Graph routes and are refused there.
    if (path.size() > 2 && path.at(1) == QLatin1Char('v') && path.at(2).isDigit())
        return QStringLiteral("facebook");
    if (path.startsWith(QLatin1String("/oauth2/")) ||
        (path.startsWith(QLatin1String("/2/")) && path.endsWith(QLatin1String(".json"))))
        return QStringLiteral("weibo");
    if (path.startsWith(QLatin1String("/2/")) || path.startsWith(QLatin1String("/i/oauth2/")))
        return QStringLiteral("x");
    return QString();
}

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

Auth authenticate(const Request &request, State &state, const QString &platform)
{
    QString value;
    const QByteArray header = request.headers.value("authorization");
    const qsizetype space = header.indexOf(' ');
    if (space > 0)
        value = QString::fromUtf8(header.mid(space + 1)).trimmed();
    if (value.isEmpty())
        value = request.param(QStringLiteral("access_token"));
    Auth auth;
    const Token *t = state.token(value);
    if (!t || t->platform != platform || t->kind == QLatin1String("refresh") || t->revoked) {
        auth.refusal = errors::unauthorized(platform, request.path, false);
        return auth;
    }
    if (t->expiresAt.isValid() && t->expiresAt <= state.now()) {
        auth.refusal = errors::unauthorized(platform, request.path, true);
        return auth;
    }
    auth.token = t;
    return auth;
}

} // namespace platforms::sandbox
