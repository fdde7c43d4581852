#pragma once

#include "platforms/platformclient.h"
#include "platforms/postmetrics.h"

#include <QLoggingCategory>
#include <QUrl>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcX)

namespace platforms {
class Transport;
struct HttpRequest;
}

namespace platforms::x {

// X (API v2) for one signed-in user, with OAuth 2.0 user-context bearer tokens.
class XClient final : public PlatformClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XClient)
public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.x.com")); }

    // network: the workspace's one manager. baseUrl: the workspace setting (the sandbox in tests and the demo).
    XClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);

    domain::Platform platform() const override { return domain::Platform::X; }
    Transport *transport() override { return m_transport; }
    void setAccessToken(const QString &token) override { m_token = token; }
    // The signed-in user's id; when unknown the client asks users/me once before the first call that needs it.
    void setUserId(const QString &id) { m_userId = id; }
    QString userId() const { return m_userId; }

    CallHandle whoAmI(QObject *context, Callback<AccountInfo> done) override;
    CallHandle publish(const PublishRequest &request, QObject *context, Callback<PublishResult> done) override;
    CallHandle deletePost(const QString &remoteId, QObject *context, Callback<bool> done) override;
    CallHandle fetchMentions(const MentionQuery &query, QObject *context, Callback<MentionPage> done) override;
    CallHandle fetchAudience(const AudienceQuery &query, QObject *context, Callback<AudiencePage> done) override;
    CallHandle replyToComment(const QString &commentId, const QString &postId, const QString &text,
                              QObject *context, Callback<PublishResult> done) override;
    CallHandle recentPosts(int count, QObject *context, Callback<QList<RemotePost>> done) override;
    CallHandle uploadMedia(const MediaUpload &media, QObject *context, Callback<QString> done) override;

    // Public metrics of our own posts (xmetrics.cpp), at most MaxMetricIds ids a request.
    static constexpr int MaxMetricIds = 100;
    CallHandle fetchPostMetrics(const QStringList &ids, QObject *context, Callback<QList<PostMetrics>> done);

private:
    HttpRequest request(const QByteArray &verb, const QString &path) const;
    // Runs next with the user id, asking users/me first when it is not known yet.
    void withUserId(Operation *op, std::function<void(const Result<QString> &)> next);
    void uploadChunked(Operation *op, const MediaUpload &media, Callback<QString> done);
    void pollMedia(Operation *op, const QString &id, int waitSecs, Callback<QString> done, int polls);

    Transport *m_transport;
    QString m_token;
    QString m_userId;
};

} // namespace platforms::x
