#pragma once

#include "compose/clientprovider.h"

#include <QHash>

namespace testsupport {

// Hands the code under test the clients a test built (pointed at the sandbox), by account id; any other account
// is "not signed in".
class ClientMap final : public compose::ClientProvider
{
public:
    platforms::PlatformClient *client(qint64 accountId, QString *whyNot) override
    {
        platforms::PlatformClient *c = byAccount.value(accountId);
        if (!c && whyNot)
            *whyNot = QStringLiteral("not signed in");
        return c;
    }

    QHash<qint64, platforms::PlatformClient *> byAccount;
};

} // namespace testsupport
