// Answering an inbox item without any widget (inbox::ReplyService), once per engine (SQLite; PostgreSQL when
// ATTACHE_TEST_PG names a server): the post and its variant answering the item, straight out or to
// verification, the item's status and history; X's rule; and the item's first reply, recorded when — and only
// when — the reply is published (store::PostRepository::recordPublished), by whoever wrote it, with the
// response times following. Last, a Weibo comment answered headless through the publisher and the sandbox, as
// `attachectl publish` would.
#include "compose/publisher.h"
#include "inbox/replyservice.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "platforms/weibo/weiboclient.h"
#include "store/accountrepository.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/mentionrepository.h"
#include "store/postrepository.h"
#include "store/settingsrepository.h"
#include "support/clientmap.h"
#include "support/storefixture.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

using domain::MentionStatus;
using domain::VariantState;

namespace {

const QDateTime kArrived(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

template <typename T> QByteArray why(const store::Result<T> &result)
{
    return result ? QByteArray()
                  : (result.error().message + QStringLiteral(" / ") + result.error().detail).toUtf8();
}

} // namespace

class ReplyServiceTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void initTestCase_data();
    void init();
    void cleanup();

    void send_straightOut_dueNow_itemRepliedAndAudited();
    void send_byItemId_sameAsWithTheItem();
    void send_needsVerification_waitsInReview();
    void send_refused_storesNothing();
    void firstReply_recordedWhenPublished_byTheAuthor_once();
    void firstReply_notForAReplyInReviewOrFailed();
    void firstReply_onlyTheItemOnThatPlatform();
    void weiboComment_answeredThroughThePublisher_once();

private:
    domain::Mention addMention(qint64 account, const QString &remoteId, bool mentionsUs = true,
                               const QString &conversation = {});
    domain::Mention mention(qint64 id) const;
    // Moves a scheduled variant on as the publisher does: claimed, then recorded as published at `at`.
    void publish(qint64 variantId, const QDateTime &at);
    QList<domain::AuditEntry> history(qint64 mentionId) const;
    int postCount() const;

    std::unique_ptr<testsupport::FreshDatabase> m_fixture;
    store::Database *m_db = nullptr;
};

void ReplyServiceTest::initTestCase_data()
{
    testsupport::addEngineRows();
}

void ReplyServiceTest::init()
{
    testsupport::openFreshDatabase(m_fixture, m_db, /*checkSchema=*/true);
}

void ReplyServiceTest::cleanup()
{
    testsupport::closeFreshDatabase(m_fixture, m_db);
}

domain::Mention ReplyServiceTest::addMention(qint64 account, const QString &remoteId, bool mentionsUs,
                                             const QString &conversation)
{
    domain::Mention m;
    m.accountId = account;
    m.remoteId = remoteId;
    m.conversationId = conversation.isEmpty() ? QStringLiteral("c-") + remoteId : conversation;
    m.authorHandle = QStringLiteral("@reader");
    m.authorName = QStringLiteral("Reader");
    m.text = QStringLiteral("When is the consulate open? ") + remoteId;
    m.language = QStringLiteral("en");
    m.stance = domain::Stance::Question;
    m.mentionsUs = mentionsUs;
    m.createdAt = kArrived;
    if (const auto n = store::MentionRepository(*m_db).insert({m}); !n || *n != 1)
        return {};
    store::MentionQuery all;
    all.order = store::MentionOrder::Newest;
    const auto page = store::MentionRepository(*m_db).page(all, 0, 100);
    for (const auto &stored : *page) {
        if (stored.remoteId == remoteId)
            return stored;
    }
    return {};
}

domain::Mention ReplyServiceTest::mention(qint64 id) const
{
    const auto found = store::MentionRepository(*m_db).find(id);
    return found ? *found : domain::Mention{};
}

