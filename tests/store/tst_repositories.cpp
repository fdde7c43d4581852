// The repositories over a real database, once per engine: SQLite always, PostgreSQL when ATTACHE_TEST_PG names a
// server (./dev test starts one). Each test case gets a fresh, migrated database.
#include "store/accountrepository.h"
#include "store/audiencerepository.h"
#include "store/database.h"
#include "store/mentionrepository.h"
#include "store/migrations.h"
#include "store/postrepository.h"
#include "store/settingsrepository.h"
#include "support/storefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using domain::VariantState;
using testsupport::Engine;

Q_DECLARE_METATYPE(domain::VariantState)

namespace {

const QString kAttache = QStringLiteral("press.attache");
const QString kReviewer = QStringLiteral("counsellor");
const QDateTime kWhen = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

// The path a new variant takes to reach a state, each step allowed by the workflow.
QList<VariantState> pathTo(VariantState state)
{
    using S = VariantState;
    switch (state) {
    case S::Draft:
        return {};
    case S::InReview:
        return {S::InReview};
    case S::Approved:
        return {S::InReview, S::Approved};
    case S::Scheduled:
        return {S::InReview, S::Approved, S::Scheduled};
    case S::Publishing:
        return {S::InReview, S::Approved, S::Scheduled, S::Publishing};
    case S::Published:
        return {S::InReview, S::Approved, S::Scheduled, S::Publishing, S::Published};
    case S::Failed:
        return {S::InReview, S::Approved, S::Scheduled, S::Publishing, S::Failed};
    }
    return {};
}

// Takes one step the way the application does: scheduling from approved names a time, publishing records an id.
store::Status step(store::PostRepository &posts, qint64 variantId, VariantState from, VariantState to,
                   const QString &actor = kAttache, const QString &reason = QStringLiteral("because"))
{
    if (from == VariantState::Approved && to == VariantState::Scheduled)
        return posts.schedule(variantId, kWhen, actor);
    return posts.transition(variantId, to, actor, reason);
}

QString describe(const store::Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}

// Why a result failed, or nothing: QVERIFY2 evaluates its message even when the check passes.
template<typename T>
QString why(const store::Result<T> &result)
{
    return result ? QString() : describe(result.error());
}

int auditCount(const store::PostRepository &posts, qint64 variantId)
{
    const auto entries = posts.auditLog().forEntity(QStringLiteral("variant"), variantId);
    return entries ? int(entries->size()) : -1;
}

} // namespace

class RepositoriesTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void initTestCase_data();
    void init();
    void cleanup();

    void accounts_addAndFind_roundTrip();
    void accounts_sameHandleTwice_isRefused();
    void settings_setValue_replacesOldValue();
    void posts_createFindAll_roundTrip();
    void transition_data();
    void transition();
    void transitionNeedingReason_withoutOne_isRefused_data();
    void transitionNeedingReason_withoutOne_isRefused();
    void scheduleWithoutTime_isRefused();
    void editVariant_onApprovedOrScheduled_goesBackToReview_data();
    void editVariant_onApprovedOrScheduled_goesBackToReview();
    void editVariant_onDraft_staysDraftWithoutTransition();
    void editVariant_onPublished_isRefused();
    void recordPublished_storesRemoteId();
    void auditLog_refusesUpdateAndDelete_data();
    void auditLog_refusesUpdateAndDelete();
    void anotherConnection_canTakeSteps();
    void transition_whenStateChangedUnderneath_isRefused();
    void mentions_insert_ignoresSamePlatformAndRemoteId();
    void mentions_page_newestFirstWithAllFields();
    void mentions_priorityPage_criticismAndQuestionsFirst_verifiedThenAudienceThenNewest();
    void audience_addLatestAndHistory();
    void audience_sameTimeTwice_isRefusedWithoutPartialRows();
    void unitOfWork_failedStepInside_keepsTheRest();
    void unitOfWork_joinedStepEndedWithoutCommit_rollsBackTheWhole();
    void open_newerVersion_isRefused();
    void open_foreignDatabase_isNotAWorkspace();

private:
    qint64 addAccount(domain::Platform platform, const QString &handle);
    qint64 newVariant(qint64 accountId, VariantState state);

    std::unique_ptr<testsupport::FreshDatabase> m_fixture;
    store::Database *m_db = nullptr;
};

void RepositoriesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void RepositoriesTest::initTestCase_data()
{
    testsupport::addEngineRows();
}

void RepositoriesTest::init()
{
    testsupport::openFreshDatabase(m_fixture, m_db, /*checkSchema=*/true);
}

void RepositoriesTest::cleanup()
{
    testsupport::closeFreshDatabase(m_fixture, m_db);
}

qint64 RepositoriesTest::addAccount(domain::Platform platform, const QString &handle)
{
    store::AccountRepository accounts(*m_db);
    const auto id = accounts.add({0, platform, handle, QStringLiteral("Name of ") + handle, QStringLiteral("en"),
                                  QStringLiteral("Europe/London"), QStringLiteral("42")});
    if (!id)
        qWarning("account not added: %s", qPrintable(why(id)));
    return id ? *id : 0;
}

