#pragma once

#include "platforms/sandbox/wire.h"

#include <QDateTime>

// Error answers in each platform's own shape (X problems, Graph error objects, Weibo error_code), so the real
// clients' parsers are exercised by the sandbox exactly as by the platform.
namespace platforms::sandbox::errors {

Response rateLimited(const QString &platform, const QString &path, const QDateTime &resetAt);
Response serverError(const QString &platform, const QString &path);
Response unauthorized(const QString &platform, const QString &path, bool expired);
Response duplicate(const QString &platform, const QString &path);
Response notFound(const QString &platform, const QString &path);
Response invalid(const QString &platform, const QString &path, const QString &message);
Response forbidden(const QString &platform, const QString &path, const QString &message);
// OAuth token endpoints answer RFC 6749 errors on every platform.
Response oauth(const QString &error, const QString &description);

} // namespace platforms::sandbox::errors
