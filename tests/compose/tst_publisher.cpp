#include "compose/clientprovider.h"
#include "compose/publisher.h"
#include "compose/publishlease.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "platforms/transport.h"
#include "platforms/x/xclient.h"
#include "workspace/workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using domain::VariantState;
using platforms::sandbox::Fault;

namespace {
// Gives the publisher one X client pointed at the sandbox, for every account.
class SandboxClients final : public compose::ClientProvider
{
public:
    platforms::PlatformClient *client(qint64, QString *whyNot) override
    {
        if (!xClient && whyNot)
            *whyNot = QStringLiteral("not signed in");
        return xClient;
    }
    platforms::PlatformClient *xClient = nullptr;
};
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

private:
    qint64 scheduleVariant(const QString &text, const QDateTime &at);
    int postsOnSandboxWith(const QString &text) const;
    void runUntilIdle(compose::Publisher &publisher, int rounds = 6);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<workspace::Workspace> m_ws;
    platforms::sandbox::Sandbox *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    platforms::x::XClient *m_client = nullptr;
    SandboxClients m_clients;
    qint64 m_account = 0;
};

void PublisherTest::init()
{
    m_dir = new QTemporaryDir;
    store::Database::OpenError error;
    m_ws = workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.attache")), {}, &error);
    QVERIFY2(m_ws, qPrintable(error.error.message));
    domain::Account account;
    account.platform = domain::Platform::X;
    account.handle = QStringLiteral("@embassy");
    account.displayName = QStringLiteral("Embassy");
    account.language = QStringLiteral("en");
    account.timeZone = QStringLiteral("Europe/London");
    m_account = *m_ws->accounts().add(account);

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
    delete m_client;
    delete m_network;
    delete m_sandbox;
    m_ws.reset();
    delete m_dir;
}

qint64 PublisherTest::scheduleVariant(const QString &text, const QDateTime &at)
{
    domain::Post post;
    post.title = text.left(20);
    domain::Variant v;
    v.accountId = m_account;
    v.language = QStringLiteral("en");
    v.text = text;
    post.variants << v;
    auto &posts = m_ws->posts();
    const qint64 postId = *posts.create(post, QStringLiteral("attache"));
    const qint64 id = posts.find(postId)->variants.first().id;
    if (!posts.transition(id, VariantState::InReview, QStringLiteral("attache")) ||
        !posts.transition(id, VariantState::Approved, QStringLiteral("reviewer")) ||
        !posts.schedule(id, at, QStringLiteral("attache")))
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
    Fault drop;
    drop.kind = Fault::Kind::Drop;
    drop.platform = QStringLiteral("x");
    drop.pathContains = QStringLiteral("/2/tweets");
    m_sandbox->injectFault(drop);
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
    Fault down;
    down.kind = Fault::Kind::ServerError;
    down.platform = QStringLiteral("x");
    down.pathContains = QStringLiteral("/2/tweets");
    m_sandbox->injectFault(down);
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
    bool sent = false;
    platforms::PublishRequest request;
    request.text = text;
    m_client->publish(request, this, [&](const auto &r) { sent = r.ok(); });
    QTRY_VERIFY(sent);

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
    Fault expire;
    expire.kind = Fault::Kind::ExpiredToken;
    expire.platform = QStringLiteral("x");
    m_sandbox->injectFault(expire);
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

QTEST_GUILESS_MAIN(PublisherTest)
#include "tst_publisher.moc"
