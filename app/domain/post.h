#pragma once

#include "domain/workflow.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace domain {

// The text one account will publish: a tailored variant of a post, with its own place in the workflow.
struct Variant
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 accountId = 0;
    QString language;       // "en", "ru", "zh"
    QString text;
    VariantState state = VariantState::Draft;
    QDateTime scheduledAt;  // UTC; null when not scheduled
    QString remoteId;       // the platform's id once published
    QString failureReason;  // the platform's own words when it refused
    QDateTime updatedAt;    // UTC
    // The platform's id of what this variant answers (an inbox mention or comment, set by the inbox's reply
    // editor); empty for a post of its own. X: in_reply_to_tweet_id; Facebook: the comment or post commented on;
    // Weibo: the comment replied to.
    QString replyToRemoteId;
    // X: a text over the limit goes out as a numbered reply chain (VariantPart) instead of being refused.
    bool asThread = false;
    // Facebook: sent at approval with published=false and scheduled_publish_time, and Facebook publishes it at
    // scheduledAt ("scheduled on Facebook").
    bool scheduleOnPlatform = false;
};

// One post of an X thread. Each part has its own attempt, committed before its request, so a part goes out
// exactly once and a publisher that died mid-thread resumes at the next part.
struct VariantPart
{
    enum class Attempt { Pending, Sending, Sent };
    qint64 variantId = 0;
    int index = 0;          // 0-based position in the chain
    QString text;           // with its " k/n" suffix
    QString remoteId;       // once sent
    Attempt attempt = Attempt::Pending;
};

// A file attached to a variant, kept in the workspace by path and checked by hash before it is uploaded.
struct Attachment
{
    qint64 id = 0;
    qint64 variantId = 0;
    int position = 0;
    QString filePath;
    QString sha256;         // hex, of the file when it was attached
    QString mimeType;
    qint64 sizeBytes = 0;
    QString uploadId;       // the platform's media id once uploaded (reused by a retry while fresh)
    QDateTime uploadedAt;   // UTC; null until uploaded
};

// One message of the press office, written once and sent as tailored variants to several accounts.
struct Post
{
    qint64 id = 0;
    QString title;          // the office's own name for the message, never published
    QString createdBy;
    QDateTime createdAt;    // UTC
    QDateTime updatedAt;    // UTC
    QList<Variant> variants;
};

} // namespace domain
