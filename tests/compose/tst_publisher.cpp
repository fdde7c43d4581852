#include "compose/clientprovider.h"
#include "compose/publisher.h"
#include "compose/publishlease.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "platforms/transport.h"
#include "platforms/facebook/facebookclient.h"
#include "platforms/weibo/weiboclient.h"
#include "platforms/x/xclient.h"
#include "compose/mediarules.h"
#include "store/attachmentrepository.h"
#include "store/mentionrepository.h"
#include "store/variantpartrepository.h"
#include "text/threadsplitter.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using domain::VariantState;
using platforms::sandbox::Fault;

namespace {
// Gives the publisher clients pointed at the sandbox: the account's own when set, else the X client.
class SandboxClients final : public compose::ClientProvider
{
public:
    platforms::PlatformClient *client(qint64 accountId, QString *whyNot) override
    {
        platforms::PlatformClient *c = byAccount.value(accountId, xClient);
        if (!c && whyNot)
            *whyNot = QStringLiteral("not signed in");
        return c;
    }
    platforms::PlatformClient *xClient = nullptr;
    QHash<qint64, platforms::PlatformClient *> byAccount;
};

// The smallest PNG there is (1 × 1), recognised by its content.
QByteArray tinyPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

// A text of about three posts, in sentences.
QString longText(const QString &seed)
{
    QString text;
    for (int i = 1; text.size() < 700; ++i)
        text += QStringLiteral("%1 sentence %2 of a statement on the consular hours over the holidays. ").arg(seed).arg(i);
    return text.trimmed();
}

// Records part `index` of a thread as sent with `remoteId`, through the states the publisher moves it
// through.
bool recordSent(store::VariantPartRepository &parts, qint64 variantId, int index, const QString &remoteId)
{
    using A = domain::VariantPart::Attempt;
    return parts.move(variantId, index, A::Pending, A::Sending) &&
           parts.move(variantId, index, A::Sending, A::Sent, remoteId);
}
} // namespace

// The publisher against the sandbox: each due variant goes out exactly once, whatever the platform does.
class PublisherTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void dueVariant_isPublishedOnce_andRecorded();
    void futureVariant_waits();
    void droppedConnection_isReconciled_notResent();
    void serverErrorBeforeCarryingOut_isRetried_once();
    void interruptedAttempt_alreadyOnPlatform_isRecorded_notResent();
    void interruptedAttempt_notOnPlatform_isSentAgain();
    void expiredToken_failsWithReasonOnTheVariant();
    void noClient_waitsThenFailsWithReason();
    void lease_keepsASecondPublisherOut();
    void xReply_answersTheMention();
    void facebookReply_isACommentOnTheComment();
    void weiboReply_namesCommentAndPost();
    void thread_goesOutAsReplyChain_eachPartOnce();
    void thread_droppedConnectionMidway_isReconciled_noDuplicate();
    void thread_interruptedMidway_resumesAtNextPart();
    void thread_permanentRefusalMidway_failsAndKeepsWhatWentOut();
    void facebookOnPlatform_isHandedOverAtOnce_withItsTime();
    void facebookOnPlatform_droppedAnswer_isFoundAmongScheduledPosts();
    void xMedia_uploadedThenAttached_retryDoesNotUploadAgain();
    void facebookMedia_unpublishedPhotoThenAttached();
    void weiboMedia_sentWithThePost();
    void invalidMedia_failsBeforeAnythingIsSent();

