// Items stored before full-text search existed (schema 5) are indexed on a thread of the indexer's own, with
// its own connection, once per engine (SQLite; PostgreSQL when ATTACHE_TEST_PG names a server): they all
// become searchable, no batch runs on the GUI thread, and deleting the indexer (or the session) mid-way stops
// it at once, closes its connection and leaves the rest for the next time. The inbox pane says so while it
// runs.
#include "common/accountlistmodel.h"
#include "inbox/inboxpane.h"
#include "store/database.h"
#include "store/mentionrepository.h"
#include "store/settingsrepository.h"
#include "support/storefixture.h"
#include "workspace/searchindexer.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using testsupport::Engine;
using workspace::SearchIndexer;

namespace {

const QString kWord = QStringLiteral("grievance");

// Writes `count` items as a workspace before schema 5 held them (no search entry), and notes the backlog as
// the migration to schema 5 notes it.
bool addOlderItems(const store::Database &db, int count)
{
    const qint64 account = testsupport::addAccount(db, domain::Platform::X, QStringLiteral("@en"));
    if (!account)
        return false;
    store::Transaction transaction(db);
    QSqlQuery raw(db.connection());
    if (!raw.prepare(
            QStringLiteral("INSERT INTO mentions (account_id, platform, remote_id, author_handle, text, "
                           "created_at) VALUES (?, 'x', ?, '@old', ?, ?)")))
        return false;
    for (int i = 0; i < count; ++i) {
        raw.addBindValue(account);
        raw.addBindValue(QStringLiteral("old-%1").arg(i));
        raw.addBindValue(QStringLiteral("An old %1 about the Embassy, number %2").arg(kWord).arg(i));
        raw.addBindValue(qint64(1700000000000) + i);
        if (!raw.exec())
            return false;
    }
    if (!raw.exec(QStringLiteral("SELECT MAX(id) FROM mentions")) || !raw.next())
        return false;
    const qint64 newest = raw.value(0).toLongLong();
    raw.finish();
    return store::SettingsRepository(db).setValue(QStringLiteral("mentions.search_backlog"),
                                                  QString::number(newest)) &&
           transaction.commit();
}

// What an indexer said, as the GUI thread hears it: its signals come from the indexing thread and are queued
// to this object's thread. (A QSignalSpy would record them on the indexing thread, racing the test's reads.)
struct Heard final : QObject
{
    explicit Heard(SearchIndexer &indexer)
    {
        connect(&indexer, &SearchIndexer::progress, this, [this](qint64 left) { progress << left; });
        connect(&indexer, &SearchIndexer::completed, this, [this] { ++completed; });
        connect(&indexer, &SearchIndexer::failed, this, [this](const QString &why) { failed << why; });
    }
    QList<qint64> progress;
    int completed = 0;
    QStringList failed;
};

qint64 searchable(const store::Database &db)
{
    store::MentionQuery q;
    q.text = kWord;
    const auto n = store::MentionRepository(db).count(q);
    return n ? *n : -1;
}

} // namespace

class SearchIndexerTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void olderItems_allSearchable_indexedOffTheGuiThread();
    void nothingToIndex_completesAtOnce();
    void deletedMidWay_stopsAtOnce_restFollowsNextTime();
    void session_indexesInTheBackground_andClosesMidWay();
    void inboxPane_saysSearchIsIndexing_untilDone();

private:
    // A workspace file whose items were all stored before schema 5.
    bool createOlderWorkspace(const QString &path, int items);
    std::unique_ptr<workspace::Session> openSession(const QString &path);

    std::unique_ptr<testsupport::FreshDatabase> m_fixture;
    store::Database *m_db = nullptr;
};

void SearchIndexerTest::initTestCase_data()
{
    testsupport::addEngineRows();
}

void SearchIndexerTest::init()
{
    testsupport::openFreshDatabase(m_fixture, m_db, /*checkSchema=*/true);
}

void SearchIndexerTest::cleanup()
{
    testsupport::closeFreshDatabase(m_fixture, m_db);
}

void SearchIndexerTest::olderItems_allSearchable_indexedOffTheGuiThread()
{
    constexpr int kItems = 2500;
    QVERIFY(addOlderItems(*m_db, kItems));
    QCOMPARE(searchable(*m_db), 0);

    SearchIndexer indexer(*m_db, nullptr, 500);
    QCOMPARE(indexer.remaining(), -1);
    QList<QThread *> ranOn;
    QList<qint64> left;
    // A direct connection runs where the signal is emitted: on the thread that has just indexed the batch.
    connect(
        &indexer, &SearchIndexer::progress, this,
        [&](qint64 remaining) {
            ranOn << QThread::currentThread();
            left << remaining;
        },
        Qt::DirectConnection);
    Heard heard(indexer);
    // The GUI thread's event loop turns while the indexer works.
    int turns = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] { ++turns; });
    tick.start(0);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(heard.completed, 1, 30000);
    tick.stop();
    QVERIFY2(heard.failed.isEmpty(), qPrintable(heard.failed.join(u'\n')));
    QTRY_VERIFY(!indexer.isRunning());

    QCOMPARE(heard.progress, left);
    QCOMPARE(left.size(), kItems / 500);
    QCOMPARE(left.last(), 0);
    for (int i = 1; i < left.size(); ++i)
        QVERIFY(left[i] < left[i - 1]);
    for (QThread *thread : std::as_const(ranOn))
        QVERIFY(thread != QThread::currentThread());
    QVERIFY(turns > left.size());
    QVERIFY(indexer.isComplete());
    QCOMPARE(searchable(*m_db), kItems);
}

