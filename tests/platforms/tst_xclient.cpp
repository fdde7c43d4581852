#include "clienttest.h"

#include "platforms/sandbox/state.h"
#include "platforms/x/xclient.h"

using namespace platforms;
using platforms::sandbox::Fault;
using Kind = platforms::PlatformError::Kind;

// The X client against the sandbox: every endpoint, every fault, and the retry rules.
class XClientTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void whoAmI_returnsSignedInUser();
    void publish_createsPostListedBack();
    void publishThread_chainsReplies();
    void recentPosts_beyondOnePage_readsPageByPage();
    void publish_duplicateText_isDuplicate();
    void publish_poll_isValidatedAndSent();
    void reply_toAuthorWhoDidNotMentionUs_isPermission();
    void deletePost_removesIt_andSecondDeleteIsNotFound();
    void fetchMentions_pagesWithExpansionsAndSinceId();
    void fetchAudience_pagesFollowers();
    void secondAccount_hasItsOwnIdentityMentionsAndFollowers();
    void uploadMedia_oneShotImage();
    void uploadMedia_chunkedVideo_pollsStatus();
    void rateLimit429_onRead_waitsForResetAndSucceeds();
    void rateLimitHeaders_stopRequestsBeforePlatformRefuses();
    void serverError_onRead_isRetried();
    void serverError_onPost_isUncertainAndNotRetried();
    void droppedConnection_onPost_isUncertain_andReconcilable();
    void malformedJson_onRead_isRetried();
    void slowAnswer_onPost_timesOutAsUncertain();
    void expiredToken_isAuth();
    void revokedToken_isAuth();
    void duplicateFault_isDuplicate();
    void expiredToken_withRenewal_renewsOnceAndResends();
    void expiredToken_renewalFails_isAuth();
    void cancel_neverCallsBack();
    void destroyedContext_neverCallsBack();
    void destroyedClient_abortsQuietly();
    void plainHttpBaseUrl_isRefusedWithoutSending();

private:
    sandbox::Sandbox *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    x::XClient *m_client = nullptr;
};

void XClientTest::init()
{
    m_sandbox = new sandbox::Sandbox(7, this);
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    m_client = new x::XClient(m_network, m_sandbox->baseUrl(), this);
    m_client->setAccessToken(sandbox::State::xToken());
    platformtest::makeFast(m_client->transport());
}

void XClientTest::cleanup()
{
    delete m_client;
    delete m_network;
    delete m_sandbox;
}

void XClientTest::whoAmI_returnsSignedInUser()
{
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(me.value().id, m_sandbox->state().xMe.id);
    QCOMPARE(me.value().handle, QStringLiteral("AttacheEmbassy"));
    QCOMPARE(me.value().followers, qint64(30));
}

void XClientTest::publish_createsPostListedBack()
{
    PublishRequest post;
    post.text = QStringLiteral("Statement on the anniversary — Заявление — 声明");
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    QVERIFY(!created.value().remoteId.isEmpty());
    QCOMPARE(created.value().text, post.text);
    AWAIT(QList<RemotePost>, recent, m_client->recentPosts(5, this, cb));
    VERIFY_OK(recent);
    QCOMPARE(recent.value().size(), 1);
    QCOMPARE(recent.value().first().id, created.value().remoteId);
    QCOMPARE(recent.value().first().text, post.text);
}

void XClientTest::recentPosts_beyondOnePage_readsPageByPage()
{
    auto &state = m_sandbox->state();
    for (int i = 0; i < 230; ++i)
        state.posts.append(sandbox::Post::make(QStringLiteral("x"), state.nextId(), state.xMe.id,
                                               QStringLiteral("Own post %1").arg(i), state.now()));
    AWAIT(QList<RemotePost>, recent, m_client->recentPosts(210, this, cb));
    VERIFY_OK(recent);
    QCOMPARE(recent.value().size(), 210);
    QCOMPARE(recent.value().first().text, QStringLiteral("Own post 229")); // newest first, across pages
    QCOMPARE(recent.value().last().text, QStringLiteral("Own post 20"));
    // Who we are (once per client), then three pages of 100, 100 and the last 10 — never more than asked for.
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("x")), 4);
}

