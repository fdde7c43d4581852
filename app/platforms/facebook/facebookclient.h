#pragma once

#include "platforms/platformclient.h"
#include "platforms/postmetrics.h"
#include "platforms/signin.h"

#include <QLoggingCategory>
#include <QUrl>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcFacebook)

namespace platforms {
struct HttpRequest;
}

namespace platforms::facebook {

// Facebook Login's settings for the authorization-code flow (scopes comma-separated, app secret required).
OAuthConfig signInConfig(const QString &appId, const QString &appSecret,
                         const QUrl &dialogBase = QUrl(QStringLiteral("https://www.facebook.com")),
                         const QUrl &graphBase = QUrl(QStringLiteral("https://graph.facebook.com")));

// A Facebook Page through the Graph API. Requests are made with the Page's token; listing the user's Pages uses
// the user token (listPages). Apps cannot post to personal timelines, so there is no such call.
class FacebookClient final : public PlatformClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacebookClient)
public:
    // The one place the Graph version is pinned.
    static QString graphVersion() { return QStringLiteral("v25.0"); }
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://graph.facebook.com")); }
    // Scheduling window Graph accepts: at least 10 minutes ahead; at most 30 days (some sources say 75, so the
    // client allows 75 and lets Graph refuse what it refuses).
    static constexpr qint64 MinScheduleLeadSecs = 10 * 60;
    static constexpr qint64 MaxScheduleLeadSecs = 75LL * 24 * 3600;

    FacebookClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);

    domain::Platform platform() const override { return domain::Platform::Facebook; }
    Transport *transport() override { return m_transport; }
    void setAccessToken(const QString &pageToken) override { m_token = pageToken; }
    void setPageId(const QString &pageId) { m_pageId = pageId; }
    QString pageId() const { return m_pageId; }

    // Sign-in step two: a short-lived user token for a long-lived one (about 60 days), whose Page tokens do not
    // expire. The app secret travels as Graph wants it, as a parameter; logs redact it.
    CallHandle exchangeForLongLived(const QString &appId, const QString &appSecret, const QString &shortToken,
                                    QObject *context, Callback<QPair<QString, qint64>> done);
    // The Pages a user manages, each with its own Page token (me/accounts with the user token).
    CallHandle listPages(const QString &userToken, QObject *context, Callback<QList<ManagedPage>> done);
    // One insights metric per request, so a retired metric fails alone: it answers available = false.
    CallHandle fetchInsight(const QString &metric, const QString &period, const QDateTime &since,
                            const QDateTime &until, QObject *context, Callback<InsightSeries> done);
    // A post's reactions, comments and shares, and its reach and impressions from post insights (a retired
    // metric leaves its figure at -1), in facebookmetrics.cpp.
    CallHandle fetchPostMetrics(const QString &postId, QObject *context, Callback<PostMetrics> done);

    CallHandle whoAmI(QObject *context, Callback<AccountInfo> done) override;
    CallHandle publish(const PublishRequest &request, QObject *context, Callback<PublishResult> done) override;
    CallHandle deletePost(const QString &remoteId, QObject *context, Callback<bool> done) override;
    // Comments on query.postId, newest first; sinceCursor is the unix time of the newest comment seen.
    CallHandle fetchMentions(const MentionQuery &query, QObject *context, Callback<MentionPage> done) override;
    // Graph lists no followers: the page answers only its follower count; the rest comes from insights.
    CallHandle fetchAudience(const AudienceQuery &query, QObject *context, Callback<AudiencePage> done) override;
    CallHandle replyToComment(const QString &commentId, const QString &postId, const QString &text,
                              QObject *context, Callback<PublishResult> done) override;
    CallHandle hideComment(const QString &commentId, bool hidden, QObject *context, Callback<bool> done) override;
    CallHandle recentPosts(int count, QObject *context, Callback<QList<RemotePost>> done) override;
    CallHandle postsUntil(const QDateTime &until, int count, QObject *context,
                          Callback<QList<RemotePost>> done) override;
    // Posts waiting for their native schedule: how a scheduled publish with an uncertain outcome is reconciled.
    CallHandle scheduledPosts(int count, QObject *context, Callback<QList<RemotePost>> done);
    // An unpublished photo on the page; its id goes into PublishRequest::mediaIds (attached_media).
    CallHandle uploadMedia(const MediaUpload &media, QObject *context, Callback<QString> done) override;

private:
    HttpRequest request(const QByteArray &verb, const QString &path, const QString &token = QString()) const;
    std::optional<PlatformError> needPage() const;

    Transport *m_transport;
    QString m_token;
    QString m_pageId;
};

} // namespace platforms::facebook