private:
    qint64 scheduleVariant(const QString &text, const QDateTime &at);
    qint64 scheduleVariant(const domain::Variant &variant, const QDateTime &at, bool onPlatform = false);
    qint64 addAccount(domain::Platform platform, const QString &handle, const QString &displayName = {});
    qint64 addFacebookPage();
    qint64 addWeiboAccount();
    domain::Variant variant(qint64 account, const QString &text,
                            const QString &language = QStringLiteral("en"));
    domain::Variant threadVariant(const QString &seed);
    void injectFault(Fault::Kind kind, const QString &platform, const QString &pathContains = {});
    QString publishByHand(const QString &text, const QString &replyToId = {});
    QList<const platforms::sandbox::Post *> threadOnSandbox(const QString &firstId) const;
    QString writeFile(const QString &name, const QByteArray &data);
    void attach(qint64 variantId, const QString &path);
    int postsOnSandboxWith(const QString &text) const;
    void runUntilIdle(compose::Publisher &publisher, int rounds = 6);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<workspace::Workspace> m_ws;
    platforms::sandbox::Sandbox *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    platforms::x::XClient *m_client = nullptr;
    // Clients of the accounts a test adds on the other platforms (addFacebookPage, addWeiboAccount).
    std::unique_ptr<platforms::facebook::FacebookClient> m_facebook;
    std::unique_ptr<platforms::weibo::WeiboClient> m_weibo;
    SandboxClients m_clients;
    qint64 m_account = 0;
};

void PublisherTest::init()
{
    m_dir = new QTemporaryDir;
    store::Database::OpenError error;
    m_ws = workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.attache")), {}, &error);
    QVERIFY2(m_ws, qPrintable(error.error.message));
    m_account = addAccount(domain::Platform::X, QStringLiteral("@embassy"), QStringLiteral("Embassy"));
    QVERIFY(m_account);

    m_sandbox = new platforms::sandbox::Sandbox(3, this);
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    m_client = new platforms::x::XClient(m_network, m_sandbox->baseUrl(), this);
    m_client->setAccessToken(platforms::sandbox::State::xToken());
    auto &c = m_client->transport()->config();
    c.timeoutMs = 1500;
    c.backoffBaseMs = 10;
    c.backoffMaxMs = 50;
    m_clients.xClient = m_client;
}

void PublisherTest::cleanup()
{
    m_clients.byAccount.clear();
    m_facebook.reset();
    m_weibo.reset();
    delete m_client;
    delete m_network;
    delete m_sandbox;
    m_ws.reset();
    delete m_dir;
}

qint64 PublisherTest::scheduleVariant(const QString &text, const QDateTime &at)
{
    return scheduleVariant(variant(m_account, text), at);
}

qint64 PublisherTest::addAccount(domain::Platform platform, const QString &handle, const QString &displayName)
{
    domain::Account account;
    account.platform = platform;
    account.handle = handle;
    account.displayName = displayName.isEmpty() ? handle : displayName;
    account.language = QStringLiteral("en");
    account.timeZone = QStringLiteral("Europe/London");
    const auto id = m_ws->accounts().add(account);
    return id ? *id : 0;
}

// The embassy's Facebook page, its client signed in to the sandbox's page.
qint64 PublisherTest::addFacebookPage()
{
    const qint64 page = addAccount(domain::Platform::Facebook, QStringLiteral("embassy-page"));
    m_facebook = std::make_unique<platforms::facebook::FacebookClient>(m_network, m_sandbox->baseUrl());
    m_facebook->setPageId(m_sandbox->state().fbPageId);
    m_facebook->setAccessToken(platforms::sandbox::State::fbPageToken());
    m_clients.byAccount.insert(page, m_facebook.get());
    return page;
}

// The embassy's Weibo account, its client signed in to the sandbox with the embassy's safe domain.
qint64 PublisherTest::addWeiboAccount()
{
    const qint64 weibo = addAccount(domain::Platform::Weibo, QStringLiteral("embassy-weibo"));
    m_weibo = std::make_unique<platforms::weibo::WeiboClient>(m_network, m_sandbox->baseUrl());
    m_weibo->setAccessToken(platforms::sandbox::State::weiboToken());
    m_weibo->setSafeDomain(QStringLiteral("embassy.example"));
    m_clients.byAccount.insert(weibo, m_weibo.get());
    return weibo;
}

domain::Variant PublisherTest::variant(qint64 account, const QString &text, const QString &language)
{
    domain::Variant v;
    v.accountId = account;
    v.language = language;
    v.text = text;
    return v;
}

