#pragma once

#include "platforms/result.h"
#include "platforms/transport.h"
#include "platforms/types.h"

#include <QByteArray>

// Pure functions from Graph API answers to values (no network), so they can be fuzzed and tested on their own.
namespace platforms::facebook {

// A Graph error object {"error":{message,type,code,error_subcode,is_transient,...}} or only the HTTP status.
PlatformError parseError(int httpStatus, const QByteArray &body);
// The transport's classifier for Graph; also reads X-Business-Use-Case-Usage for the reset time of a throttle.
std::optional<PlatformError> classify(const HttpResponse &response);

// Graph times look like 2026-01-31T12:00:00+0000 (no colon in the offset, which Qt's ISO parser wants).
QDateTime parseTime(const QString &text);

Result<AccountInfo> parsePage(const QByteArray &body);
Result<QList<ManagedPage>> parseAccounts(const QByteArray &body);
// {"id":"<page>_<post>"} (feed), {"id":"...","post_id":"..."} (photos), or {"id":"..."} (comments).
Result<PublishResult> parseCreated(const QByteArray &body);
// {"success":true} (hide, delete) or a bare true.
Result<bool> parseSuccess(const QByteArray &body);
Result<MentionPage> parseComments(const QByteArray &body);
Result<QList<RemotePost>> parseFeed(const QByteArray &body);
Result<InsightSeries> parseInsights(const QString &metric, const QByteArray &body);

// The long-lived token exchange and the code exchange both answer {access_token, token_type, expires_in}.
struct TokenGrant
{
    QString accessToken;
    qint64 expiresIn = -1; // seconds; -1 when the token does not expire (page tokens)
};
Result<TokenGrant> parseToken(const QByteArray &body);

} // namespace platforms::facebook
