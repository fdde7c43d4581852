#pragma once

#include <QString>
#include <QStringList>

namespace testsupport {

// Where ctest says the built programs are (ATTACHE_BIN_DIR), e.g. binPath("attachectl").
QString binPath(const QString &program);
// A file of the source tree (ATTACHE_SOURCE_DIR), e.g. sourcePath("tests/data/x.json").
QString sourcePath(const QString &relative);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs a program to completion (at most timeoutMs) with optional standard input.
ProcessResult run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                  int timeoutMs = 60000);

} // namespace testsupport