// An X variant of about three posts that goes out as a thread.
domain::Variant PublisherTest::threadVariant(const QString &seed)
{
    domain::Variant v = variant(m_account, longText(seed));
    v.asThread = true;
    return v;
}

// The next request of `platform` whose path contains `pathContains` (any, when empty) meets `kind`.
void PublisherTest::injectFault(Fault::Kind kind, const QString &platform, const QString &pathContains)
{
    Fault fault;
    fault.kind = kind;
    fault.platform = platform;
    fault.pathContains = pathContains;
    m_sandbox->injectFault(fault);
}

// Posts on X by hand, as an earlier publisher did; the post's id, or empty when it did not go out.
QString PublisherTest::publishByHand(const QString &text, const QString &replyToId)
{
    platforms::PublishRequest request;
    request.text = text;
    request.replyToId = replyToId;
    bool answered = false;
    QString id;
    m_client->publish(request, this, [&](const auto &r) {
        answered = true;
        if (r.ok())
            id = r.value().remoteId;
    });
    if (!QTest::qWaitFor([&] { return answered; }))
        return {};
    return id;
}

// Our posts on X from firstId on, following the reply chain.
QList<const platforms::sandbox::Post *> PublisherTest::threadOnSandbox(const QString &firstId) const
{
    QList<const platforms::sandbox::Post *> chain;
    QString want = firstId;
    for (bool found = true; found;) {
        found = false;
        for (const auto &p : m_sandbox->state().posts) {
            if (p.platform == QLatin1String("x") &&
                (chain.isEmpty() ? p.id == want : p.replyTo == want)) {
                chain.append(&p);
                want = p.id;
                found = true;
                break;
            }
        }
    }
    return chain;
}

qint64 PublisherTest::scheduleVariant(const domain::Variant &v, const QDateTime &at, bool onPlatform)
{
    domain::Post post;
    post.title = v.text.left(20);
    post.variants << v;
    auto &posts = m_ws->posts();
    const qint64 postId = *posts.create(post, QStringLiteral("attache"));
    const qint64 id = posts.find(postId)->variants.first().id;
    if (!posts.transition(id, VariantState::InReview, QStringLiteral("attache")) ||
        !posts.transition(id, VariantState::Approved, QStringLiteral("reviewer")) ||
        !posts.schedule(id, at, QStringLiteral("attache"), onPlatform))
        return 0;
    return id;
}

int PublisherTest::postsOnSandboxWith(const QString &text) const
{
    int n = 0;
    for (const auto &p : m_sandbox->state().posts)
        n += p.platform == QLatin1String("x") && p.text == text;
    return n;
}

void PublisherTest::runUntilIdle(compose::Publisher &publisher, int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        QVERIFY(publisher.tick());
        QTRY_VERIFY_WITH_TIMEOUT(publisher.isIdle(), 10000);
    }
}

void PublisherTest::dueVariant_isPublishedOnce_andRecorded()
{
    const QString text = QStringLiteral("Year of Language and Literature opens tonight");
    const qint64 id = scheduleVariant(text, QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(id);
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    QSignalSpy published(&publisher, &compose::Publisher::published);
    runUntilIdle(publisher);
    QCOMPARE(published.size(), 1);
    const auto v = m_ws->posts().variant(id);
    QCOMPARE(v->state, VariantState::Published);
    QVERIFY(!v->remoteId.isEmpty());
    QCOMPARE(postsOnSandboxWith(text), 1);
    const auto audit = m_ws->posts().auditLog().forEntity(QStringLiteral("variant"), id);
    QCOMPARE(audit->last().toState, QStringLiteral("published"));
    QCOMPARE(audit->at(audit->size() - 2).toState, QStringLiteral("publishing"));
}

void PublisherTest::futureVariant_waits()
{
    const qint64 id = scheduleVariant(QStringLiteral("Tomorrow"), QDateTime::currentDateTimeUtc().addDays(1));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher, 2);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Scheduled);
    QCOMPARE(postsOnSandboxWith(QStringLiteral("Tomorrow")), 0);
}

