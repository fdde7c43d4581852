#include "store/variantpartrepository.h"

#include "store/database.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace store {

using Attempt = domain::VariantPart::Attempt;

QString VariantPartRepository::attemptId(Attempt attempt)
{
    switch (attempt) {
    case Attempt::Pending:
        return QStringLiteral("pending");
    case Attempt::Sending:
        return QStringLiteral("sending");
    case Attempt::Sent:
        return QStringLiteral("sent");
    }
    return QStringLiteral("pending");
}

namespace {
Attempt attemptFromId(const QString &id)
{
    if (id == QLatin1String("sending"))
        return Attempt::Sending;
    if (id == QLatin1String("sent"))
        return Attempt::Sent;
    return Attempt::Pending;
}
} // namespace

Result<QList<domain::VariantPart>> VariantPartRepository::parts(qint64 variantId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT part_index, text, remote_id, attempt FROM variant_parts WHERE variant_id = ? "
                             "ORDER BY part_index"));
    q.addBindValue(variantId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The parts of the thread could not be read."));
    QList<domain::VariantPart> parts;
    while (q.next())
        parts.append({variantId, q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                      attemptFromId(q.value(3).toString())});
    return parts;
}

Result<QList<domain::VariantPart>> VariantPartRepository::ensureParts(qint64 variantId, const QStringList &texts)
{
    Transaction transaction(m_database);
    auto existing = parts(variantId);
    if (!existing || !existing->isEmpty())
        return existing;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO variant_parts (variant_id, part_index, text, remote_id, attempt, "
                             "updated_at) VALUES (?, ?, ?, '', 'pending', ?)"));
    for (int i = 0; i < texts.size(); ++i) {
        q.addBindValue(variantId);
        q.addBindValue(i);
        q.addBindValue(nonNull(texts.at(i)));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return queryError(q,
                              QCoreApplication::translate("store", "The parts of the thread could not be saved."));
    }
    if (!transaction.commit())
        return Error{QCoreApplication::translate("store", "The parts of the thread could not be saved."),
                     m_database.connection().lastError().text()};
    return parts(variantId);
}

Status VariantPartRepository::move(qint64 variantId, int index, Attempt from, Attempt to, const QString &remoteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE variant_parts SET attempt = ?, remote_id = ?, updated_at = ? "
                             "WHERE variant_id = ? AND part_index = ? AND attempt = ?"));
    q.addBindValue(attemptId(to));
    q.addBindValue(nonNull(remoteId));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(variantId);
    q.addBindValue(index);
    q.addBindValue(attemptId(from));
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The part of the thread could not be saved."));
    if (q.numRowsAffected() != 1)
        return Error{QCoreApplication::translate("store", "This part of the thread was changed by someone else."),
                     {}};
    return ok();
}

Status VariantPartRepository::discardUnsent(qint64 variantId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM variant_parts WHERE variant_id = ? AND NOT EXISTS (SELECT 1 FROM "
                             "variant_parts p WHERE p.variant_id = ? AND p.attempt <> 'pending')"));
    q.addBindValue(variantId);
    q.addBindValue(variantId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The parts of the thread could not be saved."));
    return ok();
}

} // namespace store
