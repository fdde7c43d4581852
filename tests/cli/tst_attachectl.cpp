// attachectl as a user runs it: the built program, its exit codes, its output and its errors (one line on stderr).
#include "store/database.h"
#include "store/migrations.h"
#include "support/rawfiles.h"
#include "support/testpaths.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using testsupport::execRawSqlite;
using testsupport::fileSha256;
using testsupport::folderEntries;
using testsupport::ProcessResult;

namespace {

ProcessResult attachectl(const QStringList &arguments)
{
    return testsupport::run(testsupport::binPath(QStringLiteral("attachectl")), arguments);
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> result = text.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

QString describe(const ProcessResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class AttachectlTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void help_listsCommandsAndExitCodes_data();
    void help_listsCommandsAndExitCodes();
    void noArguments_isUsageError();
    void wrongCommandLine_isUsageErrorOnOneLine_data();
    void wrongCommandLine_isUsageErrorOnOneLine();
    void version_printsVersion();
    void demoCreate_thenCheck_reportsIntegrityOk();
    void demoCreate_onExistingPath_failsAndLeavesFileAlone_data();
    void demoCreate_onExistingPath_failsAndLeavesFileAlone();
    void workspaceCheck_unopenableWorkspace_exits3WithOneLine_data();
    void workspaceCheck_unopenableWorkspace_exits3WithOneLine();
    void workspaceCheck_olderOrReadOnlyWorkspace_reportsWithoutChangingIt_data();
    void workspaceCheck_olderOrReadOnlyWorkspace_reportsWithoutChangingIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void AttachectlTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(testsupport::binPath(QStringLiteral("attachectl"))),
             qPrintable(testsupport::binPath(QStringLiteral("attachectl"))));
}

void AttachectlTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void AttachectlTest::help_listsCommandsAndExitCodes_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
    QTest::newRow("help") << QStringLiteral("help");
}

void AttachectlTest::help_listsCommandsAndExitCodes()
{
    QFETCH(QString, flag);
    const auto r = attachectl({flag});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.err.isEmpty());
    const QString out = QString::fromUtf8(r.out);
    for (const char *command : {"version", "demo create PATH", "workspace check PATH"})
        QVERIFY2(out.contains(QLatin1StringView(command)), command);
    QVERIFY(out.contains(QLatin1String("Exit codes")));
    for (const char *code : {"  0  ", "  1  ", "  2  ", "  3  ", "  4  "})
        QVERIFY2(out.contains(QLatin1StringView(code)), code);
}

void AttachectlTest::noArguments_isUsageError()
{
    const auto r = attachectl({});
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY(r.out.contains("usage: attachectl"));
}

void AttachectlTest::wrongCommandLine_isUsageErrorOnOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("first word only") << QStringList{QStringLiteral("workspace")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("demo"), QStringLiteral("destroy"), QStringLiteral("x")};
    QTest::newRow("version with an argument") << QStringList{QStringLiteral("version"), QStringLiteral("now")};
    QTest::newRow("check without a path") << QStringList{QStringLiteral("workspace"), QStringLiteral("check")};
    QTest::newRow("demo with two paths") << QStringList{QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("a"), QStringLiteral("b")};
}

void AttachectlTest::wrongCommandLine_isUsageErrorOnOneLine()
{
    QFETCH(QStringList, arguments);
    const auto r = attachectl(arguments);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QCOMPARE(lines(r.err).size(), 1);
    QVERIFY2(r.err.startsWith("attachectl: "), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(folderEntries(m_dir->path()).isEmpty());
}

void AttachectlTest::version_printsVersion()
{
    const auto r = attachectl({QStringLiteral("version")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out, QByteArray("attachectl " ATTACHE_VERSION "\n"));
    QVERIFY(r.err.isEmpty());
}

void AttachectlTest::demoCreate_thenCheck_reportsIntegrityOk()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.attache"));
    const auto created = attachectl({QStringLiteral("demo"), QStringLiteral("create"), path});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    QVERIFY(created.err.isEmpty());
    QVERIFY(QFile::exists(path));
    const QStringList afterCreate = folderEntries(m_dir->path());
    const QByteArray bytes = fileSha256(path);

    const auto checked = attachectl({QStringLiteral("workspace"), QStringLiteral("check"), path});
    QVERIFY2(checked.exitCode == 0, qPrintable(describe(checked)));
    QVERIFY(checked.err.isEmpty());
    QVERIFY2(checked.out.contains("integrity: ok\n"), checked.out.constData());
    const QByteArray version = "schema version: " + QByteArray::number(store::latestSchemaVersion()) + ' ';
    QVERIFY2(checked.out.contains(version), checked.out.constData());
    // A check changes nothing, and leaves nothing behind.
    QCOMPARE(fileSha256(path), bytes);
    QCOMPARE(folderEntries(m_dir->path()), afterCreate);
}

void AttachectlTest::demoCreate_onExistingPath_failsAndLeavesFileAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("a document") << QByteArray("Minutes of Tuesday's meeting\n");
    QTest::newRow("an empty file") << QByteArray();
}

