#pragma once

#include "platforms/result.h"
#include "platforms/signin.h"
#include "platforms/transport.h"
#include "platforms/types.h"

#include <QByteArray>

// Pure functions from X API v2 answers to values: no network, no state, so they can be fuzzed and tested with
// captured bodies. Field names follow X's OpenAPI description (shared/reference/x-openapi).
namespace platforms::x {

// The error an X answer carries: RFC 7807 problems (matched on the type's suffix, hosts vary), legacy
// {"errors":[{"code","message"}]}, or only the HTTP status. resetEpoch: x-rate-limit-reset, 0 when absent.
PlatformError parseError(int httpStatus, const QByteArray &body, qint64 resetEpoch = 0);
// The transport's classifier for X: nothing for a readable success.
std::optional<PlatformError> classify(const HttpResponse &response);

Result<AccountInfo> parseMe(const QByteArray &body);
Result<PublishResult> parseCreated(const QByteArray &body);
// DELETE /2/tweets/{id}: 200 {"data":{"deleted":true}} (spec) or 204 without a body (docs).
Result<bool> parseDeleted(int httpStatus, const QByteArray &body);
Result<MentionPage> parseMentions(const QByteArray &body);
Result<AudiencePage> parseFollowers(const QByteArray &body);
Result<QList<RemotePost>> parseTimeline(const QByteArray &body);

// A media upload's state (one-shot, initialize, finalize and STATUS all answer this shape).
struct MediaState
{
    QString id;
    QString state;          // "" when no processing is needed, else pending / in_progress / succeeded / failed
    int checkAfterSecs = 0;
};
Result<MediaState> parseMedia(const QByteArray &body);

RemoteUser parseUser(const QJsonObject &user);

// POST /2/oauth2/token: {token_type, expires_in, access_token, scope, refresh_token?}.
Result<OAuthTokens> parseToken(const QByteArray &body);

} // namespace platforms::x
