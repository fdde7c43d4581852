#include "store/attachmentrepository.h"

#include "store/database.h"
#include "store/sqlerror.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace store {

Result<QList<domain::Attachment>> AttachmentRepository::attachments(qint64 variantId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, variant_id, position, file_path, sha256, mime_type, size_bytes, upload_id, "
                             "uploaded_at FROM variant_media WHERE variant_id = ? ORDER BY position, id"));
    q.addBindValue(variantId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The attachments could not be read."));
    QList<domain::Attachment> list;
    while (q.next()) {
        domain::Attachment a;
        a.id = q.value(0).toLongLong();
        a.variantId = q.value(1).toLongLong();
        a.position = q.value(2).toInt();
        a.filePath = q.value(3).toString();
        a.sha256 = q.value(4).toString();
        a.mimeType = q.value(5).toString();
        a.sizeBytes = q.value(6).toLongLong();
        a.uploadId = q.value(7).toString();
        a.uploadedAt = fromStored(q.value(8));
        list.append(a);
    }
    return list;
}

Result<qint64> AttachmentRepository::add(const domain::Attachment &a)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO variant_media (variant_id, position, file_path, sha256, mime_type, "
                             "size_bytes) VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM variant_media "
                             "WHERE variant_id = ?), ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(a.variantId);
    q.addBindValue(a.variantId);
    q.addBindValue(nonNull(a.filePath));
    q.addBindValue(nonNull(a.sha256));
    q.addBindValue(nonNull(a.mimeType));
    q.addBindValue(a.sizeBytes);
    if (!q.exec() || !q.next())
        return queryError(q, QCoreApplication::translate("store", "The attachment could not be saved."));
    return q.value(0).toLongLong();
}

Status AttachmentRepository::remove(qint64 attachmentId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM variant_media WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The attachment could not be removed."));
    return ok();
}

Status AttachmentRepository::recordUpload(qint64 attachmentId, const QString &uploadId, const QDateTime &at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE variant_media SET upload_id = ?, uploaded_at = ? WHERE id = ?"));
    q.addBindValue(nonNull(uploadId));
    q.addBindValue(toStored(at));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("store", "The upload could not be recorded."));
    return ok();
}

} // namespace store
