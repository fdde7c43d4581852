#include "store/sqlerror.h"

#include <QSqlQuery>

namespace store {

SqlErrorKind sqlErrorKind(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool isNumber = false;
    const int sqliteCode =
        code.toInt(&isNumber) & 0xff; // extended codes keep the primary one in the low byte
    if (isNumber) {
        switch (sqliteCode) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return SqlErrorKind::Busy;
        case 8: // SQLITE_READONLY
            return SqlErrorKind::ReadOnly;
        case 11: // SQLITE_CORRUPT
            return SqlErrorKind::Corrupt;
        case 19: // SQLITE_CONSTRAINT
            return SqlErrorKind::Constraint;
        case 26: // SQLITE_NOTADB
            return SqlErrorKind::NotADatabase;
        default:
            break;
        }
    }
    if (code.startsWith(QLatin1String("23"))) // PostgreSQL integrity constraint violations
        return SqlErrorKind::Constraint;
    if (code == QLatin1String("25006"))
        return SqlErrorKind::ReadOnly;
    if (code == QLatin1String("55P03"))
        return SqlErrorKind::Busy;
    return SqlErrorKind::Other;
}

Error queryError(const QSqlQuery &query, const QString &whatFailed)
{
    return Error{whatFailed, query.lastError().text()};
}

} // namespace store
