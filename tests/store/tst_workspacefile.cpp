// The workspace file on disk: migrations from an empty file and from every earlier version (with the backup taken
// first), and every way a file can be unusable — each refused with the right reason and a clear message, the file
// left byte for byte as it was.
#include "store/accountrepository.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/mentionrepository.h"
#include "store/migrations.h"
#include "store/postrepository.h"
#include "support/rawfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using store::OpenFailure;
using testsupport::execRawSqlite;
using testsupport::fileSha256;
using testsupport::folderEntries;

Q_DECLARE_METATYPE(store::OpenFailure)

namespace {

// Data that is valid at each schema version, written with plain SQL as a workspace of that version would hold it.
struct VersionedData
{
    int since;
    QString insert;
    QString check; // a query that returns one row whose first column is 1 when the data is intact
};

const QList<VersionedData> &versionedData()
{
    static const QList<VersionedData> data = {
        {1, QStringLiteral("INSERT INTO settings (key, value) VALUES ('workspace.id', 'old-workspace')"),
         QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'workspace.id' AND value = 'old-workspace'")},
        {1,
         QStringLiteral("INSERT INTO accounts (platform, handle, display_name, language, time_zone, remote_id, "
                        "created_at) VALUES ('x', '@EmbassyLondonEN', 'Embassy (EN)', 'en', 'Europe/London', '1', "
                        "1700000000000)"),
         QStringLiteral("SELECT COUNT(*) FROM accounts WHERE handle = '@EmbassyLondonEN' AND platform = 'x'")},
        {1,
         QStringLiteral("INSERT INTO posts (title, created_by, created_at, updated_at) VALUES ('Old post', "
                        "'press.attache', 1700000000000, 1700000000000)"),
         QStringLiteral("SELECT COUNT(*) FROM posts WHERE title = 'Old post'")},
        {1,
         QStringLiteral("INSERT INTO variants (post_id, account_id, language, text, state, scheduled_at, "
                        "updated_at) VALUES (1, 1, 'ru', 'Текст', 'scheduled', 1700003600000, 1700000000000)"),
         QStringLiteral("SELECT COUNT(*) FROM variants WHERE text = 'Текст' AND state = 'scheduled' AND "
                        "scheduled_at = 1700003600000")},
        {1,
         QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, from_state, to_state, "
                        "reason) VALUES (1700000000000, 'counsellor', 'variant', 1, 'transition', 'in_review', "
                        "'approved', 'ok')"),
         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'counsellor' AND to_state = 'approved'")},
        {2,
         QStringLiteral("INSERT INTO mentions (account_id, platform, remote_id, author_handle, text, "
                        "author_verified, created_at) VALUES (1, 'x', '1801', '@reader', 'Спасибо', 1, "
                        "1700000000000)"),
         QStringLiteral("SELECT COUNT(*) FROM mentions WHERE remote_id = '1801' AND author_verified = 1")},
    };
    return data;
}

int scalar(const store::Database &db, const QString &query)
{
    QSqlQuery q(db.connection());
    if (!q.exec(query) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A healthy current workspace with some weight: an account and `mentions` mentions with long texts.
QString makeWorkspace(const QString &path, int mentions = 0)
{
    store::Database::OpenError error;
    auto db = store::Database::openSqlite(path, {}, &error);
    if (!db)
        return error.error.message;
    store::AccountRepository accounts(*db);
    const auto account = accounts.add({0, domain::Platform::X, QStringLiteral("@en"), QStringLiteral("EN"),
                                       QStringLiteral("en"), QStringLiteral("Europe/London"), {}});
    if (!account)
        return account.error().message;
    QList<domain::Mention> batch;
    for (int i = 0; i < mentions; ++i) {
        domain::Mention m;
        m.accountId = *account;
        m.remoteId = QString::number(i);
        m.authorHandle = QStringLiteral("@reader");
        m.text = QStringLiteral("A long enough comment to fill pages. ").repeated(8) + QString::number(i);
        m.createdAt = QDateTime::currentDateTimeUtc();
        batch << m;
    }
    if (!batch.isEmpty()) {
        if (const auto inserted = store::MentionRepository(*db).insert(batch); !inserted)
            return inserted.error().message;
    }
    return {};
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (auto &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class WorkspaceFileTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void open_newOrEmptyFile_migratesToLatest_data();
    void open_newOrEmptyFile_migratesToLatest();
    void open_missingFileWithoutCreate_isMissing();
    void open_earlierVersion_backsUpThenMigratesKeepingData_data();
    void open_earlierVersion_backsUpThenMigratesKeepingData();
    void open_unusableFile_isRefusedAndLeftUntouched_data();
    void open_unusableFile_isRefusedAndLeftUntouched();
    void open_whileAnotherProgramWrites_isLocked_data();
    void open_whileAnotherProgramWrites_isLocked();
    void openReadOnly_earlierVersion_reportsVersionWithoutChangingIt();
    void openPostgres_noServer_isServerUnavailable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("workspace.attache")); }
};

void WorkspaceFileTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void WorkspaceFileTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void WorkspaceFileTest::open_newOrEmptyFile_migratesToLatest_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("no file yet") << false;
    QTest::newRow("empty file") << true;
}

void WorkspaceFileTest::open_newOrEmptyFile_migratesToLatest()
{
    QFETCH(bool, fileExists);
    if (fileExists)
        QVERIFY(writeFile(path(), {}));
    store::Database::OpenError error;
    auto db = store::Database::openSqlite(path(), {}, &error);
    QVERIFY2(db, qPrintable(error.error.message + error.error.detail));
    QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
    QVERIFY(db->lastBackupPath().isEmpty()); // nothing to back up
    for (const auto &m : store::migrations())
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = %1").arg(m.version)), 1);
    for (const char *table : {"settings", "accounts", "posts", "variants", "audit_log", "mentions",
                              "audience_snapshots", "audience_shares"}) {
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                 .arg(QLatin1StringView(table))),
                 1);
    }
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    const auto problems = db->checkIntegrity();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    db.reset();
    // Opening it again changes nothing: no new migration, no backup.
    auto again = store::Database::openSqlite(path(), {}, &error);
    QVERIFY(again);
    QCOMPARE(scalar(*again, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), store::migrations().size());
    QVERIFY(again->lastBackupPath().isEmpty());
}

