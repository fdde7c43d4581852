#pragma once

#include <QString>
#include <QStringList>

namespace store {

// What differs between the SQL engines a workspace can live in. Repositories and migrations write their SQL
// through this, so SQLite (the embedded default) and PostgreSQL (a team's shared server) pass the same tests.
class Dialect
{
public:
    enum class Engine { Sqlite, Postgres };

    virtual ~Dialect() = default;
    virtual Engine engine() const = 0;
    virtual QString driverName() const = 0;

    // Column definition of a surrogate primary key.
    virtual QString idColumn() const = 0;
    // 64-bit integer (times are UTC milliseconds since the epoch).
    virtual QString int64Type() const = 0;
    virtual QString realType() const = 0;
    virtual QString boolType() const = 0;
    // Statements that make a table refuse UPDATE and DELETE (the audit log is append-only).
    virtual QStringList appendOnlyGuard(const QString &table) const = 0;
    // "INSERT ... ON CONFLICT DO NOTHING" is the same on both engines; kept here so a third engine can differ.
    virtual QString insertIgnoring(const QString &table, const QStringList &columns,
                                   const QString &conflictTarget) const;
    // Name of the database's own check command, or empty when the engine checks itself.
    virtual QString integrityCheck() const = 0;

    static const Dialect &sqlite();
    static const Dialect &postgres();
};

} // namespace store