void PublisherTest::droppedConnection_isReconciled_notResent()
{
    const QString text = QStringLiteral("Delivered, but the answer was lost");
    const qint64 id = scheduleVariant(text, QDateTime::currentDateTimeUtc().addSecs(-5));
    injectFault(Fault::Kind::Drop, QStringLiteral("x"), QStringLiteral("/2/tweets"));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    publisher.setRetryDelayMs(0, 0);
    runUntilIdle(publisher);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Published);
    QCOMPARE(postsOnSandboxWith(text), 1);
}

void PublisherTest::serverErrorBeforeCarryingOut_isRetried_once()
{
    const QString text = QStringLiteral("The platform was down for a moment");
    const qint64 id = scheduleVariant(text, QDateTime::currentDateTimeUtc().addSecs(-5));
    injectFault(Fault::Kind::ServerError, QStringLiteral("x"), QStringLiteral("/2/tweets"));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    publisher.setRetryDelayMs(0, 0);
    QSignalSpy deferred(&publisher, &compose::Publisher::deferred);
    runUntilIdle(publisher);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Published);
    QCOMPARE(postsOnSandboxWith(text), 1);
    QVERIFY(deferred.size() >= 1);
}

void PublisherTest::interruptedAttempt_alreadyOnPlatform_isRecorded_notResent()
{
    // A publisher claimed the variant, the post went out, and the process died before recording it.
    const QString text = QStringLiteral("Sent just before the power cut");
    const qint64 id = scheduleVariant(text, QDateTime::currentDateTimeUtc().addSecs(-5));
    QVERIFY(m_ws->posts().transition(id, VariantState::Publishing, QStringLiteral("publisher:dead")));
    QVERIFY(!publishByHand(text).isEmpty());

    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Published);
    QCOMPARE(postsOnSandboxWith(text), 1);
}

void PublisherTest::interruptedAttempt_notOnPlatform_isSentAgain()
{
    const QString text = QStringLiteral("Claimed, then the process died before sending");
    const qint64 id = scheduleVariant(text, QDateTime::currentDateTimeUtc().addSecs(-5));
    QVERIFY(m_ws->posts().transition(id, VariantState::Publishing, QStringLiteral("publisher:dead")));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    publisher.setRetryDelayMs(0, 0);
    runUntilIdle(publisher);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Published);
    QCOMPARE(postsOnSandboxWith(text), 1);
}

void PublisherTest::expiredToken_failsWithReasonOnTheVariant()
{
    const qint64 id =
        scheduleVariant(QStringLiteral("Token gone"), QDateTime::currentDateTimeUtc().addSecs(-5));
    injectFault(Fault::Kind::ExpiredToken, QStringLiteral("x"));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    QSignalSpy failed(&publisher, &compose::Publisher::failed);
    runUntilIdle(publisher, 2);
    const auto v = m_ws->posts().variant(id);
    QCOMPARE(v->state, VariantState::Failed);
    QVERIFY(!v->failureReason.isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toLongLong(), id);
}

void PublisherTest::noClient_waitsThenFailsWithReason()
{
    const qint64 id = scheduleVariant(QStringLiteral("Nobody signed in"), QDateTime::currentDateTimeUtc().addSecs(-5));
    m_clients.xClient = nullptr;
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    QSignalSpy blocked(&publisher, &compose::Publisher::blocked);
    runUntilIdle(publisher, 2);
    // Within the grace period: said once, not claimed, not failed.
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Scheduled);
    publisher.setNotConnectedGraceSeconds(1);
    runUntilIdle(publisher, 1);
    const auto v = m_ws->posts().variant(id);
    QCOMPARE(v->state, VariantState::Failed);
    QCOMPARE(v->failureReason, QStringLiteral("not signed in"));
}