void WorkspaceFileTest::open_missingFileWithoutCreate_isMissing()
{
    store::OpenOptions options;
    options.create = false;
    store::Database::OpenError error;
    QVERIFY(!store::Database::openSqlite(path(), options, &error));
    QCOMPARE(error.failure, OpenFailure::Missing);
    QVERIFY2(error.error.message.contains(QDir::toNativeSeparators(path())), qPrintable(error.error.message));
    QVERIFY(folderEntries(m_dir->path()).isEmpty());
}

void WorkspaceFileTest::open_earlierVersion_backsUpThenMigratesKeepingData_data()
{
    QTest::addColumn<int>("version");
    for (const auto &m : store::migrations()) {
        if (m.version < store::latestSchemaVersion())
            QTest::newRow(qPrintable(QStringLiteral("from version %1").arg(m.version))) << m.version;
    }
}

void WorkspaceFileTest::open_earlierVersion_backsUpThenMigratesKeepingData()
{
    QFETCH(int, version);
    // A workspace as an older Attaché left it: migrated only up to `version`, with data of that version.
    {
        store::OpenOptions options;
        options.migrate = false;
        store::Database::OpenError error;
        auto db = store::Database::openSqlite(path(), options, &error);
        QVERIFY2(db, qPrintable(error.error.message + error.error.detail));
        QCOMPARE(db->schemaVersion(), 0);
        const auto migrated = store::migrate(*db, 0, version);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message + migrated.error().detail));
        QSqlQuery q(db->connection());
        for (const auto &d : versionedData()) {
            if (d.since <= version)
                QVERIFY2(q.exec(d.insert), qPrintable(q.lastError().text() + QStringLiteral(" in ") + d.insert));
        }
    }

    store::Database::OpenError error;
    auto db = store::Database::openSqlite(path(), {}, &error);
    QVERIFY2(db, qPrintable(error.error.message + error.error.detail));
    QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(scalar(*db, QStringLiteral("SELECT MAX(version) FROM schema_migrations")), store::latestSchemaVersion());
    for (const auto &d : versionedData()) {
        if (d.since <= version)
            QVERIFY2(scalar(*db, d.check) == 1, qPrintable(d.check));
    }
    // The data reads back through today's repositories, and the newer tables work.
    const auto post = store::PostRepository(*db).find(1);
    QVERIFY(post);
    QCOMPARE(post->variants.size(), 1);
    QCOMPARE(post->variants.first().state, domain::VariantState::Scheduled);
    QCOMPARE(post->variants.first().scheduledAt, QDateTime::fromMSecsSinceEpoch(1700003600000, Qt::UTC));
    QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("variant"), 1)->size(), 1);
    QCOMPARE(*store::MentionRepository(*db).count(), version >= 2 ? 1 : 0);
    const auto problems = db->checkIntegrity();
    QVERIFY(problems && problems->isEmpty());

    // The backup was taken first, next to the workspace, and is the old workspace itself.
    const QString backup = db->lastBackupPath();
    QVERIFY(!backup.isEmpty());
    const QFileInfo backupInfo(backup);
    QVERIFY2(backupInfo.isFile(), qPrintable(backup));
    QCOMPARE(backupInfo.absolutePath(), QFileInfo(path()).absolutePath());
    QVERIFY2(backupInfo.fileName().startsWith(QStringLiteral("workspace.attache.v%1-").arg(version)), qPrintable(backup));
    // Tables and indexes: a later step may add only an index (schema 9).
    const QString countTables = QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type IN ('table', 'index')");
    const int tablesNow = scalar(*db, countTables);
    db.reset();
    store::OpenOptions readOnly;
    readOnly.create = false;
    readOnly.migrate = false;
    readOnly.readOnly = true;
    auto old = store::Database::openSqlite(backup, readOnly, &error);
    QVERIFY2(old, qPrintable(error.error.message + error.error.detail));
    QCOMPARE(old->schemaVersion(), version);
    QCOMPARE(scalar(*old, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), version);
    for (const auto &d : versionedData()) {
        if (d.since <= version)
            QVERIFY2(scalar(*old, d.check) == 1, qPrintable(d.check));
    }
    const auto oldProblems = old->checkIntegrity();
    QVERIFY(oldProblems && oldProblems->isEmpty());
    // Without the later migrations' tables and indexes.
    QVERIFY(scalar(*old, countTables) < tablesNow);
}

