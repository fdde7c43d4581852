#include "platforms/connectionhealth.h"

#include <QCoreApplication>

namespace platforms {

QString ConnectionHealth::text() const
{
    switch (state) {
    case State::Connected:
        return QCoreApplication::translate("platforms", "Connected");
    case State::Expiring:
        return QCoreApplication::translate("platforms", "Sign-in expires in %n day(s)", nullptr, daysLeft);
    case State::NeedsSignIn:
        return QCoreApplication::translate("platforms", "Needs sign-in again");
    }
    return QString();
}

ConnectionHealth assessConnection(const QDateTime &expiresAt, const QDateTime &now, bool canRenew,
                                  const std::optional<PlatformError> &lastError)
{
    ConnectionHealth h;
    // An Auth refusal arrives only after any automatic renewal failed: only the user can fix it.
    if (lastError && lastError->kind == PlatformError::Kind::Auth) {
        h.state = ConnectionHealth::State::NeedsSignIn;
        return h;
    }
    if (!expiresAt.isValid() || canRenew)
        return h;
    const qint64 secs = now.secsTo(expiresAt);
    if (secs <= 0) {
        h.state = ConnectionHealth::State::NeedsSignIn;
        return h;
    }
    h.daysLeft = int(secs / 86400);
    if (h.daysLeft < ExpiryWarningDays)
        h.state = ConnectionHealth::State::Expiring;
    return h;
}

} // namespace platforms
