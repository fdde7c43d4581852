#pragma once

#include "platforms/platformclient.h"
#include "platforms/signin.h"

#include <QHash>
#include <QLoggingCategory>
#include <QUrl>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcWeibo)

namespace platforms {
struct HttpRequest;
}

namespace platforms::weibo {

// Weibo's authorization-code settings (app key and secret from the embassy's own Weibo app).
OAuthConfig signInConfig(const QString &appKey, const QString &appSecret,
                         const QUrl &base = QUrl(QStringLiteral("https://api.weibo.com")));

// A Weibo user through API v2 (form-encoded requests, JSON answers).
class WeiboClient final : public PlatformClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeiboClient)
public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.weibo.com")); }
    // Weibo shows third-party apps at most this many followers (and at most 30% of them).
    static constexpr qint64 FollowerSampleCap = 500;

    WeiboClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);

    domain::Platform platform() const override { return domain::Platform::Weibo; }
    Transport *transport() override { return m_transport; }
    void setAccessToken(const QString &token) override { m_token = token; }
    void setUserId(const QString &uid) { m_uid = uid; }
    // statuses/share only accepts a post with a link on the app's registered safe domain ("embassy.example").
    void setSafeDomain(const QString &domain) { m_safeDomain = domain; }
    // Nothing when text has a link on the safe domain; else the Invalid error that publishing would give.
    std::optional<PlatformError> checkSafeDomain(const QString &text) const;

    CallHandle whoAmI(QObject *context, Callback<AccountInfo> done) override;
    CallHandle publish(const PublishRequest &request, QObject *context, Callback<PublishResult> done) override;
    CallHandle deletePost(const QString &remoteId, QObject *context, Callback<bool> done) override;
    // statuses/mentions, or comments/to_me when query.commentsToMe. Page tokens are page numbers.
    CallHandle fetchMentions(const MentionQuery &query, QObject *context, Callback<MentionPage> done) override;
    // A capped sample of followers: AudiencePage::isSample and sampleLimit say so.
    CallHandle fetchAudience(const AudienceQuery &query, QObject *context, Callback<AudiencePage> done) override;
    CallHandle replyToComment(const QString &commentId, const QString &postId, const QString &text,
                              QObject *context, Callback<PublishResult> done) override;
    CallHandle recentPosts(int count, QObject *context, Callback<QList<RemotePost>> done) override;
    // Weibo takes the picture with the post: this keeps it in memory and answers a local id for mediaIds.
    CallHandle uploadMedia(const MediaUpload &media, QObject *context, Callback<QString> done) override;

private:
    HttpRequest request(const QByteArray &verb, const QString &path) const;
    void withUid(Operation *op, std::function<void(const Result<QString> &)> next);

    Transport *m_transport;
    QString m_token;
    QString m_uid;
    QString m_safeDomain;
    QHash<QString, MediaUpload> m_pictures;
    int m_nextPicture = 1;
};

} // namespace platforms::weibo