void ReplyServiceTest::publish(qint64 variantId, const QDateTime &at)
{
    store::PostRepository posts(*m_db);
    QVERIFY(posts.transition(variantId, VariantState::Publishing, QStringLiteral("publisher")));
    const auto s = posts.recordPublished(variantId, QStringLiteral("r-%1").arg(variantId),
                                         QStringLiteral("publisher"), at);
    QVERIFY2(s, why(s).constData());
}

QList<domain::AuditEntry> ReplyServiceTest::history(qint64 mentionId) const
{
    const auto entries = store::AuditLog(*m_db).forEntity(QStringLiteral("mention"), mentionId);
    return entries ? *entries : QList<domain::AuditEntry>{};
}

int ReplyServiceTest::postCount() const
{
    const auto all = store::PostRepository(*m_db).all();
    return all ? int(all->size()) : -1;
}

void ReplyServiceTest::send_straightOut_dueNow_itemRepliedAndAudited()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@embassy"));
    const domain::Mention item = addMention(x, QStringLiteral("1001"));
    QVERIFY(item.id);
    inbox::ReplyService service(*m_db, QStringLiteral("olga"));
    QVERIFY(!service.repliesNeedReview());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto sent =
        service.send(item, *store::AccountRepository(*m_db).find(x), QStringLiteral("From nine."));
    QVERIFY2(sent, why(sent).constData());
    QVERIFY(!sent->inReview);

    const auto post = store::PostRepository(*m_db).find(sent->postId);
    QVERIFY(post);
    QCOMPARE(post->createdBy, QStringLiteral("olga"));
    QVERIFY(post->title.contains(item.authorHandle));
    QCOMPARE(post->variants.size(), 1);
    const domain::Variant &v = post->variants.first();
    QCOMPARE(v.id, sent->variantId);
    QCOMPARE(v.accountId, x);
    QCOMPARE(v.replyToRemoteId, item.remoteId);
    QCOMPARE(v.text, QStringLiteral("From nine."));
    QCOMPARE(v.language, QStringLiteral("en"));
    QCOMPARE(v.state, VariantState::Scheduled);
    QVERIFY(v.scheduledAt.isValid());
    QVERIFY(v.scheduledAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(v.scheduledAt >= before.addSecs(-1));
    // Due now: the publisher's next round takes it.
    const auto due = store::PostRepository(*m_db).dueVariants(QDateTime::currentDateTimeUtc().addSecs(1), 10);
    QVERIFY(due);
    QCOMPARE(due->size(), 1);

    // The item is Replied; its history says who answered and with which variant; no first reply yet.
    const domain::Mention after = mention(item.id);
    QCOMPARE(after.status, MentionStatus::Replied);
    QVERIFY(!after.firstReplyAt.isValid());
    bool replyLine = false;
    for (const auto &e : history(item.id)) {
        if (e.action == QLatin1String("reply")) {
            replyLine = true;
            QCOMPARE(e.actor, QStringLiteral("olga"));
            QCOMPARE(e.reason, QString::number(sent->variantId));
        }
    }
    QVERIFY(replyLine);
    // The variant's own steps are audited too (review, approval, schedule).
    const auto steps = store::AuditLog(*m_db).forEntity(QStringLiteral("variant"), sent->variantId);
    QVERIFY(steps);
    QVERIFY(steps->size() >= 3);
}

void ReplyServiceTest::send_byItemId_sameAsWithTheItem()
{
    const qint64 weibo =
        testsupport::addAccount(*m_db, domain::Platform::Weibo, QStringLiteral("embassy-weibo"), QStringLiteral("zh"));
    domain::Mention item = addMention(weibo, QStringLiteral("5001"));
    QVERIFY(item.id);
    const auto sent =
        inbox::ReplyService(*m_db, QStringLiteral("li")).send(item.id, QStringLiteral("九点开门。"));
    QVERIFY2(sent, why(sent).constData());
    const auto v = store::PostRepository(*m_db).variant(sent->variantId);
    QCOMPARE(v->accountId, weibo);
    QCOMPARE(v->replyToRemoteId, item.remoteId);
    QCOMPARE(v->language,
             QStringLiteral("zh")); // an English item on a Chinese account: the account's language
    QCOMPARE(mention(item.id).status, MentionStatus::Replied);
    // An unknown item: refused.
    QVERIFY(!inbox::ReplyService(*m_db, QStringLiteral("li")).send(item.id + 1000, QStringLiteral("?")));
}

