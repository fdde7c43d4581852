#include "store/auditlog.h"

#include "store/database.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace store {

Status AuditLog::append(const domain::AuditEntry &entry)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, from_state, to_state, "
                       "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(toStored(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(nonNull(entry.actor));
    q.addBindValue(nonNull(entry.entity));
    q.addBindValue(entry.entityId);
    q.addBindValue(nonNull(entry.action));
    q.addBindValue(nonNull(entry.fromState));
    q.addBindValue(nonNull(entry.toState));
    q.addBindValue(nonNull(entry.reason));
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The audit log could not be written."));
    return ok();
}

Result<QList<domain::AuditEntry>> AuditLog::forEntity(const QString &entity, qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, from_state, to_state, reason "
                             "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"));
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The audit log could not be read."));
    QList<domain::AuditEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), fromStored(q.value(1)), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    }
    return entries;
}

} // namespace store
