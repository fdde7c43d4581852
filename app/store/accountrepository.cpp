#include "store/accountrepository.h"

#include "store/database.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace store {

namespace {
const QString kColumns = QStringLiteral("id, platform, handle, display_name, language, time_zone, remote_id");

domain::Account read(const QSqlQuery &q)
{
    domain::Account a;
    a.id = q.value(0).toLongLong();
    a.platform = domain::platformFromId(q.value(1).toString()).value_or(domain::Platform::X);
    a.handle = q.value(2).toString();
    a.displayName = q.value(3).toString();
    a.language = q.value(4).toString();
    a.timeZone = q.value(5).toString();
    a.remoteId = q.value(6).toString();
    return a;
}
} // namespace

Result<qint64> AccountRepository::add(const domain::Account &account)
{
    // Its own (nested) transaction: a refused duplicate inside a larger unit of work (an import) must not abort
    // that work on PostgreSQL, where a failed statement poisons the transaction around it.
    // The query is declared first so that it is freed after the rollback, not inside an aborted transaction.
    QSqlQuery q(m_database.connection());
    Transaction transaction(m_database);
    q.prepare(QStringLiteral(
        "INSERT INTO accounts (platform, handle, display_name, language, time_zone, remote_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(domain::platformId(account.platform));
    q.addBindValue(nonNull(account.handle));
    q.addBindValue(nonNull(account.displayName));
    q.addBindValue(nonNull(account.language));
    q.addBindValue(nonNull(account.timeZone));
    q.addBindValue(nonNull(account.remoteId));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        const bool duplicate = sqlErrorKind(q.lastError()) == SqlErrorKind::Constraint;
        return queryError(
            q, duplicate
                   ? QCoreApplication::translate("store", "The account %1 is already in this workspace.")
                         .arg(account.handle)
                   : QCoreApplication::translate("store", "The account %1 could not be added.")
                         .arg(account.handle));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!transaction.commit())
        return Error{
            QCoreApplication::translate("store", "The account %1 could not be added.").arg(account.handle),
            m_database.connection().lastError().text()};
    return id;
}

Result<QList<domain::Account>> AccountRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM accounts ORDER BY id")))
        return queryError(q, QCoreApplication::translate("store", "The accounts could not be read."));
    QList<domain::Account> accounts;
    while (q.next())
        accounts << read(q);
    return accounts;
}

Result<domain::Account> AccountRepository::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The account could not be read."));
    if (!q.next())
        return Error{
            QCoreApplication::translate("store", "There is no account %1 in this workspace.").arg(id), {}};
    return read(q);
}

Status AccountRepository::setRemoteId(qint64 id, const QString &remoteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE accounts SET remote_id = ? WHERE id = ?"));
    q.addBindValue(nonNull(remoteId));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The account could not be saved."));
    return ok();
}

} // namespace store