void ReplyServiceTest::send_needsVerification_waitsInReview()
{
    QVERIFY(store::SettingsRepository(*m_db).setValue(
        QString::fromLatin1(inbox::ReplyService::kNeedsReviewSetting), QStringLiteral("1")));
    const qint64 fb = testsupport::addAccount(*m_db, domain::Platform::Facebook, QStringLiteral("embassy-page"));
    const domain::Mention item = addMention(fb, QStringLiteral("10_20"));
    inbox::ReplyService service(*m_db, QStringLiteral("olga"));
    QVERIFY(service.repliesNeedReview());
    const auto sent = service.send(item, *store::AccountRepository(*m_db).find(fb), QStringLiteral("Yes."));
    QVERIFY2(sent, why(sent).constData());
    QVERIFY(sent->inReview);
    const auto v = store::PostRepository(*m_db).variant(sent->variantId);
    QCOMPARE(v->state, VariantState::InReview);
    QVERIFY(!v->scheduledAt.isValid());
    QCOMPARE(
        store::PostRepository(*m_db).dueVariants(QDateTime::currentDateTimeUtc().addSecs(60), 10)->size(), 0);
    QCOMPARE(mention(item.id).status, MentionStatus::Replied);
    QVERIFY(!mention(item.id).firstReplyAt.isValid());
}

void ReplyServiceTest::send_refused_storesNothing()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@embassy"));
    const domain::Account account = *store::AccountRepository(*m_db).find(x);
    const domain::Mention notToUs = addMention(x, QStringLiteral("2001"), /*mentionsUs=*/false);
    const domain::Mention toUs = addMention(x, QStringLiteral("2002"));
    inbox::ReplyService service(*m_db, QStringLiteral("olga"));
    // X's rule: the author neither mentioned nor quoted us.
    QVERIFY(!inbox::ReplyService::refusal(notToUs, account).isEmpty());
    QVERIFY(inbox::ReplyService::refusal(notToUs, account).contains(notToUs.authorHandle));
    QVERIFY(inbox::ReplyService::refusal(toUs, account).isEmpty());
    const auto refused = service.send(notToUs, account, QStringLiteral("Anything"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, inbox::ReplyService::refusal(notToUs, account));
    // Nothing to say.
    QVERIFY(!service.send(toUs, account, QStringLiteral("  \n ")));
    QCOMPARE(postCount(), 0);
    QCOMPARE(mention(notToUs.id).status, MentionStatus::New);
    QCOMPARE(mention(toUs.id).status, MentionStatus::New);
    QVERIFY(history(toUs.id).isEmpty());

    // Weibo: a comment (on one of our posts, its conversation) may be answered; a post mentioning us (no
    // conversation of its own, or itself) is refused before anything is stored, not failed by the platform.
    const qint64 weibo =
        testsupport::addAccount(*m_db, domain::Platform::Weibo, QStringLiteral("embassy-weibo"), QStringLiteral("zh"));
    const domain::Account onWeibo = *store::AccountRepository(*m_db).find(weibo);
    const domain::Mention comment = addMention(weibo, QStringLiteral("6001"), true, QStringLiteral("6000"));
    const domain::Mention post = addMention(weibo, QStringLiteral("6002"), true, QStringLiteral("6002"));
    domain::Mention fetchedPost = addMention(weibo, QStringLiteral("6003"));
    fetchedPost.conversationId.clear();
    QVERIFY(inbox::ReplyService::refusal(comment, onWeibo).isEmpty());
    QVERIFY(inbox::ReplyService::refusal(post, onWeibo).contains(post.authorHandle));
    QVERIFY(!inbox::ReplyService::refusal(fetchedPost, onWeibo).isEmpty());
    QVERIFY(!service.send(post, onWeibo, QStringLiteral("好。")));
    QCOMPARE(postCount(), 0);
    QCOMPARE(mention(post.id).status, MentionStatus::New);
}

