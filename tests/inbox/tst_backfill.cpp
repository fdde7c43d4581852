#include "inbox/backfill.h"
#include "inbox/backfillcursor.h"
#include "inbox/sync.h"
#include "platforms/facebook/facebookclient.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "platforms/transport.h"
#include "platforms/weibo/weiboclient.h"
#include "platforms/x/xclient.h"
#include "store/mentionquery.h"
#include "support/sandboxworkspace.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using inbox::BackfillOutcome;
using platforms::sandbox::Fault;

// "Load older" against the sandbox: each platform's older pages land once, up to the bound asked for; an
// interrupted backfill (platform error, crash) resumes from its own cursor with nothing missed and nothing
// read twice; X's 800-mention reach is reported as such; cancel stops at once.
class BackfillTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void x_readsBackPageByPage_upToTheBound_thenNothingOlder();
    void x_firstBackfill_startsFromTheOldestItemStored();
    void weibo_readsBackMentionsAndComments();
    void weibo_eachListingStartsFromItsOwnOldest();
    void facebook_readsCommentsOnOlderPosts_notThoseTheSyncReads();
    void facebook_postDeletedMidway_isSkipped();
    void dateBound_stopsThere();
    void failureMidBackfill_resumesWithNoGapAndNoDuplicate();
    void crashMidBackfill_resumesFromItsCursor();
    void x_reachOf800_isReportedAsThePlatformsLimit();
    void cancel_stopsTheRequestInFlight_andLaterResumes();

private:
    QList<inbox::BackfillResult> run(const inbox::BackfillRequest &request);
    inbox::BackfillRequest only(qint64 account, int pages) const;
    qint64 countOf(qint64 account) const;
    QSet<QString> storedIds(qint64 account) const;
    QSet<QString> sandboxXMentions() const;
    void makeSync();

    std::unique_ptr<testsupport::SandboxWorkspace> m_env; // workspace, sandbox, signed-in clients, our posts
    workspace::Workspace *m_ws = nullptr;
    platforms::sandbox::Sandbox *m_sandbox = nullptr;
    std::unique_ptr<inbox::Sync> m_sync;
    qint64 m_x = 0;
    qint64 m_fb = 0;
    qint64 m_weibo = 0;
    QString m_fbPostId;
};

void BackfillTest::init()
{
    m_env = std::make_unique<testsupport::SandboxWorkspace>();
    QString why;
    QVERIFY2(m_env->start(&why), qPrintable(why));
    m_ws = &m_env->workspace();
    m_sandbox = &m_env->sandbox();
    m_x = m_env->xAccount();
    m_fb = m_env->facebookAccount();
    m_weibo = m_env->weiboAccount();
    m_fbPostId = m_env->facebookPostId();
    makeSync();
}

void BackfillTest::makeSync()
{
    m_sync = std::make_unique<inbox::Sync>(m_ws->database(), m_env->clients(), inbox::Classifier());
    m_sync->backfill().setPageSize(10);
}

void BackfillTest::cleanup()
{
    m_sync.reset();
    m_ws = nullptr;
    m_sandbox = nullptr;
    m_env.reset();
}

QList<inbox::BackfillResult> BackfillTest::run(const inbox::BackfillRequest &request)
{
    QSignalSpy finished(&m_sync->backfill(), &inbox::Backfill::finished);
    if (!m_sync->backfill().start(request))
        return {};
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<QList<inbox::BackfillResult>>();
}

inbox::BackfillRequest BackfillTest::only(qint64 account, int pages) const
{
    inbox::BackfillRequest r;
    r.accounts = {account};
    r.pagesPerListing = pages;
    return r;
}

qint64 BackfillTest::countOf(qint64 account) const
{
    store::MentionQuery q;
    q.accounts = {account};
    return *m_ws->mentions().count(q);
}