void PublisherTest::lease_keepsASecondPublisherOut()
{
    compose::Publisher first(m_ws->database(), m_clients, QStringLiteral("first"));
    QVERIFY(first.tick());
    compose::Publisher second(m_ws->database(), m_clients, QStringLiteral("second"));
    QVERIFY(!second.tick());
    QCOMPARE(second.leaseHolder(), QStringLiteral("first"));
    first.stop(); // releases the lease
    QVERIFY(second.tick());
    // An expired lease is free too.
    compose::PublishLease stale(m_ws->database(), QStringLiteral("third"), 1);
    QVERIFY(!stale.acquire());
    QVERIFY(stale.acquire(QDateTime::currentDateTimeUtc().addSecs(120)));
}

void PublisherTest::xReply_answersTheMention()
{
    auto &state = m_sandbox->state();
    const auto &stranger = state.makeStranger(QStringLiteral("x"));
    auto mention = platforms::sandbox::Post::make(QStringLiteral("x"), state.nextId(), stranger.id,
                                                  QStringLiteral("@embassy when does the visa office open?"),
                                                  state.now().addSecs(-600));
    mention.mentionsUs = true;
    state.posts.append(mention);
    domain::Variant v = variant(m_account, QStringLiteral("It opens at nine tomorrow."));
    v.replyToRemoteId = mention.id;
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    QVERIFY(id);
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher);
    const auto done = m_ws->posts().variant(id);
    QCOMPARE(done->state, VariantState::Published);
    const auto chain = threadOnSandbox(done->remoteId);
    QCOMPARE(chain.size(), 1);
    QCOMPARE(chain.first()->replyTo, mention.id);
    QCOMPARE(chain.first()->text, v.text);
}

void PublisherTest::facebookReply_isACommentOnTheComment()
{
    const qint64 page = addFacebookPage();
    const platforms::sandbox::Comment question = m_sandbox->state().comments.first();
    domain::Variant v =
        variant(page, QStringLiteral("Спасибо за вопрос: приём открыт с девяти."), QStringLiteral("ru"));
    v.replyToRemoteId = question.id;
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher);
    const auto done = m_ws->posts().variant(id);
    QCOMPARE(done->state, VariantState::Published);
    int replies = 0;
    for (const auto &c : m_sandbox->state().comments) {
        if (c.text == v.text) {
            ++replies;
            QCOMPARE(c.id, done->remoteId);
            QCOMPARE(c.parentId, question.id);
            QCOMPARE(c.postId, question.postId);
        }
    }
    QCOMPARE(replies, 1);
}

void PublisherTest::weiboReply_namesCommentAndPost()
{
    const qint64 weibo = addWeiboAccount();
    auto &state = m_sandbox->state();
    const auto status = platforms::sandbox::Post::make(QStringLiteral("weibo"), state.nextId(), state.weiboMe.id,
                                                       QStringLiteral("使馆开放日 https://embassy.example/open"),
                                                       state.now().addDays(-1));
    state.posts.append(status);
    const auto &reader = state.makeStranger(QStringLiteral("weibo"));
    const platforms::sandbox::Comment question{QStringLiteral("weibo"), state.nextId(), status.id, {}, reader.id,
                                               QStringLiteral("几点开门？"), state.now().addSecs(-60), false};
    state.comments.append(question);
    // The inbox knows which post the comment is on.
    domain::Mention m;
    m.accountId = weibo;
    m.remoteId = question.id;
    m.conversationId = status.id;
    m.authorHandle = QStringLiteral("reader");
    m.text = question.text;
    m.createdAt = question.createdAt;
    QVERIFY(store::MentionRepository(m_ws->database()).insert({m}));

    domain::Variant v = variant(weibo, QStringLiteral("上午九点开门，欢迎光临。"), QStringLiteral("zh"));
    v.replyToRemoteId = question.id;
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Published);
    int replies = 0;
    for (const auto &c : state.comments) {
        if (c.text == v.text) {
            ++replies;
            QCOMPARE(c.parentId, question.id);
            QCOMPARE(c.postId, status.id);
        }
    }
    QCOMPARE(replies, 1);

    // A reply whose comment the inbox does not know cannot name the post: it fails, saying why.
    v.text = QStringLiteral("另一条回复。");
    v.replyToRemoteId = QStringLiteral("999");
    const qint64 lost = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    runUntilIdle(publisher, 2);
    QCOMPARE(m_ws->posts().variant(lost)->state, VariantState::Failed);
    QVERIFY(m_ws->posts().variant(lost)->failureReason.contains(QLatin1String("inbox")));
}

