#pragma once

#include "domain/audit.h"
#include "store/result.h"

#include <QList>

class QSqlDatabase;

namespace store {

class Database;

// The append-only audit log: every step of the workflow, with who, when and why. The database refuses to
// change or delete a line (see Dialect::appendOnlyGuard).
class AuditLog final
{
public:
    explicit AuditLog(const Database &database) : m_database(database) {}

    // Appends inside the caller's transaction, so the step and its record land together or not at all.
    Status append(const domain::AuditEntry &entry);
    Result<QList<domain::AuditEntry>> forEntity(const QString &entity, qint64 id) const;

private:
    const Database &m_database;
};

} // namespace store
