#include "store/savedreplyrepository.h"
#include "support/storefixture.h"

#include <QTest>

using testsupport::Engine;

// The saved replies' table on both engines (SQLite, and PostgreSQL when ATTACHE_TEST_PG is set): stored, read by
// title, changed, refused without a title, deleted; Cyrillic kept as written.
class SavedRepliesStoreTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void storedChangedDeleted();
};

void SavedRepliesStoreTest::initTestCase_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::newRow("sqlite") << Engine::Sqlite;
    QTest::newRow("postgres") << Engine::Postgres;
}

void SavedRepliesStoreTest::storedChangedDeleted()
{
    QFETCH_GLOBAL(Engine, engine);
    testsupport::FreshDatabase fresh(engine);
    if (!fresh.skipReason().isEmpty())
        QSKIP(qPrintable(fresh.skipReason()));
    store::Database *db = fresh.open();
    QVERIFY2(db, qPrintable(fresh.error()));
    store::SavedReplyRepository repo(*db);
    QVERIFY(repo.all()->isEmpty());

    store::SavedReply b;
    b.title = QStringLiteral("Visa office hours");
    b.textEn = QStringLiteral("Dear {author}, the visa office is open 9–12.");
    b.textRu = QStringLiteral("Уважаемый {author}, визовый отдел открыт с 9 до 12.");
    b.updatedBy = QStringLiteral("anna");
    const auto bId = repo.add(b);
    QVERIFY(bId);
    store::SavedReply a = b;
    a.title = QStringLiteral("  Accreditation  ");
    QVERIFY(repo.add(a));
    store::SavedReply untitled;
    untitled.title = QStringLiteral("   ");
    QVERIFY(!repo.add(untitled));

    auto all = repo.all();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).title, QStringLiteral("Accreditation")); // trimmed, and by title
    QCOMPARE(all->at(1).textRu, b.textRu);
    QVERIFY(all->at(1).updatedAt.isValid());

    store::SavedReply changed = all->at(1);
    changed.textEn = QStringLiteral("Dear {author}, the visa office is open 9–13.");
    QVERIFY(repo.update(changed));
    QCOMPARE(repo.all()->at(1).textEn, changed.textEn);
    changed.title.clear();
    QVERIFY(!repo.update(changed));

    QVERIFY(repo.remove(*bId));
    QCOMPARE(repo.all()->size(), 1);
    changed.title = QStringLiteral("Gone");
    QVERIFY(!repo.update(changed)); // deleted meanwhile: said so, not silently ignored
}

QTEST_MAIN(SavedRepliesStoreTest)
#include "tst_inbox_savedreplies.moc"
