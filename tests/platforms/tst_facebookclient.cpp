#include "clienttest.h"

#include "platforms/facebook/facebookclient.h"
#include "platforms/sandbox/state.h"

using namespace platforms;
using platforms::sandbox::Fault;
using Kind = platforms::PlatformError::Kind;

// The Facebook Page client against the sandbox: pages, feed and scheduling, photos, comments, insights, faults.
class FacebookClientTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listPages_givesPageTokens();
    void whoAmI_isThePage();
    void publish_createsFeedPost_listedBack();
    void publish_scheduled_usesNativeScheduling();
    void publish_scheduleTooSoon_isRefusedWithoutSending();
    void publish_withPhoto_attachesMedia();
    void publish_duplicate_isDuplicate();
    void comments_pageThroughNewestFirst();
    void comments_sinceCursor_returnsOnlyNewer();
    void replyAndHide_comment();
    void deletePost_thenNotFound();
    void insights_oneMetric_andRetiredMetricIsNotAvailable();
    void throttled_isRateLimitedWithReset();
    void expiredToken_isAuth();
    void serverError_onRead_isRetried();
    void audience_reportsFollowerCount();
    void droppedConnection_onPublish_isUncertain_andReconcilable();
    void slowAnswer_onRead_timesOutAndIsRetried();
    void malformedAnswer_onPublish_isUncertain();

private:
    QString newestPagePost() const
    {
        const auto &posts = m_sandbox->state().posts;
        for (auto it = posts.crbegin(); it != posts.crend(); ++it) {
            if (it->platform == QLatin1String("facebook"))
                return it->id;
        }
        return QString();
    }
    sandbox::Sandbox *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    facebook::FacebookClient *m_client = nullptr;
};

void FacebookClientTest::init()
{
    m_sandbox = new sandbox::Sandbox(11, this);
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    m_client = new facebook::FacebookClient(m_network, m_sandbox->baseUrl(), this);
    m_client->setAccessToken(sandbox::State::fbPageToken());
    m_client->setPageId(m_sandbox->state().fbPageId);
    platformtest::makeFast(m_client->transport());
}

void FacebookClientTest::cleanup()
{
    delete m_client;
    delete m_network;
    delete m_sandbox;
}

void FacebookClientTest::listPages_givesPageTokens()
{
    AWAIT(QList<ManagedPage>, pages, m_client->listPages(sandbox::State::fbUserToken(), this, cb));
    VERIFY_OK(pages);
    QCOMPARE(pages.value().size(), 1);
    QCOMPARE(pages.value().first().id, m_sandbox->state().fbPageId);
    QCOMPARE(pages.value().first().accessToken, sandbox::State::fbPageToken());
    QVERIFY(pages.value().first().tasks.contains(QStringLiteral("CREATE_CONTENT")));
}

void FacebookClientTest::whoAmI_isThePage()
{
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(me.value().id, m_sandbox->state().fbPageId);
    QCOMPARE(me.value().name, QStringLiteral("Embassy Page"));
    QCOMPARE(me.value().followers, m_sandbox->state().fbPageFollowers);
}

void FacebookClientTest::publish_createsFeedPost_listedBack()
{
    PublishRequest post;
    post.text = QStringLiteral("Reception at the residence & an open day: 1+1=2");
    post.link = QStringLiteral("https://embassy.example/news");
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    QVERIFY(created.value().remoteId.startsWith(m_sandbox->state().fbPageId + QLatin1Char('_')));
    AWAIT(QList<RemotePost>, recent, m_client->recentPosts(3, this, cb));
    VERIFY_OK(recent);
    QCOMPARE(recent.value().first().id, created.value().remoteId);
    QCOMPARE(recent.value().first().text, post.text); // '+' and '&' survive form encoding
    QVERIFY(recent.value().first().createdAt.isValid());
}

void FacebookClientTest::publish_scheduled_usesNativeScheduling()
{
    PublishRequest post;
    post.text = QStringLiteral("Scheduled announcement");
    post.scheduleAt = QDateTime::currentDateTimeUtc().addDays(2);
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    const auto &stored = m_sandbox->state().posts.last();
    QVERIFY(!stored.published);
    QCOMPARE(stored.scheduledAt.toSecsSinceEpoch(), post.scheduleAt.toSecsSinceEpoch());
    AWAIT(QList<RemotePost>, scheduled, m_client->scheduledPosts(5, this, cb));
    VERIFY_OK(scheduled);
    QCOMPARE(scheduled.value().size(), 1);
    QCOMPARE(scheduled.value().first().id, created.value().remoteId);
    AWAIT(QList<RemotePost>, feed, m_client->recentPosts(5, this, cb));
    VERIFY_OK(feed);
    QVERIFY(feed.value().first().id != created.value().remoteId);
}

