#pragma once

#include "platforms/platformerror.h"

#include <QDateTime>

#include <optional>

namespace platforms {

// What an account row shows about its sign-in: connected, expiring in N days, or needs signing in again — and
// the UI offers the one click that fixes it (sign in again) for the last two.
struct ConnectionHealth
{
    enum class State { Connected, Expiring, NeedsSignIn };
    State state = State::Connected;
    int daysLeft = -1; // for Expiring (and Connected with a known expiry)

    QString text() const; // translated
    bool needsAction() const { return state != State::Connected; }
};

// Tokens that expire within this many days are shown as expiring.
constexpr int ExpiryWarningDays = 7;

// expiresAt: of the token the account uses (invalid = does not expire, e.g. a Facebook Page token).
// canRenew: the account has a refresh token (X), so expiry renews itself. lastError: of the last call, if any.
ConnectionHealth assessConnection(const QDateTime &expiresAt, const QDateTime &now, bool canRenew,
                                  const std::optional<PlatformError> &lastError);

} // namespace platforms
