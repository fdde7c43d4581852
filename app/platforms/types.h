#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Plain values the platform clients hand back. They carry only what the panes use; the inbox, publisher and
// audience sync map them onto domain types.
namespace platforms {

// The signed-in account (X user, Facebook Page, Weibo user).
struct AccountInfo
{
    QString id;
    QString handle;       // username / page name / screen name
    QString name;
    qint64 followers = -1; // -1 when the platform did not say
};

// A Facebook Page the signed-in user manages, with its own token (never logged).
struct ManagedPage
{
    QString id;
    QString name;
    QString accessToken;
    QStringList tasks;
};

struct PublishRequest
{
    QString text;
    QString replyToId;      // X: in_reply_to_tweet_id; Facebook/Weibo: use replyToComment instead
    QStringList mediaIds;   // ids from uploadMedia (X media ids, Facebook unpublished photo ids)
    QString quoteId;        // X only
    QStringList pollOptions; // X only: 2 to 4 options of 1 to 25 characters
    int pollDurationMinutes = 0; // X only: 5 to 10080
    QString link;           // Facebook only
    QDateTime scheduleAt;   // Facebook native scheduling (UTC); empty = now
};

struct PublishResult
{
    QString remoteId;
    QString text;
};

// A person as a platform describes them. Only aggregate use is allowed downstream (no profiling).
struct RemoteUser
{
    QString id;
    QString handle;
    QString name;
    QString description;
    QString location;
    QString province;      // Weibo
    QString city;          // Weibo
    QString gender;        // Weibo: m/f/n
    bool verified = false;
    QString verifiedType;
    qint64 followers = -1;
    qint64 following = -1;
    QDateTime createdAt;
};

// Something addressed to one of our accounts: a mention, a comment on our post, or a reply to our comment.
struct IncomingItem
{
    enum class Kind { Mention, Comment };
    Kind kind = Kind::Mention;
    QString id;
    QString text;
    QString language;
    QDateTime createdAt;       // UTC
    QString conversationId;    // X conversation / the post a comment is on
    QString inReplyToId;       // X: the post it answers; Facebook: parent comment; Weibo: reply_comment id
    RemoteUser author;
    bool hidden = false;       // Facebook
    bool mentionsUs = true;    // X replies are allowed only when the author mentioned or quoted us
};

struct MentionQuery
{
    QString sinceCursor;   // newest id seen so far (X since_id, Weibo since_id); empty = from the start
    QString pageToken;     // from MentionPage::nextPageToken, to continue the same listing
    // Only items older than this id (exclusive): X until_id, Weibo max_id (one less: Weibo's is inclusive).
    // How "Load older" reads back in time from the oldest item it has.
    QString untilCursor;
    int pageSize = 100;
    QString postId;        // Facebook: the post whose comments to read (comments are per post there)
    bool commentsToMe = false; // Weibo: comments/to_me instead of statuses/mentions
};

struct MentionPage
{
    QList<IncomingItem> items;
    QString nextPageToken;  // empty when this was the last page
    QString newestCursor;   // remember and pass as sinceCursor next time (empty: keep the old one)
};

struct AudienceQuery
{
    QString pageToken;
    int pageSize = 1000;
};

struct AudiencePage
{
    QList<RemoteUser> users;
    QString nextPageToken;
    qint64 totalFollowers = -1; // as the platform reports it, -1 when unknown
    // Weibo only shows a capped sample of followers: dashboards must say how large it is.
    bool isSample = false;
    qint64 sampleLimit = -1;
};

// One Facebook insights metric. available = false when the platform no longer offers it: charts say so.
struct InsightSeries
{
    QString metric;
    QString period;
    bool available = true;
    QString unavailableReason;
    QList<QPair<QDateTime, double>> values;
    // Breakdown metrics (page_follows_country, page_follows_city): the parts of the latest value, largest
    // first ("GB", "London, England, United Kingdom"); empty for plain metrics.
    QList<QPair<QString, double>> breakdown;
};

struct RemotePost
{
    QString id;
    QString text;
    QDateTime createdAt;
};

struct MediaUpload
{
    QByteArray data;
    QString mimeType;      // image/jpeg, image/png, video/mp4, ...
    QString fileName;
    // Above this size the X client uploads in chunks (initialize / append / finalize / STATUS).
    qint64 chunkThreshold = 5 * 1024 * 1024;
    qint64 chunkSize = 1024 * 1024;
};

} // namespace platforms
