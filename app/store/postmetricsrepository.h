#pragma once

#include "store/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace store {

class Database;

// Reach and engagement of one of our published posts, as its platform last reported them. -1 where the
// platform does not give the figure (X has no reach, Facebook no quotes).
struct PostMetric
{
    qint64 accountId = 0;
    QString remoteId;
    qint64 variantId = 0; // 0 when the post did not go out through Attaché
    QDateTime publishedAt;
    QDateTime fetchedAt;
    qint64 impressions = -1;
    qint64 reach = -1;
    qint64 reactions = -1; // likes (X), reactions (Facebook)
    qint64 comments = -1;  // replies (X), comments (Facebook)
    qint64 shares = -1;    // reposts (X), shares (Facebook)
    qint64 quotes = -1;    // X only
    QString title;         // the post's title in the composer, when it went out through Attaché (read only)

    // Everything people did with the post: reactions, comments, shares and quotes that are known.
    qint64 engagement() const;
};

// A variant that went out: when and under which id, for marking posts on the growth chart and for asking the
// platform for their metrics.
struct PublishedPost
{
    qint64 variantId = 0;
    qint64 accountId = 0;
    QString remoteId;
    QString title;
    QDateTime publishedAt;
};

class PostMetricsRepository final
{
public:
    explicit PostMetricsRepository(const Database &database) : m_database(database) {}

    // Inserts or refreshes the metrics of each post, all in one transaction.
    Status save(const QList<PostMetric> &metrics);
    // An account's posts with metrics published in [from, to] (either may be invalid: open), oldest first.
    Result<QList<PostMetric>> forAccount(qint64 accountId, const QDateTime &from = {},
                                         const QDateTime &to = {}) const;
    // An account's published variants in [from, to], oldest first.
    Result<QList<PublishedPost>> published(qint64 accountId, const QDateTime &from = {},
                                           const QDateTime &to = {}) const;

private:
    const Database &m_database;
};

} // namespace store
