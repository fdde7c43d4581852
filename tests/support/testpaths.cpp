#include "support/testpaths.h"

#include <QDir>
#include <QProcess>
#include <QTest>

namespace testsupport {

QString binPath(const QString &program)
{
    return QDir(qEnvironmentVariable("ATTACHE_BIN_DIR")).filePath(program);
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("ATTACHE_SOURCE_DIR")).filePath(relative);
}

ProcessResult run(const QString &program, const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace testsupport