QSet<QString> BackfillTest::storedIds(qint64 account) const
{
    QSet<QString> ids;
    QSqlQuery q(m_ws->database().connection());
    q.prepare(QStringLiteral("SELECT remote_id FROM mentions WHERE account_id = ?"));
    q.addBindValue(account);
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

QSet<QString> BackfillTest::sandboxXMentions() const
{
    QSet<QString> ids;
    const auto &s = m_sandbox->state();
    for (const auto &p : s.posts) {
        if (p.platform == QLatin1String("x") && p.mentionsUs && p.authorId != s.xMe.id)
            ids.insert(p.id);
    }
    return ids;
}

void BackfillTest::x_readsBackPageByPage_upToTheBound_thenNothingOlder()
{
    m_sandbox->generateIncoming(30);
    auto results = run(only(m_x, 2));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, BackfillOutcome::MoreRemain);
    QCOMPARE(results.first().stored, 20);
    QCOMPARE(countOf(m_x), 20);
    QVERIFY(results.first().describe().contains(QStringLiteral("more")));

    results = run(only(m_x, 5));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, BackfillOutcome::NothingOlder);
    // Only the ten not read yet were asked for: the cursor is exclusive.
    QCOMPARE(results.first().fetched, 10);
    QCOMPARE(results.first().stored, 10);
    QCOMPARE(storedIds(m_x), sandboxXMentions());
    QCOMPARE(countOf(m_fb) + countOf(m_weibo), 0);

    // Asked again: the platform still has nothing older, and says so at once.
    results = run(only(m_x, 5));
    QCOMPARE(results.first().outcome, BackfillOutcome::NothingOlder);
    QCOMPARE(results.first().fetched, 0);
}

void BackfillTest::x_firstBackfill_startsFromTheOldestItemStored()
{
    m_sandbox->generateIncoming(20);
    // The newest ten stored (as a sync would), without any backfill cursor.
    QCOMPARE(run(only(m_x, 1)).first().stored, 10);
    QVERIFY(m_ws->settings().setValue(inbox::backfillcursor::key(m_x, {}), QString(QLatin1String(""))));
    const auto results = run(only(m_x, 5));
    QCOMPARE(results.first().outcome, BackfillOutcome::NothingOlder);
    QCOMPARE(results.first().fetched, 10);
    QCOMPARE(storedIds(m_x), sandboxXMentions());
}

void BackfillTest::weibo_readsBackMentionsAndComments()
{
    m_sandbox->generateIncoming(25);
    QSignalSpy progress(&m_sync->backfill(), &inbox::Backfill::progress);
    const auto results = run(only(m_weibo, 10));
    QCOMPARE(results.size(), 2); // mentions, comments to me
    for (const auto &r : results) {
        QCOMPARE(r.outcome, BackfillOutcome::NothingOlder);
        QCOMPARE(r.fetched, 25);
        QCOMPARE(r.stored, 25);
        QVERIFY(r.describe().contains(QStringLiteral("nothing older")));
    }
    QCOMPARE(countOf(m_weibo), 50);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toInt(), 20); // two listings × ten pages at most
    QCOMPARE(progress.last().at(2).toInt(), 50);
    QVERIFY(progress.last().at(0).toInt() <= 20);
}

void BackfillTest::weibo_eachListingStartsFromItsOwnOldest()
{
    m_sandbox->generateIncoming(15);
    // Only an old comment is stored (on a status, id 5): the comments start below it, the mentions (none
    // stored) from the newest.
    domain::Mention comment;
    comment.accountId = m_weibo;
    comment.remoteId = QStringLiteral("5");
    comment.conversationId = QStringLiteral("4");
    comment.authorHandle = QStringLiteral("someone");
    comment.text = QStringLiteral("旧评论");
    comment.createdAt = QDateTime::currentDateTimeUtc().addYears(-1);
    QCOMPARE(*m_ws->mentions().insert({comment}), 1);
    const auto results = run(only(m_weibo, 10));
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).outcome, BackfillOutcome::NothingOlder); // mentions
    QCOMPARE(results.at(0).fetched, 15);
    QCOMPARE(results.at(1).outcome, BackfillOutcome::NothingOlder); // comments: nothing below id 5
    QCOMPARE(results.at(1).fetched, 0);
}

