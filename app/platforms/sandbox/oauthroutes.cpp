// The sandbox's sign-in endpoints. The authorize pages approve at once and redirect to the app's loopback
// address with a code, as if the user had clicked "Allow"; the token endpoints check what the platforms check
// (PKCE S256 and the 30-second code lifetime on X, single-use codes and rotating refresh tokens).
#include "platforms/sandbox/errors.h"
#include "platforms/sandbox/routes.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUrl>

namespace platforms::sandbox {

namespace {

constexpr qint64 XCodeLifetimeSecs = 30;
constexpr qint64 XAccessLifetimeSecs = 2 * 3600;

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Response> authorize(RouteContext &c, const QString &platform, bool pkce)
{
    const Request &r = c.request;
    const QUrl redirect(r.param(QStringLiteral("redirect_uri")));
    if (!redirect.isValid() || redirect.scheme().isEmpty() || r.param(QStringLiteral("client_id")).isEmpty())
        return errors::oauth(QStringLiteral("invalid_request"), QStringLiteral("client_id and redirect_uri are required"));
    if (r.param(QStringLiteral("response_type")) != QLatin1String("code"))
        return errors::oauth(QStringLiteral("unsupported_response_type"), QStringLiteral("response_type must be code"));
    if (pkce && (r.param(QStringLiteral("code_challenge")).isEmpty() ||
                 r.param(QStringLiteral("code_challenge_method")) != QLatin1String("S256")))
        return errors::oauth(QStringLiteral("invalid_request"), QStringLiteral("PKCE with S256 is required"));
    const QString code = QStringLiteral("code-%1").arg(c.state.rng.generate64(), 0, 36);
    c.state.codes.insert(code, AuthCode{platform, r.param(QStringLiteral("client_id")), redirect.toString(),
                                        r.param(QStringLiteral("code_challenge")), r.param(QStringLiteral("scope")),
                                        c.state.now()});
    QUrl target = redirect;
    QUrlQuery q(target);
    q.addQueryItem(QStringLiteral("code"), code);
    if (r.has(QStringLiteral("state")))
        q.addQueryItem(QStringLiteral("state"), r.param(QStringLiteral("state")));
    target.setQuery(q);
    return Response::redirect(target);
}

// The code's record when it is valid for this exchange; it is used up either way.
std::optional<AuthCode> takeCode(State &s, const Request &r, const QString &platform)
{
    const auto it = s.codes.constFind(r.param(QStringLiteral("code")));
    if (it == s.codes.constEnd() || it->platform != platform)
        return std::nullopt;
    const AuthCode code = *it;
    s.codes.erase(it);
    if (r.param(QStringLiteral("redirect_uri")) != code.redirectUri)
        return std::nullopt;
    return code;
}

Response xToken(RouteContext &c)
{
    State &s = c.state;
    const Request &r = c.request;
    const QString grant = r.param(QStringLiteral("grant_type"));
    QString subject = s.xMe.id;
    QString scope;
    if (grant == QLatin1String("authorization_code")) {
        const auto code = takeCode(s, r, QStringLiteral("x"));
        if (!code)
            return errors::oauth(QStringLiteral("invalid_request"),
                                 QStringLiteral("Value passed for the authorization code was invalid."));
        if (code->issuedAt.secsTo(s.now()) > XCodeLifetimeSecs)
            return errors::oauth(QStringLiteral("invalid_request"), QStringLiteral("The authorization code expired."));
        if (challengeOf(r.param(QStringLiteral("code_verifier"))) != code->challenge)
            return errors::oauth(QStringLiteral("invalid_request"),
                                 QStringLiteral("Value passed for the code verifier did not match the challenge."));
        scope = code->scope;
    } else if (grant == QLatin1String("refresh_token")) {
        Token *old = s.token(r.param(QStringLiteral("refresh_token")));
        if (!old || old->platform != QLatin1String("x") || old->kind != QLatin1String("refresh") || old->revoked)
            return errors::oauth(QStringLiteral("invalid_request"),
                                 QStringLiteral("Value passed for the token was invalid."));
        // Refresh tokens are single use: the old one dies now.
        old->revoked = true;
        subject = old->subject;
        scope = old->scope;
    } else {
        return errors::oauth(QStringLiteral("unsupported_grant_type"), QStringLiteral("Unsupported grant type."));
    }
    QJsonObject out{{QStringLiteral("token_type"), QStringLiteral("bearer")},
                    {QStringLiteral("expires_in"), XAccessLifetimeSecs},
                    {QStringLiteral("scope"), scope},
                    {QStringLiteral("access_token"),
                     s.newToken(QStringLiteral("x"), QStringLiteral("access"), subject, XAccessLifetimeSecs, scope)}};
    if (scope.split(QLatin1Char(' ')).contains(QStringLiteral("offline.access")))
        out.insert(QStringLiteral("refresh_token"),
                   s.newToken(QStringLiteral("x"), QStringLiteral("refresh"), subject, 0, scope));
    return Response::json(200, out);
}

Response facebookToken(RouteContext &c)
{
    State &s = c.state;
    const Request &r = c.request;
    if (r.param(QStringLiteral("client_secret")).isEmpty())
        return errors::invalid(QStringLiteral("facebook"), r.path, QStringLiteral("Missing client_secret"));
    if (r.param(QStringLiteral("grant_type")) == QLatin1String("fb_exchange_token")) {
        const Token *t = s.token(r.param(QStringLiteral("fb_exchange_token")));
        if (!t || t->platform != QLatin1String("facebook") || t->kind != QLatin1String("user") || t->revoked)
            return errors::unauthorized(QStringLiteral("facebook"), r.path, false);
        const qint64 sixtyDays = 60LL * 24 * 3600;
        return Response::json(200, QJsonObject{{QStringLiteral("access_token"),
                                                s.newToken(QStringLiteral("facebook"), QStringLiteral("user"),
                                                           t->subject, sixtyDays)},
                                               {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                               {QStringLiteral("expires_in"), sixtyDays}});
    }
    const auto code = takeCode(s, r, QStringLiteral("facebook"));
    if (!code)
        return errors::invalid(QStringLiteral("facebook"), r.path,
                               QStringLiteral("Invalid verification code format."));
    return Response::json(200, QJsonObject{{QStringLiteral("access_token"),
                                            s.newToken(QStringLiteral("facebook"), QStringLiteral("user"),
                                                       s.fbUser.id, 3600)},
                                           {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                           {QStringLiteral("expires_in"), 3600}});
}

Response weiboToken(RouteContext &c)
{
    State &s = c.state;
    const Request &r = c.request;
    if (r.param(QStringLiteral("grant_type")) != QLatin1String("authorization_code") ||
        r.param(QStringLiteral("client_secret")).isEmpty())
        return Response::json(400, QJsonObject{{QStringLiteral("request"), r.path},
                                               {QStringLiteral("error_code"), QStringLiteral("21323")},
                                               {QStringLiteral("error"), QStringLiteral("invalid_request")}});
    const auto code = takeCode(s, r, QStringLiteral("weibo"));
    if (!code)
        return Response::json(400, QJsonObject{{QStringLiteral("request"), r.path},
                                               {QStringLiteral("error_code"), QStringLiteral("21325")},
                                               {QStringLiteral("error"), QStringLiteral("invalid_grant")}});
    const qint64 lifetime = 157679999;
    return Response::json(200, QJsonObject{{QStringLiteral("access_token"),
                                            s.newToken(QStringLiteral("weibo"), QStringLiteral("access"), s.weiboMe.id,
                                                       lifetime)},
                                           {QStringLiteral("expires_in"), QString::number(lifetime)},
                                           {QStringLiteral("remind_in"), QString::number(lifetime)},
                                           {QStringLiteral("uid"), s.weiboMe.id}});
}

} // namespace

std::optional<Response> routeOAuth(RouteContext &c)
{
    const QString path = c.request.path;
    const QByteArray method = c.request.method;
    if (path == QLatin1String("/i/oauth2/authorize") && method == "GET")
        return authorize(c, QStringLiteral("x"), true);
    if (path == QLatin1String("/2/oauth2/token") && method == "POST")
        return xToken(c);
    if (path == QLatin1String("/2/oauth2/revoke") && method == "POST") {
        if (Token *t = c.state.token(c.request.param(QStringLiteral("token"))))
            t->revoked = true;
        return Response::json(200, QJsonObject{{QStringLiteral("revoked"), true}});
    }
    if (path == QLatin1String("/v25.0/dialog/oauth") && method == "GET")
        return authorize(c, QStringLiteral("facebook"), false);
    if (path == QLatin1String("/v25.0/oauth/access_token"))
        return facebookToken(c);
    if (path == QLatin1String("/oauth2/authorize") && method == "GET")
        return authorize(c, QStringLiteral("weibo"), false);
    if (path == QLatin1String("/oauth2/access_token") && method == "POST")
        return weiboToken(c);
    return std::nullopt;
}

} // namespace platforms::sandbox
