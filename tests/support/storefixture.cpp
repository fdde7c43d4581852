#include "support/storefixture.h"

#include "store/accountrepository.h"
#include "store/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace testsupport {

namespace {

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run inside the database
// they name). Returns the error text, empty on success.
QString onMaintenanceDatabase(const store::PostgresLocation &server, const QString &statement)
{
    const QString name = QStringLiteral("attache-test-maintenance-") + QUuid::createUuid().toString();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                failure = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace

std::optional<store::PostgresLocation> testPostgresServer()
{
    const QString spec = qEnvironmentVariable("ATTACHE_TEST_PG").trimmed();
    if (spec.isEmpty())
        return std::nullopt;
    store::PostgresLocation location;
    location.user = QStringLiteral("attache");
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &pair : spec.split(space, Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        if (key == QLatin1String("host"))
            location.host = value;
        else if (key == QLatin1String("port"))
            location.port = value.toInt();
        else if (key == QLatin1String("user"))
            location.user = value;
    }
    return location;
}

FreshDatabase::FreshDatabase(Engine engine) : m_engine(engine)
{
    if (engine == Engine::Sqlite) {
        m_location = m_dir.filePath(QStringLiteral("workspace.attache"));
        if (!m_dir.isValid())
            m_error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return;
    }
    m_server = testPostgresServer();
    if (!m_server) {
        m_skipReason = QStringLiteral("ATTACHE_TEST_PG is not set (./dev test starts a PostgreSQL server for it)");
        return;
    }
    static QAtomicInt counter;
    m_location = QStringLiteral("attache_test_%1_%2_%3")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1))
                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

FreshDatabase::~FreshDatabase()
{
    m_database.reset(); // closes its connection before the database is dropped
    if (m_created && m_server)
        onMaintenanceDatabase(*m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location));
}

store::Database *FreshDatabase::open(const store::OpenOptions &options)
{
    m_database.reset();
    m_failure = store::OpenFailure::None;
    if (!m_skipReason.isEmpty() || !m_error.isEmpty()) {
        if (m_error.isEmpty())
            m_error = m_skipReason;
        return nullptr;
    }
    store::Database::OpenError error;
    if (m_engine == Engine::Sqlite) {
        m_database = store::Database::openSqlite(m_location, options, &error);
    } else {
        if (!m_created) {
            if (const QString failure =
                    onMaintenanceDatabase(*m_server, QStringLiteral("CREATE DATABASE %1").arg(m_location));
                !failure.isEmpty()) {
                m_error = QStringLiteral("CREATE DATABASE %1 failed: %2").arg(m_location, failure);
                return nullptr;
            }
            m_created = true;
        }
        store::PostgresLocation location = *m_server;
        location.database = m_location;
        m_database = store::Database::openPostgres(location, options, &error);
    }
    m_failure = error.failure;
    if (!m_database)
        m_error = error.error.message + QStringLiteral(" (") + error.error.detail + QLatin1Char(')');
    return m_database.get();
}

void addEngineRows()
{
    QTest::addColumn<Engine>("engine");
    QTest::newRow("sqlite") << Engine::Sqlite;
    QTest::newRow("postgres") << Engine::Postgres;
}

void openFreshDatabase(std::unique_ptr<FreshDatabase> &fixture, store::Database *&db, bool checkSchema)
{
    QFETCH_GLOBAL(Engine, engine);
    fixture = std::make_unique<FreshDatabase>(engine);
    if (!fixture->skipReason().isEmpty())
        QSKIP(qPrintable(fixture->skipReason()));
    db = fixture->open();
    QVERIFY2(db, qPrintable(fixture->error()));
    if (checkSchema)
        QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
}

void closeFreshDatabase(std::unique_ptr<FreshDatabase> &fixture, store::Database *&db)
{
    db = nullptr;
    fixture.reset();
}

qint64 addAccount(const store::Database &db, domain::Platform platform, const QString &handle, const QString &language)
{
    const auto id = store::AccountRepository(db).add({0, platform, handle, handle, language,
                                                      QStringLiteral("Europe/London"), QStringLiteral("42")});
    return id ? *id : 0;
}

} // namespace testsupport
