#include "platforms/vault/vault.h"
#include "support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using platforms::vault::SecretKey;
using platforms::vault::SecretResult;
using platforms::vault::Vault;
using platforms::vault::VaultError;

// The keychain vault. Round trips need a Secret Service: ./dev test provides a private D-Bus session with an
// unlocked gnome-keyring; without one these tests skip rather than touch the user's own keyring.
class VaultTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyFormat_isWorkspaceAccountKind();
    void roundTrip_writeReadRemove();
    void readMissing_isNotFound();
    void noSecretService_isActionableError_andNothingWrittenElsewhere();
    void secret_neverAppearsInOutput();

private:
    std::optional<VaultError> write(Vault &vault, const SecretKey &key, const QString &secret);
    SecretResult read(Vault &vault, const SecretKey &key);
    bool m_haveSession = false;
};

void VaultTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_haveSession = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

std::optional<VaultError> VaultTest::write(Vault &vault, const SecretKey &key, const QString &secret)
{
    std::optional<VaultError> result;
    bool done = false;
    QEventLoop loop;
    vault.write(key, secret, this, [&](const std::optional<VaultError> &e) {
        result = e;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done)
        return VaultError{VaultError::Kind::Failed, QStringLiteral("timed out"), {}};
    return result;
}

SecretResult VaultTest::read(Vault &vault, const SecretKey &key)
{
    SecretResult result;
    bool done = false;
    QEventLoop loop;
    vault.read(key, this, [&](const SecretResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    return result;
}

void VaultTest::keyFormat_isWorkspaceAccountKind()
{
    QCOMPARE((SecretKey{QStringLiteral("ws1"), QStringLiteral("42"), QStringLiteral("refresh")}.toString()),
             QStringLiteral("ws1/42/refresh"));
    QCOMPARE(Vault::service(), QStringLiteral("attache"));
}

void VaultTest::roundTrip_writeReadRemove()
{
    if (!m_haveSession)
        QSKIP("no D-Bus session: run through ./dev test for the private keyring");
    Vault vault;
    const SecretKey key{QStringLiteral("test-ws"), QStringLiteral("7"), QStringLiteral("access")};
    const auto written = write(vault, key, QStringLiteral("s3cr3t-токен-令牌"));
    QVERIFY2(!written, written ? qPrintable(written->message) : "");
    const SecretResult r = read(vault, key);
    QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(*r.secret, QStringLiteral("s3cr3t-токен-令牌"));

    std::optional<VaultError> removed;
    QEventLoop loop;
    vault.remove(key, this, [&](const std::optional<VaultError> &e) {
        removed = e;
        loop.quit();
    });
    loop.exec();
    QVERIFY(!removed);
    const SecretResult gone = read(vault, key);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error->kind, VaultError::Kind::NotFound);
}

void VaultTest::readMissing_isNotFound()
{
    if (!m_haveSession)
        QSKIP("no D-Bus session: run through ./dev test for the private keyring");
    Vault vault;
    const SecretResult r = read(vault, SecretKey{QStringLiteral("test-ws"), QStringLiteral("none"), QStringLiteral("x")});
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, VaultError::Kind::NotFound);
    QVERIFY(!r.error->message.isEmpty());
}

void VaultTest::noSecretService_isActionableError_andNothingWrittenElsewhere()
{
    const QString home = QDir::temp().filePath(QStringLiteral("attache-vault-test-home"));
    QDir(home).removeRecursively();
    QVERIFY(QDir().mkpath(home));
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/attache-bus"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    probe.setProcessEnvironment(env);
    probe.start(testsupport::binPath(QStringLiteral("../tests/vaultprobe")), {QStringLiteral("acct"),
                                                                               QStringLiteral("probe-secret-123")});
    QVERIFY(probe.waitForFinished(30000));
    const QString out = QString::fromUtf8(probe.readAllStandardOutput());
    QCOMPARE(probe.exitCode(), 3);
    QVERIFY2(out.contains(QLatin1String("keychain")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("gnome-keyring")), qPrintable(out));
    // No fallback: nothing at all was written under the throwaway home.
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    QDir(home).removeRecursively();
}

void VaultTest::secret_neverAppearsInOutput()
{
    if (!m_haveSession)
        QSKIP("no D-Bus session: run through ./dev test for the private keyring");
    const QString secret = QStringLiteral("known-token-d41d8cd98f00b204");
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    probe.setProcessEnvironment(env);
    probe.start(testsupport::binPath(QStringLiteral("../tests/vaultprobe")), {QStringLiteral("acct2"), secret});
    QVERIFY(probe.waitForFinished(30000));
    const QByteArray out = probe.readAllStandardOutput();
    const QByteArray err = probe.readAllStandardError();
    QVERIFY2(out.contains("roundtrip ok"), out.constData());
    QVERIFY(!out.contains(secret.toUtf8()));
    QVERIFY(!err.contains(secret.toUtf8()));
}

QTEST_GUILESS_MAIN(VaultTest)
#include "tst_vault.moc"
