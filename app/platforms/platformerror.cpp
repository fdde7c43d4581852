#include "platforms/platformerror.h"

#include <QCoreApplication>
#include <QLocale>

namespace platforms {

PlatformError PlatformError::make(Kind kind, const QString &message, int httpStatus, const QString &code)
{
    PlatformError e;
    e.kind = kind;
    e.platformMessage = message;
    e.httpStatus = httpStatus;
    e.platformCode = code;
    return e;
}

QString kindId(PlatformError::Kind kind)
{
    switch (kind) {
    case PlatformError::Kind::Transient: return QStringLiteral("transient");
    case PlatformError::Kind::RateLimited: return QStringLiteral("rate-limited");
    case PlatformError::Kind::Auth: return QStringLiteral("auth");
    case PlatformError::Kind::Permission: return QStringLiteral("permission");
    case PlatformError::Kind::Policy: return QStringLiteral("policy");
    case PlatformError::Kind::Duplicate: return QStringLiteral("duplicate");
    case PlatformError::Kind::Invalid: return QStringLiteral("invalid");
    case PlatformError::Kind::NotFound: return QStringLiteral("not-found");
    }
    return QStringLiteral("transient");
}

QString PlatformError::userMessage() const
{
    QString what;
    switch (kind) {
    case Kind::Transient:
        what = uncertain ? QCoreApplication::translate(
                               "platforms", "The platform did not confirm the request; it may or may not have been "
                                            "carried out. Attaché will check before trying again.")
                         : QCoreApplication::translate("platforms",
                                                       "The platform could not be reached or had a temporary "
                                                       "problem. Try again in a few minutes.");
        break;
    case Kind::RateLimited:
        what = resetAt.isValid()
                   ? QCoreApplication::translate("platforms", "Too many requests. The platform accepts more after %1.")
                         .arg(QLocale().toString(resetAt.toLocalTime(), QLocale::ShortFormat))
                   : QCoreApplication::translate("platforms", "Too many requests. Wait a few minutes and try again.");
        break;
    case Kind::Auth:
        what = QCoreApplication::translate("platforms",
                                           "The account's sign-in has expired or was revoked. Sign in again.");
        break;
    case Kind::Permission:
        what = QCoreApplication::translate("platforms",
                                           "The account or the app is not permitted to do this on the platform.");
        break;
    case Kind::Policy:
        what = QCoreApplication::translate("platforms", "The platform refused the content under its rules.");
        break;
    case Kind::Duplicate:
        what = QCoreApplication::translate("platforms",
                                           "The platform refused this as a duplicate of something already posted.");
        break;
    case Kind::Invalid:
        what = QCoreApplication::translate("platforms", "The platform rejected the request as invalid.");
        break;
    case Kind::NotFound:
        what = QCoreApplication::translate("platforms", "The post, comment or account no longer exists.");
        break;
    }
    if (platformMessage.isEmpty())
        return what;
    return QCoreApplication::translate("platforms", "%1 (The platform said: %2)").arg(what, platformMessage);
}

} // namespace platforms