void XClientTest::publishThread_chainsReplies()
{
    QList<PublishRequest> items(3);
    for (int i = 0; i < 3; ++i)
        items[i].text = QStringLiteral("Thread part %1/3").arg(i + 1);
    AWAIT(ThreadResult, thread, m_client->publishThread(items, this, cb));
    VERIFY_OK(thread);
    QVERIFY(!thread.value().error);
    QCOMPARE(thread.value().posted.size(), 3);
    const auto &posts = m_sandbox->state().posts;
    QCOMPARE(posts.at(posts.size() - 2).replyTo, thread.value().posted.at(0).remoteId);
    QCOMPARE(posts.last().replyTo, thread.value().posted.at(1).remoteId);
}

void XClientTest::publish_duplicateText_isDuplicate()
{
    PublishRequest post;
    post.text = QStringLiteral("Same words twice");
    AWAIT(PublishResult, first, m_client->publish(post, this, cb));
    VERIFY_OK(first);
    AWAIT(PublishResult, second, m_client->publish(post, this, cb));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Kind::Duplicate);
    QCOMPARE(second.error().httpStatus, 403);
    QVERIFY(!second.error().uncertain);
}

void XClientTest::publish_poll_isValidatedAndSent()
{
    PublishRequest poll;
    poll.text = QStringLiteral("Which event should we hold next?");
    poll.pollOptions = {QStringLiteral("Film night"), QStringLiteral("Lecture")};
    poll.pollDurationMinutes = 60 * 24;
    AWAIT(PublishResult, created, m_client->publish(poll, this, cb));
    VERIFY_OK(created);
    poll.text = QStringLiteral("A poll with a quote");
    poll.quoteId = created.value().remoteId;
    AWAIT(PublishResult, refused, m_client->publish(poll, this, cb));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Kind::Invalid);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("x")), 1);
}

void XClientTest::reply_toAuthorWhoDidNotMentionUs_isPermission()
{
    auto &s = m_sandbox->state();
    const auto &stranger = s.makeStranger(QStringLiteral("x"));
    s.posts.append(sandbox::Post::make(QStringLiteral("x"), s.nextId(), stranger.id, QStringLiteral("no mention"),
                                       s.now()));
    const QString target = s.posts.last().id;
    AWAIT(PublishResult, reply, m_client->replyToComment(target, QString(), QStringLiteral("Hello"), this, cb));
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().kind, Kind::Permission);
    QVERIFY(reply.error().platformMessage.contains(QLatin1String("mentioned")));

    m_sandbox->generateIncoming(1); // a mention: replying to it is allowed
    QString mention;
    for (const auto &p : s.posts) {
        if (p.platform == QLatin1String("x") && p.mentionsUs)
            mention = p.id;
    }
    AWAIT(PublishResult, allowed, m_client->replyToComment(mention, QString(), QStringLiteral("Thank you"), this, cb));
    VERIFY_OK(allowed);
}

void XClientTest::deletePost_removesIt_andSecondDeleteIsNotFound()
{
    PublishRequest post;
    post.text = QStringLiteral("To be deleted");
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    AWAIT(bool, deleted, m_client->deletePost(created.value().remoteId, this, cb));
    VERIFY_OK(deleted);
    QVERIFY(deleted.value());
    AWAIT(bool, again, m_client->deletePost(created.value().remoteId, this, cb));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Kind::NotFound);

    // The docs' reading: 204 without a body.
    m_sandbox->state().xDeleteAnswers204 = true;
    post.text = QStringLiteral("To be deleted, answered with 204");
    AWAIT(PublishResult, second, m_client->publish(post, this, cb));
    VERIFY_OK(second);
    AWAIT(bool, deleted204, m_client->deletePost(second.value().remoteId, this, cb));
    VERIFY_OK(deleted204);
    QVERIFY(deleted204.value());
}

