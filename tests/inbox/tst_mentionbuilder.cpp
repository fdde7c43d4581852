// How a platform's item becomes an inbox item: classified, the author's standing read from the bio for the
// priority only, and X's reply rule (did the author name our account?).
#include "inbox/ingest.h"
#include "inbox/ingestworker.h"
#include "platforms/x/xparser.h"
#include "inbox/mentionbuilder.h"
#include "inbox/mentiongenerator.h"
#include "inbox/stancelearning.h"
#include "store/mentionquery.h"
#include "platforms/types.h"
#include "store/mentionpriority.h"
#include "store/mentionrepository.h"
#include "support/storefixture.h"
#include "store/accountrepository.h"

#include <QTest>

class MentionBuilderTest : public QObject
{
    Q_OBJECT
private slots:
    void mentionsHandle_data();
    void mentionsHandle();
    void publicRole_fromBio_data();
    void publicRole_fromBio();
    void build_classifiesAndDecidesReplyRule();
    void ingest_generatedXPage_storesEveryItemOnce();
    void worker_storesOffTheCallersThread_inOrder();
    void worker_classifiesWithWhatWasLearnt();
};

void MentionBuilderTest::mentionsHandle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("start") << QStringLiteral("@Embassy when will you answer?") << true;
    QTest::newRow("case") << QStringLiteral("thanks @EMBASSY!") << true;
    QTest::newRow("longer handle") << QStringLiteral("@embassy_fr hello") << false;
    QTest::newRow("prefix of another") << QStringLiteral("@TheEmbassy hello") << false;
    QTest::newRow("no at") << QStringLiteral("the embassy is closed") << false;
    QTest::newRow("chinese after") << QStringLiteral("感谢@embassy昨天的招待会") << false;
    QTest::newRow("chinese space") << QStringLiteral("感谢@embassy 昨天的招待会") << true;
    QTest::newRow("end") << QStringLiteral("cc @embassy") << true;
}

void MentionBuilderTest::mentionsHandle()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(inbox::MentionBuilder::mentionsHandle(text, u"@embassy"), expected);
    QCOMPARE(inbox::MentionBuilder::mentionsHandle(text, u"embassy"), expected);
}

void MentionBuilderTest::publicRole_fromBio_data()
{
    QTest::addColumn<QString>("bio");
    QTest::addColumn<bool>("expected");
    QTest::newRow("journalist") << QStringLiteral("Journalist at The Times. Views my own.") << true;
    QTest::newRow("correspondent") << QStringLiteral("BBC correspondent in Moscow") << true;
    QTest::newRow("mp") << QStringLiteral("Member of Parliament for Islington North") << true;
    QTest::newRow("diplomat") << QStringLiteral("Diplomat. Tweets are personal") << true;
    QTest::newRow("ordinary") << QStringLiteral("Coffee, books and cats") << false;
    QTest::newRow("business") << QStringLiteral("Small business owner") << false;
    QTest::newRow("empty") << QString() << false;
}

void MentionBuilderTest::publicRole_fromBio()
{
    QFETCH(QString, bio);
    QFETCH(bool, expected);
    const inbox::MentionBuilder builder{inbox::Classifier()};
    QCOMPARE(builder.hasPublicRole(bio), expected);
}

void MentionBuilderTest::build_classifiesAndDecidesReplyRule()
{
    const inbox::MentionBuilder builder{inbox::Classifier()};
    domain::Account x;
    x.id = 3;
    x.platform = domain::Platform::X;
    x.handle = QStringLiteral("@AttacheEmbassy");
    platforms::IncomingItem item;
    item.id = QStringLiteral("1800");
    item.text = QStringLiteral("@AttacheEmbassy your statement is shameful propaganda");
    item.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    item.author.handle = QStringLiteral("critic");
    item.author.description = QStringLiteral("BBC correspondent in Moscow");
    item.author.followers = 250000;
    domain::Mention m = builder.build(x, item);
    QCOMPARE(m.accountId, 3);
    QCOMPARE(m.authorHandle, QStringLiteral("@critic"));
    QCOMPARE(m.language, QStringLiteral("en"));
    QCOMPARE(m.stance, domain::Stance::Criticism);
    QVERIFY(m.mentionsUs);
    QVERIFY(m.authorPublicRole);
    const int rank = store::MentionPriority::rank(m);
    QVERIFY(store::MentionPriority::hasPublicRole(rank));
    QCOMPARE(store::MentionPriority::audience(rank), 3);

    // A reply in the thread that does not name us: X forbids our reply.
    item.text = QStringLiteral("@someone_else this is shameful");
    QVERIFY(!builder.build(x, item).mentionsUs);
    // The client may know better (it said no): kept.
    item.text = QStringLiteral("@AttacheEmbassy hello");
    item.mentionsUs = false;
    QVERIFY(!builder.build(x, item).mentionsUs);
    // The rule is X's only.
    domain::Account fb = x;
    fb.platform = domain::Platform::Facebook;
    item.text = QStringLiteral("No handle here");
    QVERIFY(builder.build(fb, item).mentionsUs);
}