void ReplyServiceTest::firstReply_recordedWhenPublished_byTheAuthor_once()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@embassy"));
    const domain::Account account = *store::AccountRepository(*m_db).find(x);
    const domain::Mention item = addMention(x, QStringLiteral("3001"));
    const domain::Mention other = addMention(x, QStringLiteral("3002"));
    const auto first =
        inbox::ReplyService(*m_db, QStringLiteral("olga")).send(item, account, QStringLiteral("One."));
    QVERIFY2(first, why(first).constData());
    QVERIFY(!mention(item.id).firstReplyAt.isValid()); // written, not out

    // Out 17 minutes after the item arrived (the publisher's clock): the first reply, credited to the author,
    // not to the publisher that recorded it.
    const QDateTime out = kArrived.addSecs(17 * 60);
    publish(first->variantId, out);
    QCOMPARE(mention(item.id).firstReplyAt, out);
    QCOMPARE(mention(item.id).firstReplyBy, QStringLiteral("olga"));
    QVERIFY(!mention(other.id).firstReplyAt.isValid());
    bool audited = false;
    for (const auto &e : history(item.id))
        audited = audited || (e.action == QLatin1String("first_reply") && e.actor == QLatin1String("olga"));
    QVERIFY(audited);

    // A colleague's later reply to the same item leaves the first one as it was.
    const auto second =
        inbox::ReplyService(*m_db, QStringLiteral("boris")).send(item, account, QStringLiteral("Two."));
    QVERIFY2(second, why(second).constData());
    publish(second->variantId, out.addSecs(3600));
    QCOMPARE(mention(item.id).firstReplyAt, out);
    QCOMPARE(mention(item.id).firstReplyBy, QStringLiteral("olga"));

    // Boris answers the other item 45 minutes after it arrived: the response times follow.
    const auto third =
        inbox::ReplyService(*m_db, QStringLiteral("boris")).send(other, account, QStringLiteral("Three."));
    QVERIFY2(third, why(third).constData());
    publish(third->variantId, kArrived.addSecs(45 * 60));
    const auto times = store::MentionRepository(*m_db).responseTimes(kArrived, kArrived.addDays(1));
    QVERIFY2(times, why(times).constData());
    QCOMPARE(times->size(), 3); // the team, then boris and olga
    QCOMPARE(times->at(0).person, QString());
    QCOMPARE(times->at(0).count, 2);
    QCOMPARE(times->at(0).meanMs, qint64(31 * 60 * 1000));
    QCOMPARE(times->at(1).person, QStringLiteral("boris"));
    QCOMPARE(times->at(1).count, 1);
    QCOMPARE(times->at(1).medianMs, qint64(45 * 60 * 1000));
    QCOMPARE(times->at(2).person, QStringLiteral("olga"));
    QCOMPARE(times->at(2).medianMs, qint64(17 * 60 * 1000));

    // A post of its own (no item answered) records no reply anywhere.
    domain::Post own;
    own.title = QStringLiteral("Statement");
    own.createdBy = QStringLiteral("olga");
    own.variants << domain::Variant{};
    own.variants[0].accountId = x;
    own.variants[0].language = QStringLiteral("en");
    own.variants[0].text = QStringLiteral("Statement.");
    store::PostRepository posts(*m_db);
    const auto ownId = posts.create(own, QStringLiteral("olga"));
    QVERIFY(ownId);
    const qint64 ownVariant = posts.find(*ownId)->variants.first().id;
    QVERIFY(posts.transition(ownVariant, VariantState::InReview, QStringLiteral("olga")));
    QVERIFY(posts.transition(ownVariant, VariantState::Approved, QStringLiteral("olga")));
    QVERIFY(posts.schedule(ownVariant, kArrived, QStringLiteral("olga")));
    publish(ownVariant, kArrived.addSecs(60));
    QCOMPARE(store::MentionRepository(*m_db).responseTimes(kArrived, kArrived.addDays(1))->at(0).count, 2);
}