void BackfillTest::facebook_readsCommentsOnOlderPosts_notThoseTheSyncReads()
{
    // The sandbox's page has two older posts with three comments each; one more, older still, with four.
    auto &s = m_sandbox->state();
    const QString fb = QStringLiteral("facebook");
    auto old = platforms::sandbox::Post::make(fb, s.fbPageId + QLatin1Char('_') + s.nextId(), s.fbPageId,
                                              QStringLiteral("Older news"), s.now().addDays(-5));
    s.posts.prepend(old);
    for (int i = 0; i < 4; ++i)
        s.comments.append({fb,
                           s.nextId(),
                           old.id,
                           {},
                           s.makeStranger(fb).id,
                           QStringLiteral("Thanks %1").arg(i),
                           s.now().addDays(-4),
                           false});
    // New comments on the post the sync reads: not the backfill's business.
    m_sandbox->generateIncoming(5);
    m_sync->backfill().setPageSize(2); // comment pages of two: paging within a post
    const auto results = run(only(m_fb, 30));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, BackfillOutcome::NothingOlder);
    QCOMPARE(results.first().fetched, 10);
    QCOMPARE(results.first().stored, 10);
    QCOMPARE(countOf(m_fb), 10);
    // Again: nothing read twice, nothing older.
    const auto again = run(only(m_fb, 30));
    QCOMPARE(again.first().outcome, BackfillOutcome::NothingOlder);
    QCOMPARE(again.first().fetched, 0);
}

void BackfillTest::facebook_postDeletedMidway_isSkipped()
{
    // Stopped by the bound inside the newer seeded post (two of its three comments read)...
    m_sync->backfill().setPageSize(2);
    auto results = run(only(m_fb, 2)); // the feed, then one page of comments
    QCOMPARE(results.first().outcome, BackfillOutcome::MoreRemain);
    QCOMPARE(results.first().stored, 2);
    // ...which is then deleted on the page: the next load goes on with the older post instead of failing.
    auto &s = m_sandbox->state();
    QString newer;
    for (auto it = s.posts.crbegin(); it != s.posts.crend(); ++it) {
        if (it->platform == QLatin1String("facebook") && it->id != m_fbPostId) {
            newer = it->id;
            break;
        }
    }
    QVERIFY(!newer.isEmpty());
    s.posts.removeIf([&](const platforms::sandbox::Post &p) { return p.id == newer; });
    s.comments.removeIf([&](const platforms::sandbox::Comment &c) { return c.postId == newer; });
    results = run(only(m_fb, 10));
    QCOMPARE(results.first().outcome, BackfillOutcome::NothingOlder);
    QCOMPARE(results.first().stored, 3);
    QCOMPARE(countOf(m_fb), 5);
}

void BackfillTest::dateBound_stopsThere()
{
    // Facebook: the posts of the last three days only (the seeded ones), not the five-day-old one.
    auto &s = m_sandbox->state();
    const QString fb = QStringLiteral("facebook");
    auto old = platforms::sandbox::Post::make(fb, s.fbPageId + QLatin1Char('_') + s.nextId(), s.fbPageId,
                                              QStringLiteral("Older news"), s.now().addDays(-5));
    s.posts.prepend(old);
    s.comments.append({fb,
                       s.nextId(),
                       old.id,
                       {},
                       s.makeStranger(fb).id,
                       QStringLiteral("Old"),
                       s.now().addDays(-4),
                       false});
    auto request = only(m_fb, 30);
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-3);
    const auto results = run(request);
    QCOMPARE(results.first().outcome, BackfillOutcome::DateReached);
    QCOMPARE(results.first().stored, 6);
}

void BackfillTest::failureMidBackfill_resumesWithNoGapAndNoDuplicate()
{
    m_sandbox->generateIncoming(30);
    // The token is revoked once the first page is stored: the second request fails.
    bool injected = false;
    connect(&m_sync->backfill(), &inbox::Backfill::progress, this, [&](int, int, int stored) {
        if (stored == 10 && !injected) {
            injected = true;
            Fault revoked;
            revoked.kind = Fault::Kind::RevokedToken;
            revoked.platform = QStringLiteral("x");
            m_sandbox->injectFault(revoked);
        }
    });
    auto results = run(only(m_x, 10));
    QVERIFY(injected);
    QCOMPARE(results.first().outcome, BackfillOutcome::Failed);
    QVERIFY(!results.first().message.isEmpty());
    QCOMPARE(results.first().stored, 10);
    QVERIFY(results.first().describe().contains(results.first().message));
    // An account that is not signed in says so, as a failure of that account only.
    inbox::BackfillResult unsigned_;
    unsigned_.label = QStringLiteral("@embassy");
    unsigned_.outcome = BackfillOutcome::Failed;
    unsigned_.message = QStringLiteral("not signed in");
    QVERIFY(unsigned_.describe().contains(QStringLiteral("not signed in. Loading older again")));

    // Signed in again: it goes on from its own cursor.
    m_env->clients().byAccount.value(m_x)->setAccessToken(m_sandbox->state().newToken(
        QStringLiteral("x"), QStringLiteral("access"), m_sandbox->state().xMe.id, 7200));
    results = run(only(m_x, 10));
    QCOMPARE(results.first().outcome, BackfillOutcome::NothingOlder);
    QCOMPARE(results.first().fetched, 20); // nothing read twice
    QCOMPARE(results.first().stored, 20);
    QCOMPARE(storedIds(m_x), sandboxXMentions()); // nothing missed
}

