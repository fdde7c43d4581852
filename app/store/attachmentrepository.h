#pragma once

#include "domain/post.h"
#include "store/result.h"

#include <QList>

namespace store {

class Database;

// Files attached to variants (domain::Attachment): path, hash, type and size as they were when attached, and
// the upload id the platform gave, so a retry reuses it instead of uploading again.
class AttachmentRepository final
{
public:
    explicit AttachmentRepository(const Database &database) : m_database(database) {}

    // In the order they were attached.
    Result<QList<domain::Attachment>> attachments(qint64 variantId) const;
    // Appends the attachment after the variant's others; answers its id.
    Result<qint64> add(const domain::Attachment &attachment);
    Status remove(qint64 attachmentId);
    Status recordUpload(qint64 attachmentId, const QString &uploadId, const QDateTime &at);

private:
    const Database &m_database;
};

} // namespace store