void WorkspaceFileTest::open_unusableFile_isRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<OpenFailure>("failure");
    QTest::addColumn<QString>("wording");
    QTest::newRow("random bytes") << QStringLiteral("random") << OpenFailure::NotADatabase << QStringLiteral("not an Attaché workspace");
    QTest::newRow("text file") << QStringLiteral("text") << OpenFailure::NotADatabase << QStringLiteral("not an Attaché workspace");
    QTest::newRow("truncated workspace") << QStringLiteral("truncated") << OpenFailure::Damaged << QStringLiteral("damaged");
    QTest::newRow("SQLite header, garbage pages") << QStringLiteral("garbage") << OpenFailure::Damaged << QStringLiteral("damaged");
    QTest::newRow("newer version") << QStringLiteral("newer") << OpenFailure::NewerVersion << QStringLiteral("newer version");
    QTest::newRow("another program's database") << QStringLiteral("foreign") << OpenFailure::NotAWorkspace << QStringLiteral("not an Attaché workspace");
    QTest::newRow("read-only file") << QStringLiteral("readonly") << OpenFailure::ReadOnly << QStringLiteral("read-only");
}

void WorkspaceFileTest::open_unusableFile_isRefusedAndLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(OpenFailure, failure);
    QFETCH(QString, wording);
    const QString file = path();
    if (kind == QLatin1String("random")) {
        QVERIFY(writeFile(file, randomBytes(16384, 7)));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(file, "Minutes of the meeting\nnot a database\n"));
    } else if (kind == QLatin1String("truncated")) {
        QCOMPARE(makeWorkspace(file, 400), QString());
        QFile f(file);
        QVERIFY(f.size() > 64 * 1024);
        QVERIFY(f.resize(f.size() / 2));
    } else if (kind == QLatin1String("garbage")) {
        QCOMPARE(makeWorkspace(file, 50), QString());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.read(100);
        const qint64 size = f.size();
        f.close();
        QVERIFY(writeFile(file, header + randomBytes(size - 100, 11)));
    } else if (kind == QLatin1String("newer")) {
        QCOMPARE(makeWorkspace(file), QString());
        QCOMPARE(execRawSqlite(file,
                               {QStringLiteral("INSERT INTO schema_migrations (version, applied_at, summary) "
                                               "VALUES (99, 0, 'from the future')")}),
                 QString());
    } else if (kind == QLatin1String("foreign")) {
        QCOMPARE(execRawSqlite(
                     file, {QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
                            QStringLiteral("INSERT INTO contacts VALUES ('Embassy', '+44 20 0000 0000')")}),
                 QString());
    } else if (kind == QLatin1String("readonly")) {
        QCOMPARE(makeWorkspace(file), QString());
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)); // 0444
    }
    const QByteArray before = fileSha256(file);
    const QStringList filesBefore = folderEntries(m_dir->path());
    QVERIFY(!before.isEmpty());

    store::OpenOptions options;
    options.busyTimeoutMs = 200;
    store::Database::OpenError error;
    auto db = store::Database::openSqlite(file, options, &error);
    QVERIFY2(!db, "an unusable file was opened");
    QCOMPARE(error.failure, failure);
    QVERIFY2(error.error.message.contains(QDir::toNativeSeparators(file)), qPrintable(error.error.message));
    QVERIFY2(error.error.message.contains(wording, Qt::CaseInsensitive), qPrintable(error.error.message));
    QCOMPARE(fileSha256(file), before);
    QCOMPARE(folderEntries(m_dir->path()), filesBefore); // no -wal, -shm or -journal left behind
}

