#include "store/database.h"

#include "store/migrations.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "attache.store")

namespace store {

namespace {

QString newConnectionName()
{
    return QStringLiteral("attache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void setError(Database::OpenError *error, OpenFailure failure, QString message, QString detail = {})
{
    if (error)
        *error = {failure, {std::move(message), std::move(detail)}};
}

// Names the failure from the engine's own error code, so the user reads what is wrong, not "query failed".
OpenFailure classify(const QSqlError &e)
{
    switch (sqlErrorKind(e)) {
    case SqlErrorKind::Busy:
        return OpenFailure::Locked;
    case SqlErrorKind::NotADatabase:
        return OpenFailure::NotADatabase;
    case SqlErrorKind::Corrupt:
        return OpenFailure::Damaged;
    case SqlErrorKind::ReadOnly:
        return OpenFailure::ReadOnly;
    default:
        return OpenFailure::Damaged;
    }
}

QString messageFor(OpenFailure failure, const QString &where)
{
    switch (failure) {
    case OpenFailure::Locked:
        return QCoreApplication::translate(
                   "store", "The workspace “%1” is in use by another program that is writing to it. "
                            "Close that program or try again in a moment.")
            .arg(where);
    case OpenFailure::NotADatabase:
        return QCoreApplication::translate(
                   "store",
                   "“%1” is not an Attaché workspace (it is not a database). The file was left untouched.")
            .arg(where);
    case OpenFailure::Damaged:
        return QCoreApplication::translate(
                   "store", "The workspace “%1” is damaged and cannot be read. The file was left untouched; "
                            "restore it from a backup.")
            .arg(where);
    case OpenFailure::ReadOnly:
        return QCoreApplication::translate(
                   "store", "The workspace “%1” is read-only. Make the file and its folder writable, "
                            "or copy it somewhere you can write.")
            .arg(where);
    default:
        return QCoreApplication::translate("store", "The workspace “%1” could not be opened.").arg(where);
    }
}

} // namespace

Database::Database(QString connectionName, const Dialect &dialect, QString path)
    : m_connectionName(std::move(connectionName)), m_dialect(&dialect), m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, const OpenOptions &options,
                                               OpenError *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        if (!options.create) {
            setError(error, OpenFailure::Missing,
                     QCoreApplication::translate("store", "There is no workspace at “%1”.").arg(shown));
            return nullptr;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            setError(error, OpenFailure::CannotCreate,
                     QCoreApplication::translate("store", "The folder “%1” cannot be created.")
                         .arg(QDir::toNativeSeparators(info.absolutePath())));
            return nullptr;
        }
    } else {
        if (!info.isFile()) {
            setError(error, OpenFailure::NotADatabase, messageFor(OpenFailure::NotADatabase, shown));
            return nullptr;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, OpenFailure::Unreadable,
                     QCoreApplication::translate("store", "The workspace “%1” cannot be read: %2")
                         .arg(shown, file.errorString()));
            return nullptr;
        }
        // Checked before SQLite sees the file: SQLite would happily treat some foreign files as empty.
        static const QByteArray sqliteMagic("SQLite format 3\0", 16);
        if (file.size() > 0 && file.read(16) != sqliteMagic) {
            setError(error, OpenFailure::NotADatabase, messageFor(OpenFailure::NotADatabase, shown));
            return nullptr;
        }
        // Permission bits are checked as well as access(): root may write anywhere, but a file marked
        // read-only was marked so by someone on purpose.
        const auto perms = file.permissions();
        const bool writable =
            info.isWritable() && (perms & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
        const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
        if (!options.readOnly && (!writable || !folderWritable)) {
            setError(error, OpenFailure::ReadOnly, messageFor(OpenFailure::ReadOnly, shown));
            return nullptr;
        }
    }

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::sqlite().driverName(), name);
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly && info.exists()) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
            // A read-only connection to a WAL file creates a -wal and a -shm it cannot remove again. With neither
            // a -wal nor a -journal beside the file nobody is writing to it: read it as immutable, leaving no trace.
            if (!QFileInfo::exists(path + QStringLiteral("-wal")) &&
                !QFileInfo::exists(path + QStringLiteral("-journal"))) {
                connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
                db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                                   QStringLiteral("?immutable=1"));
            }
        }
        db.setConnectOptions(connectOptions);
    }
    std::unique_ptr<Database> database(new Database(name, Dialect::sqlite(), path));
    database->m_options = options;
    if (!database->connection().open()) {
        const QSqlError e = database->connection().lastError();
        const OpenFailure failure = info.exists() ? classify(e) : OpenFailure::CannotCreate;
        setError(
            error, failure,
            info.exists()
                ? messageFor(failure, shown)
                : QCoreApplication::translate("store", "The workspace “%1” cannot be created.").arg(shown),
            e.text());
        return nullptr;
    }
    if (!database->finishOpening(options, error)) {
        if (error && error->error.message.isEmpty())
            error->error.message = messageFor(error->failure, shown);
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::openPostgres(const PostgresLocation &location, const OpenOptions &options,
                                                 OpenError *error)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::postgres().driverName(), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    }
    const QString shown = QStringLiteral("%1@%2:%3").arg(location.database, location.host).arg(location.port);
    std::unique_ptr<Database> database(new Database(name, Dialect::postgres(), shown));
    database->m_pg = location;
    database->m_options = options;
    if (!database->connection().open()) {
        setError(error, OpenFailure::ServerUnavailable,
                 QCoreApplication::translate("store", "The team server %1 cannot be reached. Check that it "
                                                      "runs and that this computer may connect.")
                     .arg(shown),
                 database->connection().lastError().text());
        return nullptr;
    }
    if (!database->finishOpening(options, error)) {
        if (error && error->error.message.isEmpty())
            error->error.message = messageFor(error->failure, shown);
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::openAnother(OpenError *error) const
{
    OpenOptions options = m_options;
    options.create = false;
    options.migrate = false; // the first connection migrated; this one must not race it
    if (m_dialect->engine() == Dialect::Engine::Postgres)
        return openPostgres(m_pg, options, error);
    auto another = openSqlite(m_path, options, error);
    return another;
}

bool Database::finishOpening(const OpenOptions &options, OpenError *error)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    const bool sqlite = m_dialect->engine() == Dialect::Engine::Sqlite;
    if (sqlite && !q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        setError(error, classify(q.lastError()), {}, q.lastError().text());
        return false;
    }
    // A page cache large enough to keep the inbox's narrow index (schema 9) between full-text pages: 47 MB at a
    // million items, which a full-text page seeks into once per match. With the default 2 MB, or 32 MB, every
    // page read it again through the file system (~30 ms for 16,000 matches instead of ~20). A limit, not an
    // allocation; failing to set it only costs speed.
    if (sqlite)
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const QString listTables =
        sqlite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
            : QStringLiteral(
                  "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
    if (!q.exec(listTables)) {
        setError(error, classify(q.lastError()), {}, q.lastError().text());
        return false;
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    q.finish();

    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations"))) {
        setError(error, OpenFailure::NotAWorkspace,
                 QCoreApplication::translate(
                     "store", "“%1” is a database, but not an Attaché workspace. It was left untouched.")
                     .arg(m_path));
        return false;
    }
    int version = 0;
    if (!tables.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next()) {
            setError(error, classify(q.lastError()), {}, q.lastError().text());
            return false;
        }
        version = q.value(0).toInt();
        q.finish();
    }
    if (version > latestSchemaVersion()) {
        setError(error, OpenFailure::NewerVersion,
                 QCoreApplication::translate(
                     "store",
                     "The workspace “%1” was saved by a newer version of Attaché (schema %2; this version "
                     "knows up to %3). Update Attaché to open it; the file was left untouched.")
                     .arg(m_path)
                     .arg(version)
                     .arg(latestSchemaVersion()));
        return false;
    }
    m_schemaVersion = version;
    if (!options.migrate || options.readOnly)
        return true;

    // Probe for a writer holding the file before changing anything: a locked workspace is reported, not
    // waited on forever, and nothing is half-written.
    if (sqlite) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            setError(error, classify(q.lastError()), {}, q.lastError().text());
            return false;
        }
        q.exec(QStringLiteral("COMMIT"));
    }
    if (version > 0 && version < latestSchemaVersion() && sqlite) {
        const QString backup =
            QStringLiteral("%1.v%2-%3.bak")
                .arg(m_path)
                .arg(version)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec()) {
            setError(
                error, OpenFailure::MigrationFailed,
                QCoreApplication::translate(
                    "store",
                    "Before upgrading the workspace “%1”, its backup “%2” could not be written, so nothing "
                    "was changed.")
                    .arg(m_path, backup),
                vacuum.lastError().text());
            return false;
        }
        m_lastBackupPath = backup;
        qCInfo(lcStore) << "backed up schema" << version << "to" << backup;
    }
    if (sqlite && !q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        setError(error, classify(q.lastError()), {}, q.lastError().text());
        return false;
    }
    q.finish();
    const Status migrated = migrate(*this, version, latestSchemaVersion());
    if (!migrated) {
        setError(error, OpenFailure::MigrationFailed,
                 QCoreApplication::translate(
                     "store", "The workspace “%1” could not be upgraded: %2. It was left as it was.")
                     .arg(m_path, migrated.error().message),
                 migrated.error().detail);
        return false;
    }
    m_schemaVersion = latestSchemaVersion();
    return true;
}

