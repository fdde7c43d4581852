#pragma once

#include "platforms/result.h"
#include "platforms/transport.h"
#include "platforms/types.h"

#include <QByteArray>

// Pure functions from Weibo API answers to values (no network), so they can be fuzzed and tested on their own.
namespace platforms::weibo {

// {"request":"/2/...","error_code":"10006","error":"..."}; error_code may be a string or a number.
PlatformError parseError(int httpStatus, const QByteArray &body);
std::optional<PlatformError> classify(const HttpResponse &response);

// Weibo's created_at: "Tue May 31 17:46:55 +0800 2011".
QDateTime parseTime(const QString &text);

Result<QString> parseUid(const QByteArray &body);                 // account/get_uid.json
Result<AccountInfo> parseUserShow(const QByteArray &body);        // users/show.json
Result<PublishResult> parseStatus(const QByteArray &body);        // statuses/share.json, comments/reply.json
Result<MentionPage> parseMentions(const QByteArray &body);        // statuses/mentions.json
Result<MentionPage> parseCommentsToMe(const QByteArray &body);    // comments/to_me.json
Result<AudiencePage> parseFollowers(const QByteArray &body);      // friendships/followers.json
Result<QList<RemotePost>> parseTimeline(const QByteArray &body);  // statuses/user_timeline.json

RemoteUser parseUser(const QJsonObject &user);

// The token endpoint: {access_token, expires_in, uid} (numbers or strings, depending on the docs' age).
struct TokenGrant
{
    QString accessToken;
    qint64 expiresIn = -1;
    QString uid;
};
Result<TokenGrant> parseToken(const QByteArray &body);

} // namespace platforms::weibo