void MentionBuilderTest::ingest_generatedXPage_storesEveryItemOnce()
{
    testsupport::FreshDatabase fixture(testsupport::Engine::Sqlite);
    store::Database *db = fixture.open();
    QVERIFY2(db, qPrintable(fixture.error()));
    domain::Account x{0, domain::Platform::X, QStringLiteral("@AttacheEmbassy"), QStringLiteral("Embassy"),
                      QStringLiteral("en"), QStringLiteral("Europe/London"), QStringLiteral("1")};
    x.id = *store::AccountRepository(*db).add(x);
    inbox::MentionGenerator generator(5, x.handle);
    const QByteArray page = generator.nextXPage(100);
    const inbox::Ingest ingest(*db, inbox::MentionBuilder(inbox::Classifier()));
    const auto parsed = inbox::Ingest::parseXPage(page);
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const auto stored = ingest.page(x, *parsed);
    QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().message));
    QCOMPARE(*stored, 100);
    QCOMPARE(*ingest.page(x, *parsed), 0); // the same page again: nothing new
    QVERIFY(!inbox::Ingest::parseXPage("{not json"));
    QCOMPARE(*store::MentionRepository(*db).count(), 100);
}

void MentionBuilderTest::worker_storesOffTheCallersThread_inOrder()
{
    testsupport::FreshDatabase fixture(testsupport::Engine::Sqlite);
    store::Database *db = fixture.open();
    QVERIFY2(db, qPrintable(fixture.error()));
    domain::Account x{0, domain::Platform::X, QStringLiteral("@AttacheEmbassy"), QStringLiteral("Embassy"),
                      QStringLiteral("en"), QStringLiteral("Europe/London"), QStringLiteral("1")};
    x.id = *store::AccountRepository(*db).add(x);
    inbox::MentionGenerator generator(9, x.handle);
    QList<platforms::MentionPage> pages;
    for (int i = 0; i < 5; ++i)
        pages << platforms::x::parseMentions(generator.nextXPage(100)).value();
    pages << pages.first(); // a repeated page: nothing new

    inbox::IngestWorker worker(*db, inbox::MentionBuilder(inbox::Classifier()));
    QList<int> answers;
    QList<Qt::HANDLE> threads;
    for (const auto &page : std::as_const(pages)) {
        worker.store(x, page, [&](const store::Result<int> &r) {
            answers << (r ? *r : -1);
            threads << QThread::currentThreadId();
        });
    }
    // Nothing is stored on the caller's thread: the answers come later, through its event loop.
    QVERIFY(answers.isEmpty());
    QTRY_COMPARE(answers.size(), 6);
    QCOMPARE(answers, (QList<int>{100, 100, 100, 100, 100, 0}));
    for (Qt::HANDLE t : std::as_const(threads))
        QCOMPARE(t, QThread::currentThreadId());
    QCOMPARE(*store::MentionRepository(*db).count(), 500);
}

// A user corrects a stance in the inbox; the next item with the same words, fetched by the sync, arrives with the
// corrected stance — the worker that stores the sync's pages is given the classifier that learnt it.
void MentionBuilderTest::worker_classifiesWithWhatWasLearnt()
{
    testsupport::FreshDatabase fixture(testsupport::Engine::Sqlite);
    store::Database *db = fixture.open();
    QVERIFY2(db, qPrintable(fixture.error()));
    domain::Account x{0, domain::Platform::X, QStringLiteral("@AttacheEmbassy"), QStringLiteral("Embassy"),
                      QStringLiteral("en"), QStringLiteral("Europe/London"), QStringLiteral("1")};
    x.id = *store::AccountRepository(*db).add(x);
    const QString text = QStringLiteral("@AttacheEmbassy the ambassador's reception menu was mostly herring");
    auto pageWith = [&](const QString &id) {
        platforms::MentionPage page;
        platforms::IncomingItem item;
        item.id = id;
        item.text = text;
        item.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        item.author.handle = QStringLiteral("reader");
        page.items << item;
        return page;
    };
    auto storedStance = [&](const QString &id) {
        store::MentionQuery all;
        all.order = store::MentionOrder::Newest;
        const auto rows = store::MentionRepository(*db).page(all, qint64(0), 10);
        for (const auto &m : *rows)
            if (m.remoteId == id)
                return m.stance;
        return domain::Stance::Unknown;
    };

    inbox::Classifier learner;
    inbox::IngestWorker worker(*db, inbox::MentionBuilder(learner));
    int answered = 0;
    worker.store(x, pageWith(QStringLiteral("1")), [&](const store::Result<int> &) { ++answered; });
    QTRY_COMPARE(answered, 1);
    const domain::Stance before = storedStance(QStringLiteral("1"));
    QVERIFY(before != domain::Stance::Criticism);

    QVERIFY(inbox::StanceLearning(*db).record(learner, 0, text, domain::Stance::Criticism, QStringLiteral("olga")));
    worker.setClassifier(learner);
    worker.store(x, pageWith(QStringLiteral("2")), [&](const store::Result<int> &) { ++answered; });
    QTRY_COMPARE(answered, 2);
    QCOMPARE(storedStance(QStringLiteral("2")), domain::Stance::Criticism);
}

QTEST_GUILESS_MAIN(MentionBuilderTest)
#include "tst_mentionbuilder.moc"