void PublisherTest::thread_goesOutAsReplyChain_eachPartOnce()
{
    domain::Variant v = threadVariant(QStringLiteral("Chain"));
    const QStringList expected = text::ThreadSplitter::split(v.text);
    QVERIFY(expected.size() >= 3);
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher);
    const auto done = m_ws->posts().variant(id);
    QCOMPARE(done->state, VariantState::Published);
    const auto chain = threadOnSandbox(done->remoteId);
    QCOMPARE(chain.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(chain.at(i)->text, expected.at(i));
        QCOMPARE(postsOnSandboxWith(expected.at(i)), 1);
    }
    const auto parts = store::VariantPartRepository(m_ws->database()).parts(id);
    QCOMPARE(parts->size(), expected.size());
    for (const auto &part : *parts)
        QCOMPARE(part.attempt, domain::VariantPart::Attempt::Sent);

    // Without "as thread" an over-long text is refused by the platform and fails with its reason.
    v.asThread = false;
    v.text = longText(QStringLiteral("Single"));
    const qint64 single = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    runUntilIdle(publisher, 2);
    QCOMPARE(m_ws->posts().variant(single)->state, VariantState::Failed);
}

void PublisherTest::thread_droppedConnectionMidway_isReconciled_noDuplicate()
{
    domain::Variant v = threadVariant(QStringLiteral("Dropped"));
    const QStringList expected = text::ThreadSplitter::split(v.text);
    QVERIFY(expected.size() >= 3);
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    // The first part went out in an earlier round (so the faults below meet the second and third).
    store::VariantPartRepository parts(m_ws->database());
    QVERIFY(parts.ensureParts(id, expected));
    const QString first = publishByHand(expected.at(0));
    QVERIFY(!first.isEmpty());
    QVERIFY(recordSent(parts, id, 0, first));
    // The second part is carried out and its answer lost; then the platform fails once before the third.
    injectFault(Fault::Kind::Drop, QStringLiteral("x"), QStringLiteral("/2/tweets"));
    injectFault(Fault::Kind::ServerError, QStringLiteral("x"), QStringLiteral("/2/tweets"));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    publisher.setRetryDelayMs(0, 0);
    runUntilIdle(publisher, 8);
    QCOMPARE(m_sandbox->pendingFaults(), 0);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Published);
    for (const QString &part : expected)
        QCOMPARE(postsOnSandboxWith(part), 1);
    QCOMPARE(threadOnSandbox(first).size(), expected.size());
}

void PublisherTest::thread_interruptedMidway_resumesAtNextPart()
{
    domain::Variant v = threadVariant(QStringLiteral("Resumed"));
    const QStringList expected = text::ThreadSplitter::split(v.text);
    QVERIFY(expected.size() >= 3);
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    // A publisher stored the parts, sent the first and recorded it, sent the second and died before recording.
    store::VariantPartRepository parts(m_ws->database());
    QVERIFY(parts.ensureParts(id, expected));
    QVERIFY(m_ws->posts().transition(id, VariantState::Publishing, QStringLiteral("publisher:dead")));
    const QString first = publishByHand(expected.at(0));
    QVERIFY(!first.isEmpty());
    QVERIFY(recordSent(parts, id, 0, first));
    QVERIFY(parts.move(id, 1, domain::VariantPart::Attempt::Pending, domain::VariantPart::Attempt::Sending));
    const QString second = publishByHand(expected.at(1), first);
    QVERIFY(!second.isEmpty());

    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher);
    const auto done = m_ws->posts().variant(id);
    QCOMPARE(done->state, VariantState::Published);
    QCOMPARE(done->remoteId, first);
    for (const QString &part : expected)
        QCOMPARE(postsOnSandboxWith(part), 1);
    const auto chain = threadOnSandbox(first);
    QCOMPARE(chain.size(), expected.size());
    QCOMPARE(chain.at(1)->id, second);
}