// A post with one variant on accountId, taken along the workflow to state. 0 on failure.
qint64 RepositoriesTest::newVariant(qint64 accountId, VariantState state)
{
    store::PostRepository posts(*m_db);
    domain::Post post;
    post.title = QStringLiteral("Statement");
    post.variants.append({0, 0, accountId, QStringLiteral("en"), QStringLiteral("Text"), VariantState::Draft, {}, {}, {}, {}, {}, {}, {}});
    const auto postId = posts.create(post, kAttache);
    if (!postId)
        return 0;
    const auto found = posts.find(*postId);
    if (!found || found->variants.size() != 1)
        return 0;
    const qint64 id = found->variants.first().id;
    VariantState at = VariantState::Draft;
    for (const VariantState next : pathTo(state)) {
        if (const auto s = step(posts, id, at, next); !s) {
            qWarning("setting up %s failed: %s", qPrintable(domain::stateId(next)), qPrintable(why(s)));
            return 0;
        }
        at = next;
    }
    return id;
}

void RepositoriesTest::accounts_addAndFind_roundTrip()
{
    store::AccountRepository accounts(*m_db);
    const domain::Account weibo{0, domain::Platform::Weibo, QStringLiteral("驻伦敦大使馆"), QStringLiteral("大使馆"),
                                QStringLiteral("zh"), QStringLiteral("Asia/Shanghai"), QStringLiteral("5000000001")};
    const auto id = accounts.add(weibo);
    QVERIFY2(id, qPrintable(why(id)));
    QVERIFY(*id > 0);
    const auto found = accounts.find(*id);
    QVERIFY2(found, qPrintable(why(found)));
    QCOMPARE(found->id, *id);
    QCOMPARE(found->platform, domain::Platform::Weibo);
    QCOMPARE(found->handle, weibo.handle);
    QCOMPARE(found->displayName, weibo.displayName);
    QCOMPARE(found->language, weibo.language);
    QCOMPARE(found->timeZone, weibo.timeZone);
    QCOMPARE(found->remoteId, weibo.remoteId);
    const auto missing = accounts.find(*id + 1000);
    QVERIFY(!missing);
    QVERIFY(!missing.error().message.isEmpty());
}

void RepositoriesTest::accounts_sameHandleTwice_isRefused()
{
    QVERIFY(addAccount(domain::Platform::X, QStringLiteral("@EmbassyLondonEN")) > 0);
    // The same handle on another platform is another account.
    QVERIFY(addAccount(domain::Platform::Facebook, QStringLiteral("@EmbassyLondonEN")) > 0);
    store::AccountRepository accounts(*m_db);
    const auto again = accounts.add({0, domain::Platform::X, QStringLiteral("@EmbassyLondonEN"), QStringLiteral("x"),
                                     QStringLiteral("en"), QStringLiteral("UTC"), {}});
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QLatin1String("already")), qPrintable(again.error().message));
    QCOMPARE(accounts.all()->size(), 2);
}