void XClientTest::fetchMentions_pagesWithExpansionsAndSinceId()
{
    m_sandbox->generateIncoming(12);
    MentionQuery q;
    q.pageSize = 5;
    QStringList seen;
    QString newest;
    for (int page = 0; page < 10; ++page) {
        AWAIT(MentionPage, got, m_client->fetchMentions(q, this, cb));
        VERIFY_OK(got);
        if (page == 0)
            newest = got.value().newestCursor;
        for (const auto &item : got.value().items) {
            QVERIFY(!item.author.handle.isEmpty()); // from includes.users
            QVERIFY(item.createdAt.isValid());
            seen.append(item.id);
        }
        if (got.value().nextPageToken.isEmpty())
            break;
        q.pageToken = got.value().nextPageToken;
    }
    QCOMPARE(seen.size(), 12);
    QCOMPARE(seen.first(), newest);

    m_sandbox->generateIncoming(2);
    MentionQuery since;
    since.sinceCursor = newest;
    AWAIT(MentionPage, fresh, m_client->fetchMentions(since, this, cb));
    VERIFY_OK(fresh);
    QCOMPARE(fresh.value().items.size(), 2);
}

void XClientTest::fetchAudience_pagesFollowers()
{
    AudienceQuery q;
    q.pageSize = 12;
    int total = 0;
    int pages = 0;
    do {
        AWAIT(AudiencePage, page, m_client->fetchAudience(q, this, cb));
        VERIFY_OK(page);
        total += page.value().users.size();
        ++pages;
        q.pageToken = page.value().nextPageToken;
    } while (!q.pageToken.isEmpty() && pages < 10);
    QCOMPARE(total, 30);
    QCOMPARE(pages, 3);
}

void XClientTest::secondAccount_hasItsOwnIdentityMentionsAndFollowers()
{
    const QString token = m_sandbox->addXAccount(QStringLiteral("Ambassador"), QStringLiteral("Ambassador (EN)"));
    x::XClient second(m_network, m_sandbox->baseUrl());
    second.setAccessToken(token);
    AWAIT(AccountInfo, me, second.whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(me.value().handle, QStringLiteral("Ambassador"));
    QVERIFY(me.value().id != m_sandbox->state().xMe.id);

    m_sandbox->generateIncoming(20);
    AWAIT(MentionPage, mine, second.fetchMentions(MentionQuery{}, this, cb));
    AWAIT(MentionPage, main, m_client->fetchMentions(MentionQuery{}, this, cb));
    VERIFY_OK(mine);
    VERIFY_OK(main);
    QCOMPARE(mine.value().items.size() + main.value().items.size(), 20);
    for (const auto &item : mine.value().items)
        QVERIFY(item.text.contains(QLatin1String("@Ambassador")));

    AWAIT(AudiencePage, followers, second.fetchAudience(AudienceQuery{}, this, cb));
    VERIFY_OK(followers);
    QCOMPARE(qint64(followers.value().users.size()), me.value().followers);
}

void XClientTest::uploadMedia_oneShotImage()
{
    MediaUpload image;
    image.data = QByteArray(2048, 'x');
    image.mimeType = QStringLiteral("image/png");
    AWAIT(QString, id, m_client->uploadMedia(image, this, cb));
    VERIFY_OK(id);
    PublishRequest post;
    post.text = QStringLiteral("With a picture");
    post.mediaIds = {id.value()};
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    QCOMPARE(m_sandbox->state().posts.last().media, QStringList{id.value()});
}

void XClientTest::uploadMedia_chunkedVideo_pollsStatus()
{
    MediaUpload video;
    video.data = QByteArray(2500, 'v');
    video.mimeType = QStringLiteral("video/mp4");
    video.chunkSize = 1000;
    AWAIT(QString, id, m_client->uploadMedia(video, this, cb));
    VERIFY_OK(id);
    const auto media = m_sandbox->state().media.value(id.value());
    QCOMPARE(media.segments.size(), 3);
    QCOMPARE(media.receivedBytes, qint64(2500));
    QVERIFY(media.statusPolls >= 2);
}

void XClientTest::rateLimit429_onRead_waitsForResetAndSucceeds()
{
    Fault f;
    f.kind = Fault::Kind::RateLimit;
    f.platform = QStringLiteral("x");
    f.resetSecs = 1;
    m_sandbox->injectFault(f);
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("x")), 2);
}

