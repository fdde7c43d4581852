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