void FacebookClientTest::publish_scheduleTooSoon_isRefusedWithoutSending()
{
    PublishRequest post;
    post.text = QStringLiteral("Too soon");
    post.scheduleAt = QDateTime::currentDateTimeUtc().addSecs(60);
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Kind::Invalid);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("facebook")), 0);

    // 40 days: allowed by the client (sources disagree), refused by a platform that keeps the 30-day window.
    post.scheduleAt = QDateTime::currentDateTimeUtc().addDays(40);
    AWAIT(PublishResult, far, m_client->publish(post, this, cb));
    QVERIFY(!far.ok());
    QCOMPARE(far.error().kind, Kind::Invalid);
    QCOMPARE(far.error().platformCode, QStringLiteral("100"));
}

void FacebookClientTest::publish_withPhoto_attachesMedia()
{
    MediaUpload photo;
    photo.data = QByteArray(1000, 'p');
    photo.mimeType = QStringLiteral("image/jpeg");
    AWAIT(QString, id, m_client->uploadMedia(photo, this, cb));
    VERIFY_OK(id);
    PublishRequest post;
    post.text = QStringLiteral("With a photo");
    post.mediaIds = {id.value()};
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    QCOMPARE(m_sandbox->state().posts.last().media, QStringList{id.value()});
}

void FacebookClientTest::publish_duplicate_isDuplicate()
{
    PublishRequest post;
    post.text = QStringLiteral("Embassy news 1"); // a seeded post says exactly this
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Kind::Duplicate);
    QCOMPARE(r.error().platformCode, QStringLiteral("506"));
}

void FacebookClientTest::comments_pageThroughNewestFirst()
{
    m_sandbox->generateIncoming(7); // comments land on the newest post, which has 3 already
    const QString postId = newestPagePost();
    MentionQuery q;
    q.postId = postId;
    q.pageSize = 4;
    QList<IncomingItem> all;
    for (int i = 0; i < 10; ++i) {
        AWAIT(MentionPage, page, m_client->fetchMentions(q, this, cb));
        VERIFY_OK(page);
        all += page.value().items;
        if (page.value().nextPageToken.isEmpty())
            break;
        q.pageToken = page.value().nextPageToken;
    }
    QCOMPARE(all.size(), 10);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).createdAt >= all.at(i).createdAt);
    QVERIFY(!all.first().author.name.isEmpty());
}

void FacebookClientTest::comments_sinceCursor_returnsOnlyNewer()
{
    const QString postId = newestPagePost();
    MentionQuery q;
    q.postId = postId;
    AWAIT(MentionPage, first, m_client->fetchMentions(q, this, cb));
    VERIFY_OK(first);
    QCOMPARE(first.value().items.size(), 3);
    q.sinceCursor = first.value().newestCursor;
    AWAIT(MentionPage, none, m_client->fetchMentions(q, this, cb));
    VERIFY_OK(none);
    QCOMPARE(none.value().items.size(), 0);
}

void FacebookClientTest::replyAndHide_comment()
{
    const auto &comment = m_sandbox->state().comments.first();
    const QString commentId = comment.id;
    AWAIT(PublishResult, reply, m_client->replyToComment(commentId, comment.postId, QStringLiteral("Thank you"), this, cb));
    VERIFY_OK(reply);
    QCOMPARE(m_sandbox->state().comments.last().parentId, commentId);
    AWAIT(bool, hidden, m_client->hideComment(commentId, true, this, cb));
    VERIFY_OK(hidden);
    QVERIFY(m_sandbox->state().comments.first().hidden);
    AWAIT(bool, missing, m_client->hideComment(QStringLiteral("1_999"), true, this, cb));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Kind::NotFound);
}

void FacebookClientTest::deletePost_thenNotFound()
{
    const QString postId = m_sandbox->state().posts.first().id;
    AWAIT(bool, deleted, m_client->deletePost(postId, this, cb));
    VERIFY_OK(deleted);
    AWAIT(bool, again, m_client->deletePost(postId, this, cb));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Kind::NotFound);
}