void XClientTest::rateLimitHeaders_stopRequestsBeforePlatformRefuses()
{
    m_sandbox->setXRateLimit(QStringLiteral("GET /2/users/me"), 2);
    for (int i = 0; i < 2; ++i) {
        AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
        VERIFY_OK(me);
    }
    // remaining is 0 and the reset is 15 minutes away: the client refuses itself instead of asking.
    AWAIT(AccountInfo, third, m_client->whoAmI(this, cb));
    QVERIFY(!third.ok());
    QCOMPARE(third.error().kind, Kind::RateLimited);
    QVERIFY(third.error().resetAt > QDateTime::currentDateTimeUtc().addSecs(60));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("x")), 2);
}

void XClientTest::serverError_onRead_isRetried()
{
    Fault f;
    f.kind = Fault::Kind::ServerError;
    f.count = 2;
    m_sandbox->injectFault(f);
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("x")), 3);
}

void XClientTest::serverError_onPost_isUncertainAndNotRetried()
{
    Fault f;
    f.kind = Fault::Kind::ServerError;
    f.pathContains = QStringLiteral("/2/tweets");
    m_sandbox->injectFault(f);
    PublishRequest post;
    post.text = QStringLiteral("Maybe posted");
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Kind::Transient);
    QCOMPARE(r.error().httpStatus, 503);
    QVERIFY(r.error().uncertain);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("x")), 1);
}

void XClientTest::droppedConnection_onPost_isUncertain_andReconcilable()
{
    Fault f;
    f.kind = Fault::Kind::Drop;
    f.pathContains = QStringLiteral("/2/tweets");
    m_sandbox->injectFault(f);
    PublishRequest post;
    post.text = QStringLiteral("Delivered but unanswered");
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QVERIFY(r.error().uncertain);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("x")), 1); // never resent
    // The publisher's reconciliation: the post is there.
    AWAIT(QList<RemotePost>, recent, m_client->recentPosts(5, this, cb));
    VERIFY_OK(recent);
    QCOMPARE(recent.value().size(), 1);
    QCOMPARE(recent.value().first().text, post.text);
}

void XClientTest::malformedJson_onRead_isRetried()
{
    Fault f;
    f.kind = Fault::Kind::Malformed;
    m_sandbox->injectFault(f);
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    VERIFY_OK(me);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("x")), 2);
}

void XClientTest::slowAnswer_onPost_timesOutAsUncertain()
{
    Fault f;
    f.kind = Fault::Kind::Slow;
    f.delayMs = 3000;
    m_sandbox->injectFault(f);
    m_client->transport()->config().timeoutMs = 300;
    PublishRequest post;
    post.text = QStringLiteral("Slow one");
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Kind::Transient);
    QVERIFY(r.error().uncertain);
    QVERIFY(!r.error().userMessage().isEmpty());
}

void XClientTest::expiredToken_isAuth()
{
    Fault f;
    f.kind = Fault::Kind::ExpiredToken;
    f.platform = QStringLiteral("x");
    m_sandbox->injectFault(f);
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    QVERIFY(!me.ok());
    QCOMPARE(me.error().kind, Kind::Auth);
    QCOMPARE(me.error().httpStatus, 401);
}

void XClientTest::revokedToken_isAuth()
{
    Fault f;
    f.kind = Fault::Kind::RevokedToken;
    m_sandbox->injectFault(f);
    MentionQuery q;
    AWAIT(MentionPage, page, m_client->fetchMentions(q, this, cb));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Kind::Auth);
}

