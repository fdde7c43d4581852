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
};

} // namespace domain
