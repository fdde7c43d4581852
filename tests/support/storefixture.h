#pragma once

#include "domain/account.h"
#include "store/database.h"

#include <QMetaType>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace testsupport {

// The engines a workspace can live in; repository tests run once per engine (initTestCase_data()).
enum class Engine { Sqlite, Postgres };

// The test PostgreSQL server named by ATTACHE_TEST_PG ("host=127.0.0.1 port=55432 user=attache"); nullopt when the
// variable is unset. `database` is left empty: each test case gets its own.
std::optional<store::PostgresLocation> testPostgresServer();

// A fresh, empty workspace database for one test case: a file in its own temporary folder (SQLite), or a new
// database with a unique name on the test server (PostgreSQL), dropped again when the fixture goes.
class FreshDatabase final
{
public:
    explicit FreshDatabase(Engine engine);
    ~FreshDatabase();
    FreshDatabase(const FreshDatabase &) = delete;
    FreshDatabase &operator=(const FreshDatabase &) = delete;

    // Non-empty when this engine cannot be tested here (no ATTACHE_TEST_PG): the test should QSKIP with it.
    QString skipReason() const { return m_skipReason; }
    // Creates the database and opens it with Database::open*; null on failure, with the reason in error().
    store::Database *open(const store::OpenOptions &options = {});
    store::Database *database() const { return m_database.get(); }
    QString error() const { return m_error; }
    store::OpenFailure failure() const { return m_failure; }
    // Closes the database (to reopen it with open()); the database itself stays until the fixture goes.
    void close() { m_database.reset(); }
    Engine engine() const { return m_engine; }
    // SQLite: the workspace file. PostgreSQL: the database's name.
    QString location() const { return m_location; }

private:
    Engine m_engine;
    QTemporaryDir m_dir;
    std::optional<store::PostgresLocation> m_server;
    QString m_location;
    QString m_skipReason;
    QString m_error;
    store::OpenFailure m_failure = store::OpenFailure::None;
    bool m_created = false;
    std::unique_ptr<store::Database> m_database;
};

// The parts every repository test repeats, for a QObject test that runs once per engine and keeps its
// fixture and database in two members.

// initTestCase_data(): the "engine" column, one row per engine.
void addEngineRows();
// init(): a fresh database for the current row's engine, opened into `db`. Skips when the engine cannot be
// tested here (no ATTACHE_TEST_PG); fails when it does not open or, with checkSchema, is not at the latest
// schema version.
void openFreshDatabase(std::unique_ptr<FreshDatabase> &fixture, store::Database *&db,
                       bool checkSchema = false);
// cleanup(): forgets the database, then lets the fixture close and drop it.
void closeFreshDatabase(std::unique_ptr<FreshDatabase> &fixture, store::Database *&db);

// An account (English, London, remote id "42") named by its handle, for rows that need one; 0 when it could
// not be added.
qint64 addAccount(const store::Database &db, domain::Platform platform, const QString &handle,
                  const QString &language = QStringLiteral("en"));

} // namespace testsupport

Q_DECLARE_METATYPE(testsupport::Engine)
