#include "store/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace store {

SqliteStatement::SqliteStatement(const QSqlDatabase &database, const QString &sql)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not a SQLite connection");
        return;
    }
    m_connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_connection) {
        m_error = QStringLiteral("the SQLite connection is closed");
        return;
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_connection, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_finalize(statement);
        return;
    }
    m_statement = statement;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::check(int code)
{
    if (code == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    return false;
}

bool SqliteStatement::bind(int index, const QString &text)
{
    // constData(), not utf16(): the latter copies a literal to add its terminator. A null QString still points
    // at a (static, empty) buffer, so it binds as '' — never as NULL, which the NOT NULL columns would refuse.
    return check(sqlite3_bind_text16(m_statement, index, text.constData(), int(text.size() * sizeof(QChar)),
                                     SQLITE_STATIC));
}

bool SqliteStatement::bind(int index, qint64 value)
{
    return check(sqlite3_bind_int64(m_statement, index, value));
}

bool SqliteStatement::bind(int index, double value)
{
    return check(sqlite3_bind_double(m_statement, index, value));
}

bool SqliteStatement::bindNull(int index)
{
    return check(sqlite3_bind_null(m_statement, index));
}

bool SqliteStatement::run()
{
    int code = sqlite3_step(m_statement);
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    // sqlite3_reset repeats the step's error code; the message is read before it.
    const bool done = code == SQLITE_DONE;
    if (!done)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_statement);
    return done;
}

qint64 SqliteStatement::changes() const
{
    return sqlite3_changes64(m_connection);
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_connection);
}

} // namespace store