void WorkspaceFileTest::open_whileAnotherProgramWrites_isLocked_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("exclusive transaction") << QStringList{QStringLiteral("BEGIN EXCLUSIVE")};
    QTest::newRow("write transaction") << QStringList{QStringLiteral("BEGIN IMMEDIATE"),
                                                      QStringLiteral("INSERT INTO settings VALUES ('x', 'y')")};
}

void WorkspaceFileTest::open_whileAnotherProgramWrites_isLocked()
{
    QFETCH(QStringList, statements);
    QCOMPARE(makeWorkspace(path()), QString());
    const QByteArray before = fileSha256(path());
    const QString lockerName = QStringLiteral("locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockerName);
        locker.setDatabaseName(path());
        QVERIFY(locker.open());
        QSqlQuery q(locker);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));

        store::OpenOptions options;
        options.busyTimeoutMs = 200;
        store::Database::OpenError error;
        QElapsedTimer timer;
        timer.start();
        auto db = store::Database::openSqlite(path(), options, &error);
        QVERIFY2(!db, "opened a workspace another program is writing to");
        QCOMPARE(error.failure, OpenFailure::Locked);
        QVERIFY2(timer.elapsed() < 3000, "waited far longer than the busy timeout");
        QVERIFY2(error.error.message.contains(QDir::toNativeSeparators(path())), qPrintable(error.error.message));
        QVERIFY2(error.error.message.contains(QLatin1String("in use")), qPrintable(error.error.message));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(fileSha256(path()), before);
        // Once the other program is done, the workspace opens.
        auto later = store::Database::openSqlite(path(), options, &error);
        QVERIFY2(later, qPrintable(error.error.message));
        locker.close();
    }
    QSqlDatabase::removeDatabase(lockerName);
}

// `workspace check` opens read-only: an older workspace is reported at its version and not upgraded or backed up.
void WorkspaceFileTest::openReadOnly_earlierVersion_reportsVersionWithoutChangingIt()
{
    {
        store::OpenOptions options;
        options.migrate = false;
        store::Database::OpenError error;
        auto db = store::Database::openSqlite(path(), options, &error);
        QVERIFY(db);
        QVERIFY(store::migrate(*db, 0, 1));
    }
    const QByteArray before = fileSha256(path());
    const QStringList filesBefore = folderEntries(m_dir->path());
    store::OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.readOnly = true;
    store::Database::OpenError error;
    auto db = store::Database::openSqlite(path(), options, &error);
    QVERIFY2(db, qPrintable(error.error.message + error.error.detail));
    QCOMPARE(db->schemaVersion(), 1);
    QSqlQuery q(db->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO settings VALUES ('a', 'b')")));
    q.finish();
    db.reset();
    QCOMPARE(fileSha256(path()), before);
    QCOMPARE(folderEntries(m_dir->path()), filesBefore);
}

void WorkspaceFileTest::openPostgres_noServer_isServerUnavailable()
{
    store::PostgresLocation nowhere;
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    nowhere.database = QStringLiteral("attache");
    nowhere.user = QStringLiteral("attache");
    store::Database::OpenError error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!store::Database::openPostgres(nowhere, {}, &error));
    QCOMPARE(error.failure, OpenFailure::ServerUnavailable);
    QVERIFY2(error.error.message.contains(QLatin1String("attache@127.0.0.1:1")), qPrintable(error.error.message));
    QVERIFY(!error.error.detail.isEmpty());
    QVERIFY(timer.elapsed() < 10000);
}

QTEST_GUILESS_MAIN(WorkspaceFileTest)
#include "tst_workspacefile.moc"