void XClientTest::duplicateFault_isDuplicate()
{
    Fault f;
    f.kind = Fault::Kind::Duplicate;
    m_sandbox->injectFault(f);
    PublishRequest post;
    post.text = QStringLiteral("Fresh words");
    AWAIT(PublishResult, r, m_client->publish(post, this, cb));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Kind::Duplicate);
}

void XClientTest::expiredToken_withRenewal_renewsOnceAndResends()
{
    Fault f;
    f.kind = Fault::Kind::ExpiredToken;
    m_sandbox->injectFault(f);
    int renewals = 0;
    m_client->transport()->config().renewAuth = [&](std::function<void(bool)> done) {
        ++renewals;
        // What the workspace wires in: XTokenRotation::refresh, then setAccessToken with the new token.
        QTimer::singleShot(50, this, [this, done] {
            auto &s = m_sandbox->state();
            m_client->setAccessToken(s.newToken(QStringLiteral("x"), QStringLiteral("access"), s.xMe.id, 7200));
            done(true);
        });
    };
    int answered = 0;
    bool allOk = true;
    for (int i = 0; i < 3; ++i) {
        m_client->whoAmI(this, [&](const Result<AccountInfo> &r) {
            ++answered;
            allOk = allOk && r.ok();
        });
    }
    PublishRequest post;
    post.text = QStringLiteral("Sent again after the token was renewed");
    AWAIT(PublishResult, created, m_client->publish(post, this, cb));
    VERIFY_OK(created);
    QTRY_COMPARE(answered, 3);
    QVERIFY(allOk);
    QCOMPARE(renewals, 1);
    int posted = 0;
    for (const auto &p : m_sandbox->state().posts)
        posted += p.text == post.text ? 1 : 0;
    QCOMPARE(posted, 1);
}

void XClientTest::expiredToken_renewalFails_isAuth()
{
    Fault f;
    f.kind = Fault::Kind::RevokedToken;
    m_sandbox->injectFault(f);
    m_client->transport()->config().renewAuth = [](std::function<void(bool)> done) { done(false); };
    AWAIT(AccountInfo, me, m_client->whoAmI(this, cb));
    QVERIFY(!me.ok());
    QCOMPARE(me.error().kind, Kind::Auth);
}

void XClientTest::cancel_neverCallsBack()
{
    Fault f;
    f.kind = Fault::Kind::Slow;
    f.delayMs = 500;
    m_sandbox->injectFault(f);
    bool called = false;
    CallHandle h = m_client->whoAmI(this, [&](const Result<AccountInfo> &) { called = true; });
    QVERIFY(h.isRunning());
    h.cancel();
    QVERIFY(!h.isRunning());
    QTest::qWait(800);
    QVERIFY(!called);
}

void XClientTest::destroyedContext_neverCallsBack()
{
    bool called = false;
    auto *context = new QObject;
    m_client->whoAmI(context, [&](const Result<AccountInfo> &) { called = true; });
    delete context;
    QTest::qWait(300);
    QVERIFY(!called);
}

void XClientTest::destroyedClient_abortsQuietly()
{
    Fault f;
    f.kind = Fault::Kind::Slow;
    f.delayMs = 300;
    m_sandbox->injectFault(f);
    bool called = false;
    m_client->whoAmI(this, [&](const Result<AccountInfo> &) { called = true; });
    QTest::qWait(50);
    delete m_client;
    m_client = nullptr;
    QTest::qWait(500);
    QVERIFY(!called);
}

void XClientTest::plainHttpBaseUrl_isRefusedWithoutSending()
{
    x::XClient remote(m_network, QUrl(QStringLiteral("http://api.example.com")));
    AWAIT(AccountInfo, me, remote.whoAmI(this, cb));
    QVERIFY(!me.ok());
    QCOMPARE(me.error().kind, Kind::Invalid);
    QVERIFY(me.error().platformMessage.contains(QLatin1String("https://")));
}

QTEST_GUILESS_MAIN(XClientTest)
#include "tst_xclient.moc"
