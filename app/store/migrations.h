#pragma once

#include "store/result.h"

#include <QList>
#include <QStringList>

namespace store {

class Database;
class Dialect;

// One forward-only step of the workspace schema. Statements come from the dialect, so both engines share it.
struct Migration
{
    int version;
    const char *summary;
    QStringList (*statements)(const Dialect &dialect);
};

const QList<Migration> &migrations();
int latestSchemaVersion();

// Applies every migration after `from` up to and including `to`, each in its own transaction.
Status migrate(const Database &database, int from, int to);

} // namespace store