void RepositoriesTest::settings_setValue_replacesOldValue()
{
    store::SettingsRepository settings(*m_db);
    QCOMPARE(settings.value(QStringLiteral("k"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    QVERIFY(settings.setValue(QStringLiteral("k"), QStringLiteral("one")));
    QVERIFY(settings.setValue(QStringLiteral("k"), QStringLiteral("два")));
    QCOMPARE(settings.value(QStringLiteral("k")), QStringLiteral("два"));
}

void RepositoriesTest::posts_createFindAll_roundTrip()
{
    const qint64 x = addAccount(domain::Platform::X, QStringLiteral("@en"));
    const qint64 fb = addAccount(domain::Platform::Facebook, QStringLiteral("page"));
    QVERIFY(x > 0 && fb > 0);
    store::PostRepository posts(*m_db);
    domain::Post first;
    first.title = QStringLiteral("Opening evening");
    first.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    first.variants = {{0, 0, x, QStringLiteral("en"), QStringLiteral("Tonight #YearOfLanguage"), VariantState::Draft, {}, {}, {}, {}, {}, {}, {}},
                      {0, 0, fb, QStringLiteral("ru"), QStringLiteral("Сегодня вечером"), VariantState::Draft, {}, {}, {}, {}, {}, {}, {}}};
    const auto firstId = posts.create(first, kAttache);
    QVERIFY2(firstId, qPrintable(why(firstId)));
    domain::Post second;
    second.title = QStringLiteral("Consular hours");
    second.variants = {{0, 0, x, QStringLiteral("en"), QStringLiteral("Closed 1–8 January"), VariantState::Draft, {}, {}, {}, {}, {}, {}, {}}};
    const auto secondId = posts.create(second, kAttache);
    QVERIFY2(secondId, qPrintable(why(secondId)));
    QVERIFY(*secondId != *firstId);

    const auto found = posts.find(*firstId);
    QVERIFY2(found, qPrintable(why(found)));
    QCOMPARE(found->title, first.title);
    QCOMPARE(found->createdBy, kAttache);
    QCOMPARE(found->createdAt, first.createdAt);
    QVERIFY(found->updatedAt.isValid());
    QCOMPARE(found->variants.size(), 2);
    QCOMPARE(found->variants[0].accountId, x);
    QCOMPARE(found->variants[0].text, first.variants[0].text);
    QCOMPARE(found->variants[1].accountId, fb);
    QCOMPARE(found->variants[1].language, QStringLiteral("ru"));
    QCOMPARE(found->variants[1].text, first.variants[1].text);
    for (const auto &v : found->variants) {
        QCOMPARE(v.postId, *firstId);
        QCOMPARE(v.state, VariantState::Draft);
        QVERIFY(!v.scheduledAt.isValid());
        QVERIFY(v.remoteId.isEmpty());
    }
    const auto create = posts.auditLog().forEntity(QStringLiteral("post"), *firstId);
    QVERIFY(create);
    QCOMPARE(create->size(), 1);
    QCOMPARE(create->first().action, QStringLiteral("create"));
    QCOMPARE(create->first().actor, kAttache);

    // Taking a step on the first post makes it the most recently changed. Times are kept to the millisecond:
    // let one pass so the step is not a tie with the second post's creation.
    QTest::qSleep(3);
    QVERIFY(posts.transition(found->variants[0].id, VariantState::InReview, kAttache));
    const auto all = posts.all();
    QVERIFY2(all, qPrintable(why(all)));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, *firstId);
    QCOMPARE(all->at(0).variants.size(), 2);
    QCOMPARE(all->at(0).variants[0].state, VariantState::InReview);
    QCOMPARE(all->at(1).id, *secondId);
    QCOMPARE(all->at(1).variants.size(), 1);
    QCOMPARE(all->at(1).variants[0].text, second.variants[0].text);

    QVERIFY(!posts.find(*secondId + 100));
}

void RepositoriesTest::transition_data()
{
    QTest::addColumn<VariantState>("from");
    QTest::addColumn<VariantState>("to");
    QTest::addColumn<bool>("allowed");
    for (int a = 0; a <= int(VariantState::Failed); ++a) {
        for (int b = 0; b <= int(VariantState::Failed); ++b) {
            const auto from = VariantState(a);
            const auto to = VariantState(b);
            const QByteArray name = (domain::stateId(from) + QStringLiteral(" → ") + domain::stateId(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << domain::Workflow::allowed(from, to);
        }
    }
}

// Every pair of states through PostRepository: allowed steps land with their audit line, the others change nothing.
void RepositoriesTest::transition()
{
    QFETCH(VariantState, from);
    QFETCH(VariantState, to);
    QFETCH(bool, allowed);
    const qint64 account = addAccount(domain::Platform::X, QStringLiteral("@en"));
    const qint64 id = newVariant(account, from);
    QVERIFY(id > 0);
    store::PostRepository posts(*m_db);
    const auto before = posts.variant(id);
    QVERIFY(before);
    QCOMPARE(before->state, from);
    const int auditBefore = auditCount(posts, id);
    QCOMPARE(auditBefore, pathTo(from).size());

    const QDateTime started = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QString reason = QStringLiteral("Tone: «too sharp»");
    const store::Status result = step(posts, id, from, to, kReviewer, reason);
    const QDateTime finished = QDateTime::currentDateTimeUtc().addMSecs(1);
    const auto after = posts.variant(id);
    QVERIFY(after);
    const auto audit = posts.auditLog().forEntity(QStringLiteral("variant"), id);
    QVERIFY(audit);
    if (!allowed) {
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(after->state, from);
        QCOMPARE(after->updatedAt, before->updatedAt);
        QCOMPARE(after->scheduledAt, before->scheduledAt);
        QCOMPARE(after->failureReason, before->failureReason);
        QCOMPARE(audit->size(), auditBefore);
        return;
    }
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(after->state, to);
    QCOMPARE(audit->size(), auditBefore + 1);
    const domain::AuditEntry &last = audit->last();
    QCOMPARE(last.actor, kReviewer);
    QCOMPARE(last.entity, QStringLiteral("variant"));
    QCOMPARE(last.entityId, id);
    QCOMPARE(last.action, QStringLiteral("transition"));
    QCOMPARE(last.fromState, domain::stateId(from));
    QCOMPARE(last.toState, domain::stateId(to));
    // schedule() takes no reason: the time is what it records.
    const bool scheduling = from == VariantState::Approved && to == VariantState::Scheduled;
    QCOMPARE(last.reason, scheduling ? QString() : reason);
    QVERIFY2(last.at >= started && last.at <= finished, qPrintable(last.at.toString(Qt::ISODateWithMs)));
    QCOMPARE(last.at.timeSpec(), Qt::UTC);
    if (to == VariantState::Scheduled || to == VariantState::Publishing || to == VariantState::Published)
        QCOMPARE(after->scheduledAt, kWhen);
    if (to == VariantState::Failed)
        QCOMPARE(after->failureReason, reason);
    else
        QVERIFY(after->failureReason.isEmpty());
}

void RepositoriesTest::transitionNeedingReason_withoutOne_isRefused_data()
{
    QTest::addColumn<VariantState>("from");
    QTest::addColumn<VariantState>("to");
    QTest::addColumn<QString>("reason");
    for (const auto &t : domain::Workflow::transitions()) {
        if (!t.needsReason)
            continue;
        const QString name = domain::stateId(t.from) + QStringLiteral(" → ") + domain::stateId(t.to);
        QTest::newRow(qPrintable(name + QStringLiteral(", empty"))) << t.from << t.to << QString();
        QTest::newRow(qPrintable(name + QStringLiteral(", blank"))) << t.from << t.to << QStringLiteral(" \t ");
    }
}

void RepositoriesTest::transitionNeedingReason_withoutOne_isRefused()
{
    QFETCH(VariantState, from);
    QFETCH(VariantState, to);
    QFETCH(QString, reason);
    const qint64 id = newVariant(addAccount(domain::Platform::X, QStringLiteral("@en")), from);
    QVERIFY(id > 0);
    store::PostRepository posts(*m_db);
    const int auditBefore = auditCount(posts, id);
    const auto refused = posts.transition(id, to, kReviewer, reason);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("reason")), qPrintable(refused.error().message));
    QCOMPARE(posts.variant(id)->state, from);
    QCOMPARE(auditCount(posts, id), auditBefore);
    // The same step with a reason goes through: the refusal was about the reason only.
    QVERIFY2(posts.transition(id, to, kReviewer, QStringLiteral("Facts to be checked")), "with a reason");
    QCOMPARE(posts.variant(id)->state, to);
}

void RepositoriesTest::scheduleWithoutTime_isRefused()
{
    const qint64 id = newVariant(addAccount(domain::Platform::X, QStringLiteral("@en")), VariantState::Approved);
    QVERIFY(id > 0);
    store::PostRepository posts(*m_db);
    const auto viaTransition = posts.transition(id, VariantState::Scheduled, kAttache);
    QVERIFY(!viaTransition);
    QVERIFY(!viaTransition.error().message.isEmpty());
    const auto viaSchedule = posts.schedule(id, QDateTime(), kAttache);
    QVERIFY(!viaSchedule);
    QCOMPARE(posts.variant(id)->state, VariantState::Approved);
    QVERIFY(!posts.variant(id)->scheduledAt.isValid());
    // Naming a time in another zone stores the same instant in UTC.
    const QDateTime moscow(QDate(2026, 12, 1), QTime(13, 0), QTimeZone("Europe/Moscow"));
    QVERIFY(posts.schedule(id, moscow, kAttache));
    QCOMPARE(posts.variant(id)->scheduledAt, kWhen);
}

void RepositoriesTest::editVariant_onApprovedOrScheduled_goesBackToReview_data()
{
    QTest::addColumn<VariantState>("state");
    QTest::newRow("approved") << VariantState::Approved;
    QTest::newRow("scheduled") << VariantState::Scheduled;
}

void RepositoriesTest::editVariant_onApprovedOrScheduled_goesBackToReview()
{
    QFETCH(VariantState, state);
    const qint64 id = newVariant(addAccount(domain::Platform::X, QStringLiteral("@en")), state);
    QVERIFY(id > 0);
    store::PostRepository posts(*m_db);
    const int auditBefore = auditCount(posts, id);
    const QString text = QStringLiteral("Corrected: the reception starts at 19:30.");
    const auto edited = posts.editVariant(id, text, QStringLiteral("editor"));
    QVERIFY2(edited, qPrintable(why(edited)));
    const auto after = posts.variant(id);
    QCOMPARE(after->text, text);
    QCOMPARE(after->state, VariantState::InReview);
    const auto audit = posts.auditLog().forEntity(QStringLiteral("variant"), id);
    QCOMPARE(audit->size(), auditBefore + 1);
    QCOMPARE(audit->last().actor, QStringLiteral("editor"));
    QCOMPARE(audit->last().fromState, domain::stateId(state));
    QCOMPARE(audit->last().toState, domain::stateId(VariantState::InReview));
    QVERIFY(!audit->last().reason.isEmpty());
}

void RepositoriesTest::editVariant_onDraft_staysDraftWithoutTransition()
{
    const qint64 id = newVariant(addAccount(domain::Platform::X, QStringLiteral("@en")), VariantState::Draft);
    QVERIFY(id > 0);
    store::PostRepository posts(*m_db);
    QVERIFY(posts.editVariant(id, QStringLiteral("New text"), kAttache));
    QCOMPARE(posts.variant(id)->text, QStringLiteral("New text"));
    QCOMPARE(posts.variant(id)->state, VariantState::Draft);
    QCOMPARE(auditCount(posts, id), 0);
}

void RepositoriesTest::editVariant_onPublished_isRefused()
{
    const qint64 id = newVariant(addAccount(domain::Platform::X, QStringLiteral("@en")), VariantState::Published);
    QVERIFY(id > 0);
    store::PostRepository posts(*m_db);
    const auto refused = posts.editVariant(id, QStringLiteral("Too late"), kAttache);
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(posts.variant(id)->text, QStringLiteral("Text"));
    QCOMPARE(posts.variant(id)->state, VariantState::Published);
}

void RepositoriesTest::recordPublished_storesRemoteId()
{
    const qint64 id = newVariant(addAccount(domain::Platform::X, QStringLiteral("@en")), VariantState::Publishing);
    QVERIFY(id > 0);
    store::PostRepository posts(*m_db);
    QVERIFY(posts.recordPublished(id, QStringLiteral("1790000000000000001"), QStringLiteral("publisher")));
    QCOMPARE(posts.variant(id)->state, VariantState::Published);
    QCOMPARE(posts.variant(id)->remoteId, QStringLiteral("1790000000000000001"));
    // Published is final: recording it again is refused and keeps the first id.
    QVERIFY(!posts.recordPublished(id, QStringLiteral("2"), QStringLiteral("publisher")));
    QCOMPARE(posts.variant(id)->remoteId, QStringLiteral("1790000000000000001"));
}

void RepositoriesTest::auditLog_refusesUpdateAndDelete_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("update reason") << QStringLiteral("UPDATE audit_log SET reason = 'rewritten'");
    QTest::newRow("update actor") << QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id > 0");
    QTest::newRow("delete one") << QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MIN(id) FROM audit_log)");
    QTest::newRow("delete all") << QStringLiteral("DELETE FROM audit_log");
}

