#include "inbox/classifier.h"
#include "inbox/stancelearning.h"
#include "store/stancecorrectionrepository.h"
#include "support/storefixture.h"

#include <QTest>

using domain::Stance;
using testsupport::Engine;

// Learning from corrections: stored in the workspace (SQLite, and PostgreSQL when ATTACHE_TEST_PG is set),
// and the same and similar texts then classify as corrected, while unrelated texts keep the lexicon's
// verdict.
class CorrectionsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void repository_storesAndReadsInOrder();
    void corrections_teachSameAndSimilarTexts();
    void reload_learnsFromStoredCorrections();
    void laterCorrection_ofSameText_wins();
    void unknownStance_isRefused();

private:
    store::Database *open(testsupport::FreshDatabase &fresh);
};

void CorrectionsTest::initTestCase_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::newRow("sqlite") << Engine::Sqlite;
    QTest::newRow("postgres") << Engine::Postgres;
}

store::Database *CorrectionsTest::open(testsupport::FreshDatabase &fresh)
{
    store::Database *db = fresh.open();
    if (!db)
        qWarning("%s", qPrintable(fresh.error()));
    return db;
}

#define OPEN_OR_SKIP(db)                                                                                     \
    QFETCH_GLOBAL(Engine, engine);                                                                           \
    testsupport::FreshDatabase fresh(engine);                                                                \
    if (!fresh.skipReason().isEmpty())                                                                       \
        QSKIP(qPrintable(fresh.skipReason()));                                                               \
    store::Database *db = open(fresh);                                                                       \
    QVERIFY(db)

void CorrectionsTest::repository_storesAndReadsInOrder()
{
    OPEN_OR_SKIP(db);
    store::StanceCorrectionRepository repo(*db);
    store::StanceCorrection a;
    a.text = QStringLiteral("Первый");
    a.language = QStringLiteral("ru");
    a.stance = Stance::Criticism;
    a.correctedBy = QStringLiteral("anna");
    a.correctedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    const auto first = repo.add(a);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().detail));
    store::StanceCorrection b = a;
    b.text = QStringLiteral("Second");
    b.stance = Stance::Question;
    const auto second = repo.add(b);
    QVERIFY(second.ok());
    const auto all = repo.all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).text, QStringLiteral("Первый"));
    QCOMPARE(all->at(0).stance, Stance::Criticism);
    QCOMPARE(all->at(0).mentionId, 0);
    QCOMPARE(all->at(0).correctedAt, a.correctedAt);
    QCOMPARE(all->at(1).stance, Stance::Question);
    QCOMPARE(*repo.count(), 2);
    QVERIFY(repo.forMention(42)->isEmpty());
}

void CorrectionsTest::corrections_teachSameAndSimilarTexts()
{
    OPEN_OR_SKIP(db);
    inbox::Classifier classifier;
    inbox::StanceLearning learning(*db);

    // Texts the lexicon gets "wrong" for this workspace, and what its users say they are.
    const struct
    {
        const char *corrected;
        const char *similar;
        Stance stance;
    } cases[] = {
        // A plain remark that in this workspace's context is criticism (a known campaign phrase).
        {"The ambassador keeps talking about the pipeline again", "the ambassador talking about the pipeline",
         Stance::Criticism},
        {"Посольство опять рассказывает про газопровод", "Посольство снова рассказывает про газопровод",
         Stance::Criticism},
        // Praise words in a report that is neutral.
        {"Wonderful weather for the marathon in Hyde Park", "wonderful weather for the Hyde Park marathon",
         Stance::Neutral},
        // A complaint phrased without sentiment words, really a question for the consulate.
        {"Passport still not returned after six weeks", "My passport is still not returned after six weeks",
         Stance::Question},
        {"Хорошая погода для прогулки по Красной площади", "Хорошая погода для прогулки", Stance::Neutral},
    };
    for (const auto &c : cases) {
        const QString text = QString::fromUtf8(c.corrected);
        QVERIFY2(classifier.classify(text).stance != c.stance, c.corrected); // a real correction
        const auto id = learning.record(classifier, 0, text, c.stance, QStringLiteral("tester"));
        QVERIFY(id.ok());
    }
    for (const auto &c : cases) {
        const auto same = classifier.classify(QString::fromUtf8(c.corrected));
        QCOMPARE(same.stance, c.stance);
        QVERIFY(same.cues.contains(QStringLiteral("learned: corrected text")));
        const auto similar = classifier.classify(QString::fromUtf8(c.similar));
        QVERIFY2(similar.stance == c.stance,
                 qPrintable(QString::fromUtf8(c.similar) + QStringLiteral(": ") + similar.cues.join(u',')));
        QVERIFY(std::any_of(similar.cues.cbegin(), similar.cues.cend(), [](const QString &cue) {
            return cue.startsWith(QLatin1StringView("learned: "));
        }));
    }
    // Unrelated texts keep the lexicon's verdict, also when they share a corrected text's word.
    QCOMPARE(classifier.classify(QStringLiteral("The ambassador will host a concert")).stance,
             Stance::Neutral);
    QCOMPARE(classifier.classify(QStringLiteral("Посольство проводит концерт в субботу")).stance,
             Stance::Neutral);
    QCOMPARE(classifier.classify(QStringLiteral("Thank you for the lovely concert!")).stance,
             Stance::Support);
    QCOMPARE(classifier.classify(QStringLiteral("Это позор и ложь.")).stance, Stance::Criticism);
    QCOMPARE(classifier.classify(QStringLiteral("When is the next reception?")).stance, Stance::Question);
    QCOMPARE(*store::StanceCorrectionRepository(*db).count(), qint64(std::size(cases)));
}

void CorrectionsTest::reload_learnsFromStoredCorrections()
{
    OPEN_OR_SKIP(db);
    const QString text = QStringLiteral("Посольство опять рассказывает про газопровод");
    {
        inbox::Classifier first;
        QVERIFY(
            inbox::StanceLearning(*db).record(first, 0, text, Stance::Criticism, QStringLiteral("a")).ok());
    }
    inbox::Classifier fresh2;
    QVERIFY(fresh2.classify(text).stance != Stance::Criticism);
    QVERIFY(inbox::StanceLearning(*db).load(fresh2).ok());
    QCOMPARE(fresh2.classify(text).stance, Stance::Criticism);
    QCOMPARE(fresh2.classify(QStringLiteral("посольство рассказывает про газопроводы")).stance,
             Stance::Criticism);
}

void CorrectionsTest::laterCorrection_ofSameText_wins()
{
    inbox::Classifier classifier;
    const QString text = QStringLiteral("Interesting choice of venue");
    classifier.addCorrection(text, Stance::Criticism);
    QCOMPARE(classifier.classify(text).stance, Stance::Criticism);
    classifier.addCorrection(text, Stance::Support);
    QCOMPARE(classifier.classify(text).stance, Stance::Support);
    // Normalized: case and spacing do not matter.
    QCOMPARE(classifier.classify(QStringLiteral("  interesting CHOICE of   venue ")).stance, Stance::Support);
}

void CorrectionsTest::unknownStance_isRefused()
{
    OPEN_OR_SKIP(db);
    inbox::Classifier classifier;
    const auto r = inbox::StanceLearning(*db).record(classifier, 0, QStringLiteral("x"), Stance::Unknown, {});
    QVERIFY(!r.ok());
    QVERIFY(classifier.learned().isEmpty());
}

QTEST_GUILESS_MAIN(CorrectionsTest)
#include "tst_corrections.moc"