void BackfillTest::crashMidBackfill_resumesFromItsCursor()
{
    m_sandbox->generateIncoming(30);
    // Once the first page is stored the app "crashes": the sync and its backfill are gone mid-run, the next
    // request in flight.
    bool crashed = false;
    connect(&m_sync->backfill(), &inbox::Backfill::progress, this, [&](int, int, int stored) {
        if (stored > 0 && !crashed) {
            crashed = true;
            QTimer::singleShot(0, this, [this] { m_sync.reset(); });
        }
    });
    QVERIFY(m_sync->backfill().start(only(m_x, 10)));
    QTRY_VERIFY(!m_sync);
    const qint64 before = countOf(m_x);
    QVERIFY(before >= 10 && before < 30);

    makeSync();
    const auto results = run(only(m_x, 10));
    QCOMPARE(results.first().outcome, BackfillOutcome::NothingOlder);
    QCOMPARE(results.first().fetched, 30 - before); // nothing read twice
    QCOMPARE(storedIds(m_x), sandboxXMentions());   // nothing missed
}

void BackfillTest::x_reachOf800_isReportedAsThePlatformsLimit()
{
    m_sandbox->generateIncoming(850);
    m_sync->backfill().setPageSize(100);
    const auto results = run(only(m_x, 20));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, BackfillOutcome::PlatformLimit);
    QCOMPARE(results.first().stored, 800);
    QVERIFY(results.first().describe().contains(QStringLiteral("800")));
    QCOMPARE(countOf(m_x), 800);
    // Asked again, the same answer: not an error, and nothing read.
    const auto again = run(only(m_x, 20));
    QCOMPARE(again.first().outcome, BackfillOutcome::PlatformLimit);
    QCOMPARE(again.first().fetched, 0);
}

void BackfillTest::cancel_stopsTheRequestInFlight_andLaterResumes()
{
    m_sandbox->generateIncoming(30);
    Fault slow;
    slow.kind = Fault::Kind::Slow;
    slow.platform = QStringLiteral("x");
    slow.delayMs = 5000;
    m_sandbox->injectFault(slow);
    QSignalSpy finished(&m_sync->backfill(), &inbox::Backfill::finished);
    QVERIFY(m_sync->backfill().start(only(m_x, 10)));
    QVERIFY(m_sync->backfill().isRunning());
    QVERIFY(!m_sync->backfill().start(only(m_x, 10))); // one at a time
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(100, &m_sync->backfill(), [this] { m_sync->backfill().cancel(); });
    QVERIFY(finished.wait(3000));
    QVERIFY(clock.elapsed() < 3000);
    QVERIFY(!m_sync->backfill().isRunning());
    const auto results = finished.first().first().value<QList<inbox::BackfillResult>>();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, BackfillOutcome::Cancelled);
    QCOMPARE(countOf(m_x), 0);

    // Cancelled from a progress slot, between a page and the next: it stops there, the page kept.
    QMetaObject::Connection once =
        connect(&m_sync->backfill(), &inbox::Backfill::progress, this, [this](int, int, int stored) {
            if (stored > 0)
                m_sync->backfill().cancel();
        });
    const auto between = run(only(m_x, 10));
    disconnect(once);
    QCOMPARE(between.first().outcome, BackfillOutcome::Cancelled);
    QCOMPARE(between.first().stored, 10);

    const auto again = run(only(m_x, 10));
    QCOMPARE(again.first().outcome, BackfillOutcome::NothingOlder);
    QCOMPARE(again.first().fetched, 20);
    QCOMPARE(storedIds(m_x), sandboxXMentions());
}

QTEST_GUILESS_MAIN(BackfillTest)
#include "tst_backfill.moc"
