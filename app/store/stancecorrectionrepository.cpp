#include "store/stancecorrectionrepository.h"

#include "store/database.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace store {

Result<qint64> StanceCorrectionRepository::add(const StanceCorrection &c)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO stance_corrections (mention_id, text, language, stance, corrected_by, "
                       "corrected_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.mentionId > 0 ? QVariant(c.mentionId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nonNull(c.text));
    q.addBindValue(nonNull(c.language));
    q.addBindValue(domain::stanceId(c.stance));
    q.addBindValue(nonNull(c.correctedBy));
    q.addBindValue(toStored(c.correctedAt.isValid() ? c.correctedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec() || !q.next())
        return queryError(q,
                          QCoreApplication::translate("store", "The corrected stance could not be saved."));
    return q.value(0).toLongLong();
}

Result<QList<StanceCorrection>> StanceCorrectionRepository::all() const
{
    return select(QString(), {});
}

Result<QList<StanceCorrection>> StanceCorrectionRepository::forMention(qint64 mentionId) const
{
    return select(QStringLiteral(" WHERE mention_id = ?"), {mentionId});
}

Result<qint64> StanceCorrectionRepository::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM stance_corrections")) || !q.next())
        return queryError(
            q, QCoreApplication::translate("store", "The stance corrections could not be counted."));
    return q.value(0).toLongLong();
}

Result<QList<StanceCorrection>> StanceCorrectionRepository::select(const QString &where,
                                                                   const QVariantList &values) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, mention_id, text, language, stance, corrected_by, corrected_at "
                             "FROM stance_corrections") +
              where + QStringLiteral(" ORDER BY id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q,
                          QCoreApplication::translate("store", "The stance corrections could not be read."));
    QList<StanceCorrection> corrections;
    while (q.next()) {
        StanceCorrection c;
        c.id = q.value(0).toLongLong();
        c.mentionId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        c.text = q.value(2).toString();
        c.language = q.value(3).toString();
        c.stance = domain::stanceFromId(q.value(4).toString());
        c.correctedBy = q.value(5).toString();
        c.correctedAt = fromStored(q.value(6));
        corrections << c;
    }
    return corrections;
}

} // namespace store
