#pragma once

#include "store/dialect.h"
#include "store/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace store {

// Where a PostgreSQL workspace lives (a team's shared server).
struct PostgresLocation
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database;
    QString user;
};

struct OpenOptions
{
    // How long to wait for another program's write to finish before calling the workspace locked.
    int busyTimeoutMs = 5000;
    // Create the file when it does not exist (the GUI and `demo create` do; `workspace check` does not).
    bool create = true;
    // Migrate an older workspace (after a backup); when false an older workspace is an error.
    bool migrate = true;
    // Never write, not even to switch the journal (`workspace check`). Implies no migration. Without it a
    // connection can write, as a second connection for another thread must.
    bool readOnly = false;
};

// Why a workspace could not be opened. Every one of these leaves the file exactly as it was.
enum class OpenFailure { None, Missing, Unreadable, NotADatabase, NotAWorkspace, Damaged, NewerVersion, Locked, ReadOnly,
                         CannotCreate, MigrationFailed, ServerUnavailable };

// One open connection to a workspace database: checks the file before touching it, then migrates it.
// Owns a named QSqlDatabase connection that is closed and removed on destruction. One per thread.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    struct OpenError
    {
        OpenFailure failure = OpenFailure::None;
        Error error;
    };

    // Opens (or creates) an SQLite workspace file. On failure the file is untouched.
    static std::unique_ptr<Database> openSqlite(const QString &path, const OpenOptions &options,
                                                OpenError *error);
    static std::unique_ptr<Database> openPostgres(const PostgresLocation &location, const OpenOptions &options,
                                                  OpenError *error);
    // A second connection to the same workspace for another thread (already migrated).
    std::unique_ptr<Database> openAnother(OpenError *error) const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const Dialect &dialect() const { return *m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Backups taken before migrating (VACUUM INTO), newest last.
    QString lastBackupPath() const { return m_lastBackupPath; }

    // Runs the engine's full integrity check; empty list means healthy.
    Result<QStringList> checkIntegrity() const;

private:
    Database(QString connectionName, const Dialect &dialect, QString path);
    bool finishOpening(const OpenOptions &options, OpenError *error);

    QString m_connectionName;
    const Dialect *m_dialect;
    QString m_path;
    PostgresLocation m_pg;
    OpenOptions m_options;
    int m_schemaVersion = 0;
    QString m_lastBackupPath;
    mutable int m_transactionDepth = 0;
    // Set when a joined inner unit ended without committing: the outermost transaction then rolls back.
    mutable bool m_rollbackOnly = false;
    friend class Transaction;
};

// A transaction that rolls back unless committed (RAII). Nested ones become savepoints, so a repository call
// can run alone or inside a larger unit of work (the demo, an import) with the same code.
class Transaction final
{
public:
    enum class Nesting {
        Savepoint, // inside another transaction: a savepoint, so this unit can fail alone
        // Inside another transaction: no savepoint; if this unit ends without committing, the whole outer
        // transaction rolls back (its commit() fails). For bulk writes into SQLite's FTS5, which writes its
        // pending terms out as a new segment at every savepoint — per page of mentions, that is most of an
        // ingest's cost in merging those segments again.
        JoinOuter,
    };
    explicit Transaction(const Database &database, Nesting nesting = Nesting::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool begun() const { return m_active; }
    bool commit();

private:
    const Database &m_database;
    QString m_savepoint; // empty for the outermost transaction
    bool m_joined = false; // Nesting::JoinOuter inside another transaction
    bool m_active = false;
    bool m_immediate = false; // SQLite's BEGIN IMMEDIATE, ended by hand
};

} // namespace store
