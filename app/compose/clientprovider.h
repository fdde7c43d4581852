#pragma once

#include <QString>

namespace platforms {
class PlatformClient;
}

namespace compose {

// Hands the publisher (and the inbox) the signed-in client of an account. The workspace implements it; tests
// give clients pointed at the sandbox.
class ClientProvider
{
public:
    virtual ~ClientProvider() = default;
    // The account's client, or nullptr with whyNot set (not signed in, keychain unavailable, ...).
    virtual platforms::PlatformClient *client(qint64 accountId, QString *whyNot) = 0;
};

} // namespace compose
