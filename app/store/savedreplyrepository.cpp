#include "store/savedreplyrepository.h"

#include "store/database.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace store {

namespace {
Error titleMissing()
{
    return Error{QCoreApplication::translate("store", "A saved reply needs a title."), {}};
}
} // namespace

Result<QList<SavedReply>> SavedReplyRepository::all() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title, text_en, text_ru, updated_by, updated_at FROM saved_replies "
                               "ORDER BY title, id")))
        return queryError(q, QCoreApplication::translate("store", "The saved replies could not be read."));
    QList<SavedReply> replies;
    while (q.next()) {
        SavedReply r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.textEn = q.value(2).toString();
        r.textRu = q.value(3).toString();
        r.updatedBy = q.value(4).toString();
        r.updatedAt = fromStored(q.value(5));
        replies << r;
    }
    return replies;
}

Result<qint64> SavedReplyRepository::add(const SavedReply &r)
{
    if (r.title.trimmed().isEmpty())
        return titleMissing();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO saved_replies (title, text_en, text_ru, updated_by, updated_at) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.title.trimmed());
    q.addBindValue(nonNull(r.textEn));
    q.addBindValue(nonNull(r.textRu));
    q.addBindValue(nonNull(r.updatedBy));
    q.addBindValue(toStored(r.updatedAt.isValid() ? r.updatedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec() || !q.next())
        return queryError(q, QCoreApplication::translate("store", "The saved reply could not be stored."));
    return q.value(0).toLongLong();
}

Status SavedReplyRepository::update(const SavedReply &r)
{
    if (r.title.trimmed().isEmpty())
        return titleMissing();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE saved_replies SET title = ?, text_en = ?, text_ru = ?, updated_by = ?, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(r.title.trimmed());
    q.addBindValue(nonNull(r.textEn));
    q.addBindValue(nonNull(r.textRu));
    q.addBindValue(nonNull(r.updatedBy));
    q.addBindValue(toStored(QDateTime::currentDateTimeUtc()));
    q.addBindValue(r.id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The saved reply could not be changed."));
    if (q.numRowsAffected() == 0)
        return Error{QCoreApplication::translate("store", "This saved reply was deleted meanwhile."), {}};
    return ok();
}

Status SavedReplyRepository::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM saved_replies WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The saved reply could not be deleted."));
    return ok();
}

} // namespace store