void PublisherTest::thread_permanentRefusalMidway_failsAndKeepsWhatWentOut()
{
    domain::Variant v = threadVariant(QStringLiteral("Refused"));
    const QStringList expected = text::ThreadSplitter::split(v.text);
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    store::VariantPartRepository parts(m_ws->database());
    QVERIFY(parts.ensureParts(id, expected));
    QVERIFY(recordSent(parts, id, 0, QStringLiteral("1")));
    // The first part's id is not on the platform (deleted): answering it is refused for good.
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    QSignalSpy failed(&publisher, &compose::Publisher::failed);
    runUntilIdle(publisher, 2);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Failed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(parts.parts(id)->at(0).attempt, domain::VariantPart::Attempt::Sent);
    QCOMPARE(parts.parts(id)->at(1).attempt, domain::VariantPart::Attempt::Pending);
    QCOMPARE(postsOnSandboxWith(expected.at(1)), 0);
}

void PublisherTest::facebookOnPlatform_isHandedOverAtOnce_withItsTime()
{
    const qint64 page = addFacebookPage();
    domain::Variant v = variant(page, QStringLiteral("Reception for National Day, Thursday at six."));
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3 * 3600).addMSecs(
        -QDateTime::currentDateTimeUtc().time().msec());
    const qint64 id = scheduleVariant(v, when, true);
    // An ordinary variant at the same time waits for its time.
    v.text = QStringLiteral("Another post, sent by the publisher when its time comes.");
    const qint64 ordinary = scheduleVariant(v, when, false);
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher, 2);
    const auto done = m_ws->posts().variant(id);
    QCOMPARE(done->state, VariantState::Published);
    QVERIFY(done->scheduleOnPlatform);
    QCOMPARE(m_ws->posts().variant(ordinary)->state, VariantState::Scheduled);
    int found = 0;
    for (const auto &p : m_sandbox->state().posts) {
        if (p.platform == QLatin1String("facebook") && p.text == QStringLiteral("Reception for National Day, Thursday at six.")) {
            ++found;
            QCOMPARE(p.id, done->remoteId);
            QVERIFY(!p.published);
            QCOMPARE(p.scheduledAt.toSecsSinceEpoch(), when.toSecsSinceEpoch());
        }
    }
    QCOMPARE(found, 1);
}

void PublisherTest::facebookOnPlatform_droppedAnswer_isFoundAmongScheduledPosts()
{
    const qint64 page = addFacebookPage();
    domain::Variant v = variant(page, QStringLiteral("Exhibition opening next week."));
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addDays(3), true);
    injectFault(Fault::Kind::Drop, QStringLiteral("facebook"), QStringLiteral("/feed"));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    publisher.setRetryDelayMs(0, 0);
    runUntilIdle(publisher, 4);
    QCOMPARE(m_sandbox->pendingFaults(), 0);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Published);
    int found = 0;
    for (const auto &p : m_sandbox->state().posts)
        found += p.platform == QLatin1String("facebook") && p.text == v.text;
    QCOMPARE(found, 1);
}

QString PublisherTest::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return path;
}

