#include "clienttest.h"

#include "platforms/sandbox/state.h"
#include "platforms/weibo/weiboclient.h"

using namespace platforms;
using platforms::sandbox::Fault;
using Kind = platforms::PlatformError::Kind;

// The Weibo client against the sandbox: share with the safe-domain rule, mentions, comments, followers sample.
class WeiboClientTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void whoAmI_readsUidThenProfile();
    void publish_withSafeDomainLink_isListedBack();
    void publish_withoutSafeDomainLink_isRefusedWithoutSending();
    void publish_withPicture();
    void publish_repeated_isDuplicate();
    void mentions_andCommentsToMe();
    void reply_toComment_andRepeatIsDuplicate();
    void followers_areASampleWithItsSize();
    void rateLimited_isRateLimited();
    void expiredAndRevokedTokens_areAuth();
    void deletePost_removesIt();
    void serverError_onShare_isUncertain_andNotResent();
    void serverError_onRead_isRetried();

private:
    sandbox::Sandbox *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    weibo::WeiboClient *m_client = nullptr;
};

void WeiboClientTest::init()
{
    m_sandbox = new sandbox::Sandbox(3, this);
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    m_client = new weibo::WeiboClient(m_network, m_sandbox->baseUrl(), this);
    m_client->setAccessToken(sandbox::State::weiboToken());
    m_client->setSafeDomain(QStringLiteral("embassy.example"));
    platformtest::makeFast(m_client->transport());
}

void WeiboClientTest::cleanup()
{
    delete m_client;
    delete m_network;
    delete m_sandbox;
}

void WeiboClientTest::whoAmI_readsUidThenProfile()
{
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(me.value().id, m_sandbox->state().weiboMe.id);
    QCOMPARE(me.value().handle, QStringLiteral("使馆"));
}

void WeiboClientTest::publish_withSafeDomainLink_isListedBack()
{
    PublishRequest post;
    post.text = QStringLiteral("大使馆新闻 https://www.embassy.example/zh/1");
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    AWAIT(QList<RemotePost>, recent, m_client->recentPosts(5, this, cb));
    VERIFY_OK(recent);
    QCOMPARE(recent.value().first().id, created.value().remoteId);
    QCOMPARE(recent.value().first().text, post.text);
    QVERIFY(recent.value().first().createdAt.isValid());
}

void WeiboClientTest::publish_withoutSafeDomainLink_isRefusedWithoutSending()
{
    PublishRequest post;
    post.text = QStringLiteral("没有链接 https://elsewhere.example/");
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Kind::Invalid);
    QVERIFY(r.error().platformMessage.contains(QLatin1String("embassy.example")));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("weibo")), 0);
}

void WeiboClientTest::publish_withPicture()
{
    MediaUpload pic;
    pic.data = QByteArray(500, 'j');
    pic.mimeType = QStringLiteral("image/jpeg");
    AWAIT(QString, id, m_client->uploadMedia(pic, this, cb));
    VERIFY_OK(id);
    PublishRequest post;
    post.text = QStringLiteral("图片 https://embassy.example/p");
    post.mediaIds = {id.value()};
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    QCOMPARE(m_sandbox->state().posts.last().media.size(), 1);
}

void WeiboClientTest::publish_repeated_isDuplicate()
{
    PublishRequest post;
    post.text = QStringLiteral("重复 https://embassy.example/");
    AWAIT(PublishResult, first, m_client->publish(post, this, cb));
    VERIFY_OK(first);
    AWAIT(PublishResult, second, m_client->publish(post, this, cb));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Kind::Duplicate);
    QCOMPARE(second.error().platformCode, QStringLiteral("20019"));
}

void WeiboClientTest::mentions_andCommentsToMe()
{
    PublishRequest post;
    post.text = QStringLiteral("欢迎评论 https://embassy.example/");
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    m_sandbox->generateIncoming(3);
    MentionQuery q;
    AWAIT(MentionPage, mentions, m_client->fetchMentions(q, this, cb));
    VERIFY_OK(mentions);
    QCOMPARE(mentions.value().items.size(), 3);
    QVERIFY(!mentions.value().items.first().author.handle.isEmpty());
    q.commentsToMe = true;
    AWAIT(MentionPage, comments, m_client->fetchMentions(q, this, cb));
    VERIFY_OK(comments);
    QCOMPARE(comments.value().items.size(), 3);
    QCOMPARE(comments.value().items.first().conversationId, created.value().remoteId);

    MentionQuery since;
    since.sinceCursor = mentions.value().newestCursor;
    AWAIT(MentionPage, none, m_client->fetchMentions(since, this, cb));
    VERIFY_OK(none);
    QCOMPARE(none.value().items.size(), 0);
}