void ReplyServiceTest::firstReply_notForAReplyInReviewOrFailed()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@embassy"));
    const domain::Account account = *store::AccountRepository(*m_db).find(x);
    const domain::Mention item = addMention(x, QStringLiteral("4001"));
    store::PostRepository posts(*m_db);

    // Refused by the platform: nothing recorded.
    const auto failing =
        inbox::ReplyService(*m_db, QStringLiteral("olga")).send(item, account, QStringLiteral("A."));
    QVERIFY2(failing, why(failing).constData());
    QVERIFY(posts.transition(failing->variantId, VariantState::Publishing, QStringLiteral("publisher")));
    QVERIFY(posts.transition(failing->variantId, VariantState::Failed, QStringLiteral("publisher"),
                             QStringLiteral("Duplicate content")));
    QVERIFY(!mention(item.id).firstReplyAt.isValid());

    // Waiting for verification: nothing recorded.
    QVERIFY(store::SettingsRepository(*m_db).setValue(
        QString::fromLatin1(inbox::ReplyService::kNeedsReviewSetting), QStringLiteral("1")));
    const auto waiting =
        inbox::ReplyService(*m_db, QStringLiteral("boris")).send(item, account, QStringLiteral("B."));
    QVERIFY2(waiting, why(waiting).constData());
    QVERIFY(waiting->inReview);
    QVERIFY(!mention(item.id).firstReplyAt.isValid());

    // Verified by a colleague and published: now it is the first reply, by the one who wrote it.
    QVERIFY(posts.transition(waiting->variantId, VariantState::Approved, QStringLiteral("chief")));
    QVERIFY(posts.schedule(waiting->variantId, kArrived, QStringLiteral("chief")));
    publish(waiting->variantId, kArrived.addSecs(5 * 60));
    QCOMPARE(mention(item.id).firstReplyAt, kArrived.addSecs(5 * 60));
    QCOMPARE(mention(item.id).firstReplyBy, QStringLiteral("boris"));
}

void ReplyServiceTest::firstReply_onlyTheItemOnThatPlatform()
{
    // The same remote id on two platforms: only the item on the replying account's platform is answered.
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@embassy"));
    const qint64 weibo = testsupport::addAccount(*m_db, domain::Platform::Weibo, QStringLiteral("embassy-weibo"));
    const domain::Mention onX = addMention(x, QStringLiteral("777"));
    const domain::Mention onWeibo = addMention(weibo, QStringLiteral("777"));
    QVERIFY(onX.id && onWeibo.id);
    const auto sent =
        inbox::ReplyService(*m_db, QStringLiteral("li"))
            .send(onWeibo, *store::AccountRepository(*m_db).find(weibo), QStringLiteral("好。"));
    QVERIFY2(sent, why(sent).constData());
    publish(sent->variantId, kArrived.addSecs(60));
    QCOMPARE(mention(onWeibo.id).firstReplyAt, kArrived.addSecs(60));
    QVERIFY(!mention(onX.id).firstReplyAt.isValid());
    // A reply to something the inbox does not hold is published all the same.
    domain::Variant stray;
    stray.accountId = x;
    stray.language = QStringLiteral("en");
    stray.text = QStringLiteral("Stray.");
    stray.replyToRemoteId = QStringLiteral("999999");
    domain::Post post;
    post.title = QStringLiteral("Reply");
    post.createdBy = QStringLiteral("li");
    post.variants << stray;
    store::PostRepository posts(*m_db);
    const auto id = posts.create(post, QStringLiteral("li"));
    QVERIFY(id);
    const qint64 variant = posts.find(*id)->variants.first().id;
    QVERIFY(posts.transition(variant, VariantState::InReview, QStringLiteral("li")));
    QVERIFY(posts.transition(variant, VariantState::Approved, QStringLiteral("li")));
    QVERIFY(posts.schedule(variant, kArrived, QStringLiteral("li")));
    publish(variant, kArrived.addSecs(90));
    QCOMPARE(posts.variant(variant)->state, VariantState::Published);
}