void RepositoriesTest::auditLog_refusesUpdateAndDelete()
{
    QFETCH(QString, statement);
    const qint64 id = newVariant(addAccount(domain::Platform::X, QStringLiteral("@en")), VariantState::Approved);
    QVERIFY(id > 0);
    store::PostRepository posts(*m_db);
    const auto before = posts.auditLog().forEntity(QStringLiteral("variant"), id);
    QCOMPARE(before->size(), 2);
    QSqlQuery q(m_db->connection());
    QVERIFY2(!q.exec(statement), "the database accepted a change of the audit log");
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
    const auto after = posts.auditLog().forEntity(QStringLiteral("variant"), id);
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        QCOMPARE(after->at(i).actor, before->at(i).actor);
        QCOMPARE(after->at(i).reason, before->at(i).reason);
        QCOMPARE(after->at(i).toState, before->at(i).toState);
    }
    // Appending still works: the guard is about changing history, not writing it.
    QVERIFY(posts.transition(id, VariantState::InReview, kAttache, QStringLiteral("again")));
}

// Long work runs on its own thread with its own connection (ARCHITECTURE.md): that connection must be able to write.
void RepositoriesTest::anotherConnection_canTakeSteps()
{
    const qint64 id = newVariant(addAccount(domain::Platform::X, QStringLiteral("@en")), VariantState::InReview);
    QVERIFY(id > 0);
    QString failure = QStringLiteral("not run");
    std::unique_ptr<QThread> worker(QThread::create([&] {
        store::Database::OpenError error;
        auto other = m_db->openAnother(&error);
        if (!other) {
            failure = QStringLiteral("openAnother: ") + describe(error.error);
            return;
        }
        store::PostRepository posts(*other);
        const auto s = posts.transition(id, VariantState::Approved, kReviewer);
        failure = s ? QString() : why(s);
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    store::PostRepository posts(*m_db);
    QCOMPARE(posts.variant(id)->state, VariantState::Approved);
}

// Someone sends a variant back to review while another user's schedule of it is being committed. Whatever the
// engine, no step is applied on a state that is no longer true and nothing is lost (see the two outcomes below).
void RepositoriesTest::transition_whenStateChangedUnderneath_isRefused()
{
    const qint64 id = newVariant(addAccount(domain::Platform::X, QStringLiteral("@en")), VariantState::Approved);
    QVERIFY(id > 0);
    store::PostRepository posts(*m_db);
    const int auditBefore = auditCount(posts, id);

    // The scheduler's change is made but not yet committed: it holds the row.
    auto scheduling = std::make_unique<store::Transaction>(*m_db);
    QVERIFY(scheduling->begun());
    QVERIFY(posts.schedule(id, kWhen, kAttache));

    bool lateStepSucceeded = true;
    QString lateError;
    QString setupFailure;
    QAtomicInt started;
    std::unique_ptr<QThread> late(QThread::create([&] {
        store::Database::OpenError error;
        auto other = m_db->openAnother(&error);
        started.storeRelease(1);
        if (!other) {
            setupFailure = describe(error.error);
            return;
        }
        store::PostRepository otherPosts(*other);
        const auto s = otherPosts.transition(id, VariantState::InReview, kReviewer, QStringLiteral("verify again"));
        lateStepSucceeded = s.ok();
        lateError = s ? QString() : s.error().message;
    }));
    late->start();
    while (!started.loadAcquire())
        QThread::msleep(10);
    QThread::msleep(1000); // the late step has read "approved" and waits for the row
    QVERIFY(scheduling->commit());
    scheduling.reset();
    QVERIFY(late->wait(30000));
    QVERIFY2(setupFailure.isEmpty(), qPrintable(setupFailure));
    QFETCH_GLOBAL(Engine, engine);
    const auto after = posts.variant(id);
    if (engine == Engine::Sqlite) {
        // SQLite's units of work take the write lock before they read (BEGIN IMMEDIATE): the late step cannot
        // have read "approved"; it waited for the schedule to commit, read "scheduled", and was applied to that
        // — one after the other, nothing lost: the schedule and the late step are both in the history.
        QVERIFY2(lateStepSucceeded, qPrintable(lateError));
        QCOMPARE(after->state, VariantState::InReview);
        QCOMPARE(auditCount(posts, id), auditBefore + 2);
        return;
    }
    // PostgreSQL reads without waiting, so the late step did read "approved"; it re-checks the row after the
    // wait and changes nothing ("Someone else changed this variant").
    QVERIFY2(!lateStepSucceeded, "a step based on a stale state was applied");
    QVERIFY(!lateError.isEmpty());
    QCOMPARE(after->state, VariantState::Scheduled);
    QCOMPARE(after->scheduledAt, kWhen);
    QCOMPARE(auditCount(posts, id), auditBefore + 1);
}

namespace {
domain::Mention mention(qint64 accountId, const QString &remoteId, const QDateTime &at)
{
    domain::Mention m;
    m.accountId = accountId;
    m.remoteId = remoteId;
    m.conversationId = QStringLiteral("c-") + remoteId;
    m.authorHandle = QStringLiteral("@reader");
    m.text = QStringLiteral("Text of ") + remoteId;
    m.language = QStringLiteral("en");
    m.createdAt = at;
    return m;
}
} // namespace

void RepositoriesTest::mentions_insert_ignoresSamePlatformAndRemoteId()
{
    const qint64 x1 = addAccount(domain::Platform::X, QStringLiteral("@en"));
    const qint64 x2 = addAccount(domain::Platform::X, QStringLiteral("@ambassador"));
    const qint64 fb = addAccount(domain::Platform::Facebook, QStringLiteral("page"));
    QVERIFY(x1 > 0 && x2 > 0 && fb > 0);
    store::MentionRepository mentions(*m_db);
    const QDateTime t0(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    const auto first = mentions.insert({mention(x1, QStringLiteral("100"), t0), mention(x1, QStringLiteral("101"), t0.addSecs(60)),
                                        mention(x1, QStringLiteral("102"), t0.addSecs(120))});
    QVERIFY2(first, qPrintable(why(first)));
    QCOMPARE(*first, 3);
    // A repeated page: two already stored (one seen through the other X account, same platform), one new; and the
    // same remote id on another platform is another item.
    const auto second = mentions.insert({mention(x1, QStringLiteral("101"), t0), mention(x2, QStringLiteral("102"), t0),
                                         mention(x1, QStringLiteral("103"), t0), mention(fb, QStringLiteral("100"), t0)});
    QVERIFY2(second, qPrintable(why(second)));
    QCOMPARE(*second, 2);
    QCOMPARE(*mentions.count(), 5);
    const auto again = mentions.insert({mention(x1, QStringLiteral("103"), t0)});
    QCOMPARE(*again, 0);
    QCOMPARE(*mentions.count(), 5);
    // An unknown account is refused as a whole.
    const auto unknown = mentions.insert({mention(x1, QStringLiteral("200"), t0), mention(9999, QStringLiteral("201"), t0)});
    QVERIFY(!unknown);
    QCOMPARE(*mentions.count(), 5);
    // A row the database refuses half way through a page (no time: NOT NULL) leaves none of the page behind.
    const auto halfBad = mentions.insert({mention(x1, QStringLiteral("300"), t0), mention(x1, QStringLiteral("301"), {})});
    QVERIFY(!halfBad);
    QCOMPARE(*mentions.count(), 5);
}

void RepositoriesTest::mentions_priorityPage_criticismAndQuestionsFirst_verifiedThenAudienceThenNewest()
{
    const qint64 account = addAccount(domain::Platform::X, QStringLiteral("@en"));
    store::MentionRepository mentions(*m_db);
    const QDateTime t0(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    auto make = [&](const char *id, domain::Stance stance, bool verified, qint64 followers, int minutes,
                    domain::MentionStatus status = domain::MentionStatus::New) {
        domain::Mention m = mention(account, QString::fromLatin1(id), t0.addSecs(minutes * 60));
        m.stance = stance;
        m.authorVerified = verified;
        m.authorFollowers = followers;
        m.status = status;
        return m;
    };
    using S = domain::Stance;
    QCOMPARE(*mentions.insert({
                 make("support-newest", S::Support, true, 500000, 50),
                 make("question", S::Question, false, 10, 40),
                 make("criticism-old", S::Criticism, false, 10, 10),
                 make("criticism-new", S::Criticism, false, 20, 30),
                 make("criticism-big", S::Criticism, false, 50000, 5),
                 make("criticism-verified", S::Criticism, true, 100, 1),
                 make("criticism-done", S::Criticism, true, 900000, 60, domain::MentionStatus::Done),
             }),
             7);
    const auto page = mentions.page(0, 10, store::MentionRepository::Order::Priority);
    QVERIFY2(page, qPrintable(why(page)));
    QStringList order;
    for (const auto &m : *page)
        order << m.remoteId;
    QCOMPARE(order, (QStringList{QStringLiteral("criticism-verified"), QStringLiteral("criticism-big"),
                                 QStringLiteral("criticism-new"), QStringLiteral("criticism-old"),
                                 QStringLiteral("question"), QStringLiteral("support-newest"),
                                 QStringLiteral("criticism-done")}));
}

void RepositoriesTest::mentions_page_newestFirstWithAllFields()
{
    const qint64 account = addAccount(domain::Platform::X, QStringLiteral("@en"));
    QVERIFY(account > 0);
    store::MentionRepository mentions(*m_db);
    const QDateTime t0(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    QList<domain::Mention> batch;
    for (int i = 0; i < 25; ++i)
        batch << mention(account, QString::number(1000 + i), t0.addSecs(i * 60));
    domain::Mention &rich = batch[24];
    rich.inReplyToRemoteId = QStringLiteral("17000000000000000001");
    rich.authorName = QStringLiteral("Анна К.");
    rich.authorBio = QStringLiteral("Живу в Лондоне");
    rich.authorVerified = true;
    rich.authorFollowers = 48200;
    rich.text = QStringLiteral("Спасибо! 谢谢 👍");
    rich.language = QStringLiteral("ru");
    rich.stance = domain::Stance::Support;
    rich.stanceScore = 0.75;
    rich.status = domain::MentionStatus::Assigned;
    rich.assignee = QStringLiteral("press.attache");
    rich.notable = true;
    QCOMPARE(*mentions.insert(batch), 25);

    const auto firstPage = mentions.page(0, 10);
    QVERIFY2(firstPage, qPrintable(why(firstPage)));
    QCOMPARE(firstPage->size(), 10);
    const domain::Mention &top = firstPage->first();
    QCOMPARE(top.remoteId, QStringLiteral("1024"));
    QCOMPARE(top.accountId, account);
    QCOMPARE(top.conversationId, QStringLiteral("c-1024"));
    QCOMPARE(top.inReplyToRemoteId, rich.inReplyToRemoteId);
    QCOMPARE(top.authorName, rich.authorName);
    QCOMPARE(top.authorBio, rich.authorBio);
    QCOMPARE(top.authorVerified, true);
    QCOMPARE(top.authorFollowers, 48200);
    QCOMPARE(top.text, rich.text);
    QCOMPARE(top.language, QStringLiteral("ru"));
    QCOMPARE(top.stance, domain::Stance::Support);
    QCOMPARE(top.stanceScore, 0.75);
    QCOMPARE(top.status, domain::MentionStatus::Assigned);
    QCOMPARE(top.assignee, rich.assignee);
    QCOMPARE(top.notable, true);
    QCOMPARE(top.createdAt, rich.createdAt);
    QCOMPARE(firstPage->at(1).authorVerified, false);
    QCOMPARE(firstPage->at(1).notable, false);
    for (qsizetype i = 1; i < firstPage->size(); ++i)
        QVERIFY(firstPage->at(i - 1).createdAt > firstPage->at(i).createdAt);
    const auto lastPage = mentions.page(20, 10);
    QCOMPARE(lastPage->size(), 5);
    QCOMPARE(lastPage->last().remoteId, QStringLiteral("1000"));
}

void RepositoriesTest::audience_addLatestAndHistory()
{
    const qint64 account = addAccount(domain::Platform::X, QStringLiteral("@en"));
    const qint64 other = addAccount(domain::Platform::Facebook, QStringLiteral("page"));
    QVERIFY(account > 0 && other > 0);
    store::AudienceRepository audience(*m_db);
    const auto none = audience.latest(account);
    QVERIFY(none);
    QCOMPARE(none->id, 0);
    QVERIFY(audience.followerHistory(account)->isEmpty());

    const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    using D = domain::AudienceDimension;
    // Added out of order: history and "latest" go by the time taken, not by insertion.
    for (const int week : {2, 0, 1}) {
        domain::AudienceSnapshot s;
        s.accountId = account;
        s.takenAt = t0.addDays(7 * week);
        s.followers = 1000 + week * 100;
        s.verifiedFollowers = 10 + week;
        s.sampleSize = 900 + week;
        s.shares = {{D::Country, QStringLiteral("GB"), 390 + week}, {D::Country, QStringLiteral("US"), 150},
                    {D::City, QStringLiteral("GB/London"), 175}, {D::Interest, QStringLiteral("business"), 340},
                    {D::VerifiedKind, QStringLiteral("journalist"), 4}};
        const auto id = audience.add(s);
        QVERIFY2(id, qPrintable(why(id)));
    }
    QVERIFY(audience.add({0, other, t0, 5, 0, 5, {}, {}}));

    const auto history = audience.followerHistory(account);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    for (int week = 0; week < 3; ++week) {
        QCOMPARE(history->at(week).at, t0.addDays(7 * week));
        QCOMPARE(history->at(week).followers, 1000 + week * 100);
        QCOMPARE(history->at(week).verifiedFollowers, 10 + week);
    }
    const auto latest = audience.latest(account);
    QVERIFY(latest);
    QVERIFY(latest->id > 0);
    QCOMPARE(latest->accountId, account);
    QCOMPARE(latest->takenAt, t0.addDays(14));
    QCOMPARE(latest->followers, 1200);
    QCOMPARE(latest->verifiedFollowers, 12);
    QCOMPARE(latest->sampleSize, 902);
    QCOMPARE(latest->shares.size(), 5);
    QHash<QString, qint64> byKey;
    for (const auto &share : latest->shares)
        byKey.insert(domain::dimensionId(share.dimension) + QLatin1Char(':') + share.key, share.count);
    QCOMPARE(byKey.value(domain::dimensionId(D::Country) + QStringLiteral(":GB")), 392);
    QCOMPARE(byKey.value(domain::dimensionId(D::Country) + QStringLiteral(":US")), 150);
    QCOMPARE(byKey.value(domain::dimensionId(D::City) + QStringLiteral(":GB/London")), 175);
    QCOMPARE(byKey.value(domain::dimensionId(D::Interest) + QStringLiteral(":business")), 340);
    QCOMPARE(byKey.value(domain::dimensionId(D::VerifiedKind) + QStringLiteral(":journalist")), 4);
    QCOMPARE(audience.followerHistory(other)->size(), 1);
}

void RepositoriesTest::audience_sameTimeTwice_isRefusedWithoutPartialRows()
{
    const qint64 account = addAccount(domain::Platform::X, QStringLiteral("@en"));
    QVERIFY(account > 0);
    store::AudienceRepository audience(*m_db);
    const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    using D = domain::AudienceDimension;
    QVERIFY(audience.add({0, account, t0, 100, 1, 100, {{D::Country, QStringLiteral("GB"), 39}}, {}}));
    // A snapshot whose second share repeats the first: refused as a whole, no snapshot row left behind.
    const auto broken = audience.add({0, account, t0.addDays(7), 200, 2, 200,
                                      {{D::Country, QStringLiteral("GB"), 78}, {D::Country, QStringLiteral("GB"), 1}}, {}});
    QVERIFY(!broken);
    const auto duplicate = audience.add({0, account, t0, 300, 3, 300, {}, {}});
    QVERIFY(!duplicate);
    QVERIFY(!duplicate.error().message.isEmpty());
    QCOMPARE(audience.followerHistory(account)->size(), 1);
    QCOMPARE(audience.latest(account)->followers, 100);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audience_shares")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

// An import runs many repository calls in one transaction and lets some fail (a duplicate account): on PostgreSQL a
// failed statement poisons the whole transaction unless the call ran in its own savepoint.
void RepositoriesTest::unitOfWork_failedStepInside_keepsTheRest()
{
    QVERIFY(addAccount(domain::Platform::X, QStringLiteral("@first")) > 0);
    store::AccountRepository accounts(*m_db);
    store::MentionRepository mentions(*m_db);
    store::AudienceRepository audience(*m_db);
    {
        store::Transaction import(*m_db);
        QVERIFY(import.begun());
        const auto duplicate = accounts.add({0, domain::Platform::X, QStringLiteral("@first"), QStringLiteral("again"),
                                             QStringLiteral("en"), QStringLiteral("UTC"), {}});
        QVERIFY(!duplicate);
        const auto second = accounts.add({0, domain::Platform::X, QStringLiteral("@second"), QStringLiteral("2"),
                                          QStringLiteral("en"), QStringLiteral("UTC"), {}});
        QVERIFY2(second, qPrintable(why(second)));
        const auto unknown = mentions.insert({mention(9999, QStringLiteral("1"), QDateTime::currentDateTimeUtc())});
        QVERIFY(!unknown);
        const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        QVERIFY(audience.add({0, *second, t0, 10, 0, 10, {}, {}}));
        QVERIFY(!audience.add({0, *second, t0, 11, 0, 11, {}, {}})); // same time twice
        const auto third = accounts.add({0, domain::Platform::Weibo, QStringLiteral("third"), QStringLiteral("3"),
                                         QStringLiteral("zh"), QStringLiteral("UTC"), {}});
        QVERIFY2(third, qPrintable(why(third)));
        QVERIFY2(import.commit(), qPrintable(m_db->connection().lastError().text()));
    }
    const auto all = accounts.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(1).handle, QStringLiteral("@second"));
    QCOMPARE(all->at(2).handle, QStringLiteral("third"));
    QCOMPARE(audience.followerHistory(all->at(1).id)->size(), 1);
    QCOMPARE(audience.latest(all->at(1).id)->followers, 10);
}

void RepositoriesTest::unitOfWork_joinedStepEndedWithoutCommit_rollsBackTheWhole()
{
    store::AccountRepository accounts(*m_db);
    const auto add = [&](const QString &handle) {
        return accounts.add({0, domain::Platform::X, handle, handle, QStringLiteral("en"), QStringLiteral("UTC"), {}});
    };
    {
        store::Transaction outer(*m_db);
        QVERIFY(add(QStringLiteral("@kept")));
        {
            store::Transaction joined(*m_db, store::Transaction::Nesting::JoinOuter);
            QVERIFY(joined.begun());
            QVERIFY(add(QStringLiteral("@joined")));
            QVERIFY(joined.commit());
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(accounts.all()->size(), 2);
    {
        store::Transaction outer(*m_db);
        QVERIFY(add(QStringLiteral("@before")));
        {
            store::Transaction joined(*m_db, store::Transaction::Nesting::JoinOuter);
            QVERIFY(add(QStringLiteral("@half")));
            // ends without commit: nothing of it may be committed, and it had no savepoint of its own
        }
        QVERIFY(!outer.commit());
    }
    QCOMPARE(accounts.all()->size(), 2);
    // The next unit of work starts clean.
    {
        store::Transaction next(*m_db);
        QVERIFY(add(QStringLiteral("@after")));
        QVERIFY(next.commit());
    }
    QCOMPARE(accounts.all()->size(), 3);
}

void RepositoriesTest::open_newerVersion_isRefused()
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at, summary) VALUES (99, 0, 'x')")),
             qPrintable(q.lastError().text()));
    q.finish();
    m_fixture->close();
    m_db = m_fixture->open();
    QVERIFY(!m_db);
    QCOMPARE(m_fixture->failure(), store::OpenFailure::NewerVersion);
    QVERIFY2(m_fixture->error().contains(QLatin1String("newer version")), qPrintable(m_fixture->error()));
}

void RepositoriesTest::open_foreignDatabase_isNotAWorkspace()
{
    QFETCH_GLOBAL(Engine, engine);
    // Start again with an empty database that another program fills.
    m_db = nullptr;
    m_fixture = std::make_unique<testsupport::FreshDatabase>(engine);
    store::OpenOptions options;
    options.migrate = false;
    m_db = m_fixture->open(options);
    QVERIFY2(m_db, qPrintable(m_fixture->error()));
    QCOMPARE(m_db->schemaVersion(), 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('Embassy', '+44')")));
    q.finish();
    m_fixture->close();
    m_db = m_fixture->open();
    QVERIFY(!m_db);
    QCOMPARE(m_fixture->failure(), store::OpenFailure::NotAWorkspace);
    // Nothing was added to it.
    m_db = m_fixture->open(options);
    QVERIFY(!m_db);
    m_fixture->close();
}

QTEST_GUILESS_MAIN(RepositoriesTest)
#include "tst_repositories.moc"
