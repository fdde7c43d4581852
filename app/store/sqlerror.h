#pragma once

#include "store/result.h"

#include <QSqlError>

class QSqlQuery;

namespace store {

// What kind of failure an engine reported, from its native code (SQLite's result codes, PostgreSQL's SQLSTATE).
enum class SqlErrorKind { Other, Busy, NotADatabase, Corrupt, ReadOnly, Constraint };

SqlErrorKind sqlErrorKind(const QSqlError &error);

// An Error for a failed query: a plain message for the user, the engine's text as detail.
Error queryError(const QSqlQuery &query, const QString &whatFailed);

} // namespace store
