#pragma once

#include <QDateTime>
#include <QString>

namespace platforms {

// Reach and engagement of one of our posts as its platform reports them now; -1 where it gives no figure
// (X has no reach; Facebook no quotes; a retired Graph metric).
struct PostMetrics
{
    QString id;
    QDateTime createdAt;
    qint64 impressions = -1; // X impression_count, Facebook post_impressions
    qint64 reach = -1;       // Facebook post_impressions_unique (people reached)
    qint64 reactions = -1;   // X like_count, Facebook reactions
    qint64 comments = -1;    // X reply_count, Facebook comments
    qint64 shares = -1;      // X retweet_count, Facebook shares
    qint64 quotes = -1;      // X quote_count
};

} // namespace platforms