void WeiboClientTest::reply_toComment_andRepeatIsDuplicate()
{
    PublishRequest post;
    post.text = QStringLiteral("欢迎评论 https://embassy.example/r");
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    m_sandbox->generateIncoming(2);
    QStringList ids;
    for (const auto &c : m_sandbox->state().comments) {
        if (c.platform == QLatin1String("weibo"))
            ids.append(c.id);
    }
    QCOMPARE(ids.size(), 2);
    const QString cid = ids.last();
    const QString other = ids.first();
    AWAIT(PublishResult, reply, m_client->replyToComment(cid, created.value().remoteId, QStringLiteral("谢谢"), this, cb));
    VERIFY_OK(reply);
    AWAIT(PublishResult, again,
          m_client->replyToComment(other, created.value().remoteId, QStringLiteral("谢谢"), this, cb));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Kind::Duplicate);
}

void WeiboClientTest::followers_areASampleWithItsSize()
{
    AudienceQuery q;
    q.pageSize = 8;
    int total = 0;
    for (int i = 0; i < 10; ++i) {
        AWAIT(AudiencePage, page, m_client->fetchAudience(q, this, cb));
        VERIFY_OK(page);
        QVERIFY(page.value().isSample);
        QCOMPARE(page.value().totalFollowers, qint64(2000));
        QCOMPARE(page.value().sampleLimit, qint64(500));
        total += page.value().users.size();
        if (page.value().nextPageToken.isEmpty())
            break;
        q.pageToken = page.value().nextPageToken;
    }
    QCOMPARE(total, 20);
}

void WeiboClientTest::rateLimited_isRateLimited()
{
    Fault f;
    f.kind = Fault::Kind::RateLimit;
    f.platform = QStringLiteral("weibo");
    f.count = 10;
    m_sandbox->injectFault(f);
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    QVERIFY(!me.ok());
    QCOMPARE(me.error().kind, Kind::RateLimited);
    QCOMPARE(me.error().platformCode, QStringLiteral("10023"));
}

void WeiboClientTest::expiredAndRevokedTokens_areAuth()
{
    Fault f;
    f.kind = Fault::Kind::ExpiredToken;
    m_sandbox->injectFault(f);
    AWAIT(AccountInfo, expired, m_client->whoAmI(this, cb));
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error().kind, Kind::Auth);
    QCOMPARE(expired.error().platformCode, QStringLiteral("21327"));
    m_client->setAccessToken(QStringLiteral("not-a-token"));
    AWAIT(AccountInfo, invalid, m_client->whoAmI(this, cb));
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().platformCode, QStringLiteral("21332"));
}

void WeiboClientTest::deletePost_removesIt()
{
    PublishRequest post;
    post.text = QStringLiteral("删除 https://embassy.example/d");
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    AWAIT(bool, deleted, m_client->deletePost(created.value().remoteId, this, cb));
    VERIFY_OK(deleted);
    AWAIT(QList<RemotePost>, recent, m_client->recentPosts(5, this, cb));
    VERIFY_OK(recent);
    QVERIFY(recent.value().isEmpty());
}

void WeiboClientTest::serverError_onShare_isUncertain_andNotResent()
{
    Fault f;
    f.kind = Fault::Kind::ServerError;
    f.pathContains = QStringLiteral("share");
    m_sandbox->injectFault(f);
    PublishRequest post;
    post.text = QStringLiteral("服务器错误 https://embassy.example/");
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Kind::Transient);
    QCOMPARE(r.error().platformCode, QStringLiteral("10001"));
    QVERIFY(r.error().uncertain);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("weibo")), 1);
}

void WeiboClientTest::serverError_onRead_isRetried()
{
    Fault f;
    f.kind = Fault::Kind::ServerError;
    f.count = 2;
    m_sandbox->injectFault(f);
    MentionQuery q;
    AWAIT(MentionPage, page, m_client->fetchMentions(q, this, cb));
    VERIFY_OK(page);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("weibo")), 3);
}

QTEST_GUILESS_MAIN(WeiboClientTest)
#include "tst_weiboclient.moc"