void PublisherTest::attach(qint64 variantId, const QString &path)
{
    QString problem;
    domain::Attachment a = compose::MediaRules::inspect(path, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    a.variantId = variantId;
    QVERIFY(store::AttachmentRepository(m_ws->database()).add(a));
}

void PublisherTest::xMedia_uploadedThenAttached_retryDoesNotUploadAgain()
{
    domain::Variant v = variant(m_account, QStringLiteral("Photos from the opening evening."));
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    attach(id, writeFile(QStringLiteral("one.png"), tinyPng()));
    attach(id, writeFile(QStringLiteral("two.png"), tinyPng()));
    // The post itself fails once, after both pictures went up.
    injectFault(Fault::Kind::ServerError, QStringLiteral("x"), QStringLiteral("/2/tweets"));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    publisher.setRetryDelayMs(0, 0);
    runUntilIdle(publisher, 4);
    const auto done = m_ws->posts().variant(id);
    QCOMPARE(done->state, VariantState::Published);
    QCOMPARE(m_sandbox->state().media.size(), 2); // the retry used the recorded upload ids
    const auto attached = store::AttachmentRepository(m_ws->database()).attachments(id);
    QCOMPARE(attached->size(), 2);
    const auto chain = threadOnSandbox(done->remoteId);
    QCOMPARE(chain.size(), 1);
    QCOMPARE(chain.first()->media, (QStringList{attached->at(0).uploadId, attached->at(1).uploadId}));
}

void PublisherTest::facebookMedia_unpublishedPhotoThenAttached()
{
    const qint64 page = addFacebookPage();
    domain::Variant v = variant(page, QStringLiteral("The exhibition in pictures."));
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    attach(id, writeFile(QStringLiteral("hall.png"), tinyPng()));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher, 2);
    const auto done = m_ws->posts().variant(id);
    QCOMPARE(done->state, VariantState::Published);
    const QString photo = store::AttachmentRepository(m_ws->database()).attachments(id)->first().uploadId;
    QVERIFY(!photo.isEmpty());
    int found = 0;
    for (const auto &p : m_sandbox->state().posts) {
        if (p.platform == QLatin1String("facebook") && p.text == v.text) {
            ++found;
            QCOMPARE(p.media, QStringList{photo});
            QVERIFY(p.published);
        }
    }
    QCOMPARE(found, 1);
}

void PublisherTest::weiboMedia_sentWithThePost()
{
    const qint64 weibo = addWeiboAccount();
    domain::Variant v =
        variant(weibo, QStringLiteral("开幕式照片 https://embassy.example/photos"), QStringLiteral("zh"));
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    attach(id, writeFile(QStringLiteral("open.png"), tinyPng()));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    runUntilIdle(publisher, 2);
    QCOMPARE(m_ws->posts().variant(id)->state, VariantState::Published);
    int withPicture = 0;
    for (const auto &p : m_sandbox->state().posts)
        withPicture += p.platform == QLatin1String("weibo") && p.text == v.text && p.media.size() == 1;
    QCOMPARE(withPicture, 1);
}

void PublisherTest::invalidMedia_failsBeforeAnythingIsSent()
{
    domain::Variant v = variant(m_account, QStringLiteral("Five pictures are one too many for X."));
    const qint64 id = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    for (int i = 0; i < 5; ++i)
        attach(id, writeFile(QStringLiteral("p%1.png").arg(i), tinyPng()));
    compose::Publisher publisher(m_ws->database(), m_clients, QStringLiteral("test"));
    QSignalSpy failed(&publisher, &compose::Publisher::failed);
    runUntilIdle(publisher, 2);
    const auto done = m_ws->posts().variant(id);
    QCOMPARE(done->state, VariantState::Failed);
    QVERIFY2(done->failureReason.contains(QStringLiteral("at most 4")), qPrintable(done->failureReason));
    QCOMPARE(m_sandbox->state().media.size(), 0);
    QCOMPARE(postsOnSandboxWith(v.text), 0);
    // A text file is not a picture.
    v.text = QStringLiteral("A document is not a picture.");
    const qint64 doc = scheduleVariant(v, QDateTime::currentDateTimeUtc().addSecs(-5));
    attach(doc, writeFile(QStringLiteral("notes.txt"), QByteArrayLiteral("minutes of the meeting")));
    runUntilIdle(publisher, 2);
    QCOMPARE(m_ws->posts().variant(doc)->state, VariantState::Failed);
    QVERIFY(m_ws->posts().variant(doc)->failureReason.contains(QStringLiteral("text/plain")));
}

QTEST_GUILESS_MAIN(PublisherTest)
#include "tst_publisher.moc"
