#pragma once

#include "domain/account.h"
#include "store/result.h"

#include <QList>

namespace store {

class Database;

// The accounts of a workspace.
class AccountRepository final
{
public:
    explicit AccountRepository(const Database &database) : m_database(database) {}

    Result<qint64> add(const domain::Account &account);
    Result<QList<domain::Account>> all() const;
    Result<domain::Account> find(qint64 id) const;
    // The platform's id of the account, learnt when it signs in.
    Status setRemoteId(qint64 id, const QString &remoteId);

private:
    const Database &m_database;
};

} // namespace store
