#pragma once

#include "domain/platform.h"
#include "domain/post.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace compose {

// What each platform takes as attached pictures, checked in the composer and again before anything is sent:
// types, size of each file, how many. X: JPEG, PNG, WebP up to 5 MB and GIF up to 15 MB, at most 4 (PLATFORMS.md
// media_ids 1 to 4; sizes from X's media documentation). Facebook: JPEG, PNG, GIF, BMP, TIFF up to 10 MB, at most
// 10 per post (Graph documentation; not in PLATFORMS.md, so kept conservative). Weibo: one JPEG, GIF or PNG under
// 5 MB (statuses/share.json `pic`). Replies that are comments (Facebook, Weibo) take no pictures here.
class MediaRules final
{
public:
    static QStringList acceptedTypes(domain::Platform platform);
    static qint64 maxBytes(domain::Platform platform, const QString &mimeType);
    static int maxCount(domain::Platform platform);

    // Why this file cannot go to the platform (empty when it can).
    static QString fileProblem(domain::Platform platform, const QString &mimeType, qint64 sizeBytes);
    // The problem of each attachment (same order; empty strings for good ones) and, in `overall`, one about the
    // set (too many, or pictures on a reply that cannot carry them). True when all is well.
    static bool check(domain::Platform platform, const QList<domain::Attachment> &attachments, bool isCommentReply,
                      QStringList *perAttachment, QString *overall);

    // Reads a file for attaching: type from its content, size, SHA-256. `problem` when it cannot be read.
    static domain::Attachment inspect(const QString &path, QString *problem);
    static QString sha256Of(const QByteArray &data);
};

} // namespace compose
