#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace testsupport {

// For tests that show a workspace file was left byte for byte as it was, and that build unusual files by
// hand.

// The SHA-256 of a file's bytes (hex); empty when it cannot be read.
QByteArray fileSha256(const QString &path);
// The names in a folder, hidden ones too, sorted: nothing added beside a file (a journal, a backup).
QStringList folderEntries(const QString &dir);
// Runs statements on a plain SQLite connection of its own, outside the store; the first failure with its
// statement, or empty.
QString execRawSqlite(const QString &path, const QStringList &statements);

} // namespace testsupport
