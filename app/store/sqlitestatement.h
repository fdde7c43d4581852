#pragma once

#include "store/result.h"

#include <QString>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace store {

// A prepared statement on the SQLite connection underneath a QSqlDatabase, for the bulk paths (the inbox's
// ingest) where QtSql's per-value QVariant boxing and bookkeeping cost as much as SQLite's own work. Qt's
// SQLite driver hands out its `sqlite3*` (QSqlDriver::handle()); on Debian the driver links the system
// libsqlite3 that this library links too, so both speak to the same connection and share its transaction.
//
// Text is bound without a copy: the QString must live until step() returns.
class SqliteStatement final
{
public:
    // The connection must be a SQLite one (check ok() and error() after construction).
    SqliteStatement(const QSqlDatabase &database, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_statement != nullptr; }
    // The engine's text for the last failure (preparation or step).
    QString error() const { return m_error; }

    // Parameters count from 1, as in SQL's `?NNN`. Returns false (and sets error()) when SQLite refuses.
    bool bind(int index, const QString &text);
    bool bind(int index, qint64 value);
    bool bind(int index, double value);
    bool bindNull(int index);

    // Runs the statement to its end and resets it for the next bindings; false on failure.
    bool run();
    // Rows the last run() inserted, changed or deleted, and the rowid of the last row inserted.
    qint64 changes() const;
    qint64 lastInsertRowId() const;

private:
    bool check(int code);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace store