void SearchIndexerTest::nothingToIndex_completesAtOnce()
{
    SearchIndexer indexer(*m_db);
    Heard heard(indexer);
    indexer.start();
    QTRY_COMPARE(heard.completed, 1);
    QCOMPARE(heard.progress, QList<qint64>{0});
    QVERIFY(indexer.isComplete());
}

void SearchIndexerTest::deletedMidWay_stopsAtOnce_restFollowsNextTime()
{
    constexpr int kItems = 6000;
    QVERIFY(addOlderItems(*m_db, kItems));
    const QStringList connections = QSqlDatabase::connectionNames();
    auto indexer = std::make_unique<SearchIndexer>(*m_db, nullptr, 50);
    auto heard = std::make_unique<Heard>(*indexer);
    indexer->start();
    QTRY_VERIFY_WITH_TIMEOUT(!heard->progress.isEmpty(), 30000);
    QVERIFY(heard->progress.last() > 0);
    QElapsedTimer closing;
    closing.start();
    indexer.reset();
    // The batch in flight takes milliseconds; the rest between batches is cut short.
    QVERIFY2(closing.elapsed() < 2000, qPrintable(QString::number(closing.elapsed())));
    // The indexer's connection was closed on its thread as it ended.
    QCOMPARE(QSqlDatabase::connectionNames(), connections);
    const qint64 found = searchable(*m_db);
    QVERIFY2(found > 0 && found < kItems, qPrintable(QString::number(found)));

    SearchIndexer again(*m_db);
    Heard heardAgain(again);
    again.start();
    QTRY_COMPARE_WITH_TIMEOUT(heardAgain.completed, 1, 30000);
    QCOMPARE(searchable(*m_db), kItems);
}

void SearchIndexerTest::session_indexesInTheBackground_andClosesMidWay()
{
    QFETCH_GLOBAL(Engine, engine);
    if (engine != Engine::Sqlite)
        QSKIP("A session opens a workspace file (SQLite); the indexer itself is tested on both engines.");
    // Enough items for many batches of the session's own size.
    constexpr int kItems = SearchIndexer::kBatch * 15;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.attache"));
    QVERIFY(createOlderWorkspace(path, kItems));
    const QStringList connections = QSqlDatabase::connectionNames();

    // Opened and closed before it is done: the session's destructor stops the indexer without waiting long.
    auto session = openSession(path);
    QVERIFY(session);
    auto heard = std::make_unique<Heard>(session->searchIndexer());
    QTRY_VERIFY_WITH_TIMEOUT(!heard->progress.isEmpty(), 30000);
    QVERIFY(heard->progress.first() > 0);
    QVERIFY(!session->searchIndexer().isComplete());
    QElapsedTimer closing;
    closing.start();
    session.reset();
    QVERIFY2(closing.elapsed() < 3000, qPrintable(QString::number(closing.elapsed())));
    QCOMPARE(QSqlDatabase::connectionNames(), connections);

    // Opened again, it finishes; the GUI thread does none of it.
    session = openSession(path);
    QVERIFY(session);
    const qint64 before = searchable(session->workspace().database());
    QVERIFY2(before > 0 && before < kItems, qPrintable(QString::number(before)));
    QList<QThread *> ranOn;
    connect(
        &session->searchIndexer(), &SearchIndexer::progress, this,
        [&](qint64) { ranOn << QThread::currentThread(); }, Qt::DirectConnection);
    Heard heardAgain(session->searchIndexer());
    QElapsedTimer took;
    took.start();
    QTRY_COMPARE_WITH_TIMEOUT(heardAgain.completed, 1, 60000);
    qInfo("%lld older items indexed in %lld ms, rests included", kItems - before, took.elapsed());
    QVERIFY(!ranOn.isEmpty());
    for (QThread *thread : std::as_const(ranOn))
        QVERIFY(thread != QThread::currentThread());
    QCOMPARE(searchable(session->workspace().database()), kItems);
}

void SearchIndexerTest::inboxPane_saysSearchIsIndexing_untilDone()
{
    QFETCH_GLOBAL(Engine, engine);
    if (engine != Engine::Sqlite)
        QSKIP("A session opens a workspace file (SQLite).");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.attache"));
    QVERIFY(createOlderWorkspace(path, SearchIndexer::kBatch * 10));
    auto session = openSession(path);
    QVERIFY(session);
    ui::AccountListModel accounts;
    accounts.setAccounts(*session->workspace().accounts().all());
    ui::InboxPane pane(*session, accounts);
    const QString text = QStringLiteral("Search is still indexing older items…");
    QLabel *hint = nullptr;
    for (QLabel *label : pane.findChildren<QLabel *>()) {
        if (label->text() == text)
            hint = label;
    }
    QVERIFY(hint);
    QVERIFY(hint->isHidden()); // nothing is known before the first batch
    Heard heard(session->searchIndexer());
    QTRY_VERIFY_WITH_TIMEOUT(!hint->isHidden(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(heard.completed, 1, 60000);
    QTRY_VERIFY(hint->isHidden());
}

bool SearchIndexerTest::createOlderWorkspace(const QString &path, int items)
{
    store::Database::OpenError error;
    const auto ws = workspace::Workspace::open(path, {}, &error);
    return ws && addOlderItems(ws->database(), items);
}

// The demo's mode: its platforms are the local sandbox, so no keychain is needed.
std::unique_ptr<workspace::Session> SearchIndexerTest::openSession(const QString &path)
{
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(path, {}, &error);
    return ws ? std::make_unique<workspace::Session>(std::move(ws), workspace::Session::Mode::Demo) : nullptr;
}

QTEST_MAIN(SearchIndexerTest)
#include "tst_searchindexer.moc"