void AttachectlTest::demoCreate_onExistingPath_failsAndLeavesFileAlone()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir->filePath(QStringLiteral("taken.attache"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const auto r = attachectl({QStringLiteral("demo"), QStringLiteral("create"), path});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QCOMPARE(lines(r.err).size(), 1);
    QVERIFY(r.err.startsWith("attachectl: "));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(folderEntries(m_dir->path()), QStringList{QStringLiteral("taken.attache")});
}

void AttachectlTest::workspaceCheck_unopenableWorkspace_exits3WithOneLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("wording");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no workspace");
    QTest::newRow("corrupt") << QStringLiteral("corrupt") << QStringLiteral("not an Attaché workspace");
    QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer version");
}

void AttachectlTest::workspaceCheck_unopenableWorkspace_exits3WithOneLine()
{
    QFETCH(QString, kind);
    QFETCH(QString, wording);
    const QString path = m_dir->filePath(QStringLiteral("w.attache"));
    if (kind == QLatin1String("corrupt")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4096; ++i)
            file.putChar(char((i * 7919 + 13) % 251));
    } else if (kind == QLatin1String("newer")) {
        const auto created = attachectl({QStringLiteral("demo"), QStringLiteral("create"), path});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        QCOMPARE(execRawSqlite(path,
                               {QStringLiteral("INSERT INTO schema_migrations (version, applied_at, summary) "
                                               "VALUES (99, 0, 'from the future')")}),
                 QString());
    }
    const QByteArray before = fileSha256(path);
    const QStringList filesBefore = folderEntries(m_dir->path());

    const auto r = attachectl({QStringLiteral("workspace"), QStringLiteral("check"), path});
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QCOMPARE(lines(r.err).size(), 1);
    QVERIFY2(r.err.startsWith("attachectl: "), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(wording), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileSha256(path), before);
    QCOMPARE(folderEntries(m_dir->path()), filesBefore);
}

void AttachectlTest::workspaceCheck_olderOrReadOnlyWorkspace_reportsWithoutChangingIt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("read-only file") << QStringLiteral("readonly") << QByteArray("integrity: ok\n");
    QTest::newRow("older version") << QStringLiteral("older") << QByteArray("upgrade: ");
}

void AttachectlTest::workspaceCheck_olderOrReadOnlyWorkspace_reportsWithoutChangingIt()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, expected);
    const QString path = m_dir->filePath(QStringLiteral("w.attache"));
    if (kind == QLatin1String("readonly")) {
        const auto created = attachectl({QStringLiteral("demo"), QStringLiteral("create"), path});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else {
        store::OpenOptions options;
        options.migrate = false;
        store::Database::OpenError error;
        auto db = store::Database::openSqlite(path, options, &error);
        QVERIFY2(db, qPrintable(error.error.message));
        QVERIFY(store::migrate(*db, 0, 1));
    }
    const QByteArray before = fileSha256(path);
    const QStringList filesBefore = folderEntries(m_dir->path());
    const auto r = attachectl({QStringLiteral("workspace"), QStringLiteral("check"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(expected), r.out.constData());
    QVERIFY(r.err.isEmpty());
    QCOMPARE(fileSha256(path), before);
    QCOMPARE(folderEntries(m_dir->path()), filesBefore);
}

QTEST_GUILESS_MAIN(AttachectlTest)
#include "tst_attachectl.moc"