Result<QStringList> Database::checkIntegrity() const
{
    const QString check = m_dialect->integrityCheck();
    if (check.isEmpty())
        return QStringList();
    QSqlQuery q(connection());
    if (!q.exec(check))
        return Error{messageFor(classify(q.lastError()), m_path), q.lastError().text()};
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems << QCoreApplication::translate("store", "Row %1 of %2 points to a missing row of %3.")
                            .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    return problems;
}

Transaction::Transaction(const Database &database, Nesting nesting) : m_database(database)
{
    QSqlDatabase db = database.connection();
    if (database.m_transactionDepth == 0) {
        database.m_rollbackOnly = false;
        // SQLite: take the write lock at the start (waiting up to the busy timeout). A deferred transaction that
        // read first cannot upgrade once another connection (the inbox's ingest worker, the publisher) has
        // committed in between — SQLite refuses at once instead of waiting — so every unit of work here,
        // which reads to decide what to write, would fail at random under concurrent writers.
        m_immediate = database.dialect().engine() == Dialect::Engine::Sqlite && !database.m_options.readOnly;
        m_active = m_immediate ? QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")) : db.transaction();
    } else if (nesting == Nesting::JoinOuter) {
        m_joined = true;
        m_active = true;
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(database.m_transactionDepth);
        m_active = QSqlQuery(db).exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_database.m_transactionDepth;
    if (m_joined) {
        m_database.m_rollbackOnly = true;
        return;
    }
    QSqlDatabase db = m_database.connection();
    if (m_savepoint.isEmpty()) {
        if (m_immediate)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        else
            db.rollback();
    } else {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    --m_database.m_transactionDepth;
    if (m_joined)
        return true;
    QSqlDatabase db = m_database.connection();
    if (m_savepoint.isEmpty() && m_database.m_rollbackOnly) {
        // A joined inner unit failed: what it half wrote must not be committed with the rest.
        if (m_immediate)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        else
            db.rollback();
        return false;
    }
    if (m_savepoint.isEmpty() && m_immediate) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("COMMIT")))
            return true;
        q.exec(QStringLiteral("ROLLBACK")); // a failed commit leaves the transaction open: end it, as reported
        return false;
    }
    if (m_savepoint.isEmpty())
        return db.commit();
    return QSqlQuery(db).exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
}

} // namespace store
