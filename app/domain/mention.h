#pragma once

#include "domain/platform.h"

#include <QDateTime>
#include <QString>

namespace domain {

enum class Stance { Unknown, Criticism, Support, Question, Neutral };
enum class MentionStatus { New, Assigned, Replied, Escalated, Done };

QString stanceId(Stance stance);
Stance stanceFromId(QStringView id);
QString stanceDisplayName(Stance stance);
QString mentionStatusId(MentionStatus status);
MentionStatus mentionStatusFromId(QStringView id);
QString mentionStatusDisplayName(MentionStatus status);

// Something that came back to one of our accounts: a mention, a comment or a reply.
struct Mention
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString remoteId;            // unique per platform
    QString conversationId;      // the thread it belongs to
    QString inReplyToRemoteId;   // the post it answers, when known
    QString authorHandle;
    QString authorName;
    QString authorBio;
    bool authorVerified = false;
    qint64 authorFollowers = 0;
    QString text;
    QString language;            // "en", "ru", "zh", "other"
    Stance stance = Stance::Unknown;
    double stanceScore = 0;
    MentionStatus status = MentionStatus::New;
    QString assignee;
    bool notable = false;
    QDateTime createdAt;         // UTC
    // X allows a programmatic reply only when the author mentioned or quoted our account (PLATFORMS.md).
    bool mentionsUs = true;
    // Set at ingest from the author's bio (press or an official), used only to rank the item; never stored on
    // its own (no profiling of individuals): it lives in `priority` and is read back from there.
    bool authorPublicRole = false;
    // Stored rank, higher first (store::MentionPriority): recomputed when stance or status change.
    int priority = 0;
    QDateTime firstReplyAt;      // UTC; invalid until the first reply went out
    QString firstReplyBy;
};

} // namespace domain