void ReplyServiceTest::weiboComment_answeredThroughThePublisher_once()
{
    platforms::sandbox::Sandbox sandbox(3);
    QVERIFY(sandbox.start());
    QNetworkAccessManager network;
    platforms::weibo::WeiboClient client(&network, sandbox.baseUrl());
    client.setAccessToken(platforms::sandbox::State::weiboToken());
    client.setSafeDomain(QStringLiteral("embassy.example"));
    const qint64 weibo =
        testsupport::addAccount(*m_db, domain::Platform::Weibo, QStringLiteral("embassy-weibo"), QStringLiteral("zh"));
    testsupport::ClientMap clients;
    clients.byAccount.insert(weibo, &client);

    // Our status on Weibo, a reader's comment on it, and the comment in the inbox (on the status).
    auto &state = sandbox.state();
    const auto status =
        platforms::sandbox::Post::make(QStringLiteral("weibo"), state.nextId(), state.weiboMe.id,
                                       QStringLiteral("使馆开放日"), state.now().addDays(-1));
    state.posts.append(status);
    const auto &reader = state.makeStranger(QStringLiteral("weibo"));
    const platforms::sandbox::Comment question{QStringLiteral("weibo"),
                                               state.nextId(),
                                               status.id,
                                               {},
                                               reader.id,
                                               QStringLiteral("签证处几点开门？"),
                                               state.now().addSecs(-600),
                                               false};
    state.comments.append(question);
    const domain::Mention item = addMention(weibo, question.id, true, status.id);
    QVERIFY(item.id);

    const auto sent =
        inbox::ReplyService(*m_db, QStringLiteral("li"))
            .send(item, *store::AccountRepository(*m_db).find(weibo), QStringLiteral("上午九点。"));
    QVERIFY2(sent, why(sent).constData());
    compose::Publisher publisher(*m_db, clients, QStringLiteral("test"));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    for (int round = 0; round < 3; ++round) {
        QVERIFY(publisher.tick());
        QTRY_VERIFY_WITH_TIMEOUT(publisher.isIdle(), 10000);
    }
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const auto v = store::PostRepository(*m_db).variant(sent->variantId);
    QVERIFY2(v->state == VariantState::Published, qPrintable(v->failureReason));
    int replies = 0;
    for (const auto &c : std::as_const(state.comments)) {
        if (c.text == QStringLiteral("上午九点。")) {
            ++replies;
            QCOMPARE(c.parentId, question.id);
            QCOMPARE(c.postId, status.id);
            QCOMPARE(c.authorId, state.weiboMe.id);
            QCOMPARE(c.id, v->remoteId);
        }
    }
    QCOMPARE(replies, 1);
    const domain::Mention answered = mention(item.id);
    QCOMPARE(answered.status, MentionStatus::Replied);
    QCOMPARE(answered.firstReplyBy, QStringLiteral("li"));
    QVERIFY(answered.firstReplyAt >= before.addMSecs(-1));
    QVERIFY(answered.firstReplyAt <= after);
}

QTEST_GUILESS_MAIN(ReplyServiceTest)
#include "tst_replyservice.moc"
