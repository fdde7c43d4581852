#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

// Everything the sandbox remembers: accounts, tokens, posts, comments, followers, uploads, authorization codes.
// Plain data with a few helpers; the route handlers read and change it.
namespace platforms::sandbox {

struct User
{
    QString id;
    QString handle;
    QString name;
    QString description;
    QString location;
    QString province;  // Weibo province code
    QString city;      // Weibo city code
    QString gender;
    bool verified = false;
    QString verifiedType;
    qint64 followers = 0;
    qint64 following = 0;
    QDateTime createdAt;
};

// A post, a mention (a post of someone else naming us) or a Weibo status.
struct Post
{
    QString platform;    // "x", "facebook", "weibo"
    QString id;
    QString authorId;
    QString text;
    QDateTime createdAt;
    QString replyTo;
    QString quoteId;
    QString conversationId;
    QStringList media;
    bool published = true;
    QDateTime scheduledAt;
    bool mentionsUs = false;
    QString mentionedUserId; // which of our accounts (X); empty = the main one

    static Post make(const QString &platform, const QString &id, const QString &authorId, const QString &text,
                     const QDateTime &createdAt)
    {
        Post p;
        p.platform = platform;
        p.id = id;
        p.authorId = authorId;
        p.text = text;
        p.createdAt = createdAt;
        return p;
    }
};

// A Facebook or Weibo comment.
struct Comment
{
    QString platform;
    QString id;
    QString postId;
    QString parentId;
    QString authorId;
    QString text;
    QDateTime createdAt;
    bool hidden = false;
};

struct Token
{
    QString platform;
    QString kind;        // "access", "refresh", "user", "page"
    QString subject;     // the user or page the token acts for
    QDateTime expiresAt; // invalid = never
    bool revoked = false;
    QString scope;
};

struct AuthCode
{
    QString platform;
    QString clientId;
    QString redirectUri;
    QString challenge;
    QString scope;
    QDateTime issuedAt;
};

struct Media
{
    QString id;
    qint64 totalBytes = 0;
    qint64 receivedBytes = 0;
    QSet<int> segments;
    bool finalized = false;
    int statusPolls = 0;   // videos "process" for two STATUS polls
    bool video = false;
};

// One X rate-limit window (15 minutes) of one endpoint.
struct RateWindow
{
    int limit = 0;
    int remaining = 0;
    QDateTime resetAt;
};

class State
{
public:
    explicit State(quint32 seed);

    QString nextId();
    QString newToken(const QString &platform, const QString &kind, const QString &subject, qint64 lifetimeSecs,
                     const QString &scope = QString());
    // The token's record when it exists; nullptr otherwise.
    const Token *token(const QString &value) const;
    Token *token(const QString &value);

    // A user that is not one of ours, created on the fly with a plausible profile (seeded).
    User &makeStranger(const QString &platform);
    QString randomText(const QString &language);
    QString randomLanguage();
    // Another X account of ours (the demo has several); answers its access token.
    QString addXAccount(const QString &handle, const QString &name);
    const User &xUser(const QString &id) const;

    QRandomGenerator rng;
    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    User xMe;
    User weiboMe;
    User fbUser;
    QString fbPageId;
    QString fbPageName;
    qint64 fbPageFollowers = 12840;
    QString weiboSafeDomain = QStringLiteral("embassy.example");

    QHash<QString, User> users;        // everyone else, by id
    QHash<QString, Token> tokens;      // by token value
    QHash<QString, AuthCode> codes;    // by code value
    QList<Post> posts;                 // oldest first, all platforms
    QList<Comment> comments;           // oldest first
    QStringList xFollowers;            // user ids, newest first
    QStringList xAccounts;             // our X users: xMe first, then any added with addXAccount
    QHash<QString, QStringList> xFollowersOf; // followers of the added X accounts
    QStringList weiboFollowers;
    QHash<QString, Media> media;
    QSet<QString> retiredMetrics;
    QHash<QString, RateWindow> xWindows; // by endpoint bucket ("POST /2/tweets")
    QHash<QString, int> xLimitOverrides; // tests shrink a limit to reach it quickly
    int fbMaxScheduleDays = 30;          // the documented window (some sources say 75)
    int xMentionReach = 800;             // X's mentions timeline reaches only the 800 most recent
    bool xDeleteAnswers204 = false;      // the docs say 204, the spec 200 {"data":{"deleted":true}}

    // Well-known tokens of the seeded accounts, so the demo and tests can talk to a fresh sandbox at once.
    static QString xToken() { return QStringLiteral("sandbox-x-access-token"); }
    static QString fbUserToken() { return QStringLiteral("sandbox-facebook-user-token"); }
    static QString fbPageToken() { return QStringLiteral("sandbox-facebook-page-token"); }
    static QString weiboToken() { return QStringLiteral("sandbox-weibo-access-token"); }

private:
    void seed();
    qint64 m_nextId = 1860000000000000000LL;
};

} // namespace platforms::sandbox