void FacebookClientTest::insights_oneMetric_andRetiredMetricIsNotAvailable()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AWAIT(InsightSeries, impressions,
          m_client->fetchInsight(QStringLiteral("page_impressions"), QStringLiteral("day"), now.addDays(-7), now, this, cb));
    VERIFY_OK(impressions);
    QVERIFY(impressions.value().available);
    QCOMPARE(impressions.value().values.size(), 7);

    AWAIT(InsightSeries, countries,
          m_client->fetchInsight(QStringLiteral("page_follows_country"), QStringLiteral("day"), {}, {}, this, cb));
    VERIFY_OK(countries);
    QVERIFY(countries.value().available);

    Fault retire;
    retire.kind = Fault::Kind::MetricRetired;
    retire.metric = QStringLiteral("page_follows_country");
    m_sandbox->injectFault(retire);
    AWAIT(InsightSeries, retired,
          m_client->fetchInsight(QStringLiteral("page_follows_country"), QStringLiteral("day"), {}, {}, this, cb));
    VERIFY_OK(retired);
    QVERIFY(!retired.value().available);
    QVERIFY(!retired.value().unavailableReason.isEmpty());
}

void FacebookClientTest::throttled_isRateLimitedWithReset()
{
    Fault f;
    f.kind = Fault::Kind::RateLimit;
    f.resetSecs = 600;
    m_sandbox->injectFault(f);
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    QVERIFY(!me.ok());
    QCOMPARE(me.error().kind, Kind::RateLimited);
    QVERIFY(me.error().resetAt > QDateTime::currentDateTimeUtc().addSecs(500));
    // Usage headers block the whole app until then: nothing more is sent.
    const int before = m_sandbox->requestCount(QStringLiteral("facebook"));
    AWAIT(QList<RemotePost>, posts, m_client->recentPosts(3, this, cb));
    QVERIFY(!posts.ok());
    QCOMPARE(posts.error().kind, Kind::RateLimited);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("facebook")), before);
}

void FacebookClientTest::expiredToken_isAuth()
{
    Fault f;
    f.kind = Fault::Kind::ExpiredToken;
    f.platform = QStringLiteral("facebook");
    m_sandbox->injectFault(f);
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    QVERIFY(!me.ok());
    QCOMPARE(me.error().kind, Kind::Auth);
    QCOMPARE(me.error().platformCode, QStringLiteral("190/463"));
}

void FacebookClientTest::serverError_onRead_isRetried()
{
    Fault f;
    f.kind = Fault::Kind::ServerError;
    m_sandbox->injectFault(f);
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("facebook")), 2);
}

void FacebookClientTest::audience_reportsFollowerCount()
{
    AWAIT(AudiencePage, page, m_client->fetchAudience(AudienceQuery{}, this, cb));
    VERIFY_OK(page);
    QCOMPARE(page.value().totalFollowers, m_sandbox->state().fbPageFollowers);
    QVERIFY(page.value().users.isEmpty());
}

void FacebookClientTest::droppedConnection_onPublish_isUncertain_andReconcilable()
{
    Fault f;
    f.kind = Fault::Kind::Drop;
    f.pathContains = QStringLiteral("/feed");
    m_sandbox->injectFault(f);
    PublishRequest post;
    post.text = QStringLiteral("Delivered, answer lost");
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QVERIFY(r.error().uncertain);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("facebook")), 1);
    AWAIT(QList<RemotePost>, recent, m_client->recentPosts(5, this, cb));
    VERIFY_OK(recent);
    QCOMPARE(recent.value().first().text, post.text);
}

void FacebookClientTest::slowAnswer_onRead_timesOutAndIsRetried()
{
    Fault f;
    f.kind = Fault::Kind::Slow;
    f.delayMs = 5000;
    m_sandbox->injectFault(f);
    m_client->transport()->config().timeoutMs = 1000;
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("facebook")), 2);
}

void FacebookClientTest::malformedAnswer_onPublish_isUncertain()
{
    Fault f;
    f.kind = Fault::Kind::Malformed;
    m_sandbox->injectFault(f);
    PublishRequest post;
    post.text = QStringLiteral("Answer garbled");
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Kind::Transient);
    QVERIFY(r.error().uncertain);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("facebook")), 1);
}

QTEST_GUILESS_MAIN(FacebookClientTest)
#include "tst_facebookclient.moc"
