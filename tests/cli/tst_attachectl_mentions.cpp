// `attachectl demo mentions` as a user runs it: the built program fills a workspace through the real ingest path
// (parse, classify, store, index), reports progress on stderr, adds to what is there, refuses a bad command line.
#include "store/database.h"
#include "store/mentionrepository.h"
#include "support/testpaths.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using testsupport::ProcessResult;

namespace {

ProcessResult attachectl(const QStringList &arguments)
{
    return testsupport::run(testsupport::binPath(QStringLiteral("attachectl")), arguments);
}

QString describe(const ProcessResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class AttachectlMentionsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoMentions_fillsWorkspace_classifiedAndSearchable();
    void demoMentions_badCommandLine_isUsageError_data();
    void demoMentions_badCommandLine_isUsageError();
};

void AttachectlMentionsTest::demoMentions_fillsWorkspace_classifiedAndSearchable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.attache"));
    const auto r = attachectl({QStringLiteral("demo"), QStringLiteral("mentions"), QStringLiteral("--count"),
                               QStringLiteral("2500"), QStringLiteral("--workspace"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("2,500"), r.out.constData());
    // Progress on stderr, ending with the total.
    QVERIFY2(r.err.contains("1,000 of 2,500"), r.err.constData());
    QVERIFY2(r.err.trimmed().endsWith("2,500 of 2,500 mentions"), r.err.constData());

    // A second run with another seed adds to it.
    const auto again = attachectl({QStringLiteral("demo"), QStringLiteral("mentions"), QStringLiteral("--count"),
                                   QStringLiteral("500"), QStringLiteral("--workspace"), path,
                                   QStringLiteral("--seed"), QStringLiteral("2")});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));

    store::Database::OpenError error;
    auto db = store::Database::openSqlite(path, {}, &error);
    QVERIFY2(db, qPrintable(error.error.message));
    store::MentionRepository mentions(*db);
    QCOMPARE(*mentions.count(), 3000);
    // Every language and stance is there, classified; the priority list starts with open criticism.
    for (const char *language : {"en", "ru", "zh"}) {
        store::MentionQuery q;
        q.languages = {QString::fromLatin1(language)};
        QVERIFY2(*mentions.count(q) > 300, language);
    }
    for (const auto stance : {domain::Stance::Criticism, domain::Stance::Question, domain::Stance::Support,
                              domain::Stance::Neutral}) {
        store::MentionQuery q;
        q.stances = {stance};
        QVERIFY2(*mentions.count(q) > 100, qPrintable(domain::stanceId(stance)));
    }
    const auto top = mentions.page(store::MentionQuery{}, store::MentionCursor{}, 5);
    QVERIFY(top);
    QCOMPARE(top->items.first().stance, domain::Stance::Criticism);
    // Authors as the API gave them; some are verified, some have large audiences, some answer our posts.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT SUM(author_verified), MAX(author_followers), "
                                  "SUM(CASE WHEN in_reply_to <> '' THEN 1 ELSE 0 END), SUM(1 - mentions_us), "
                                  "SUM(CASE WHEN author_bio <> '' THEN 1 ELSE 0 END) FROM mentions")) &&
            q.next());
    QVERIFY(q.value(0).toInt() > 20);
    QVERIFY(q.value(1).toLongLong() > 100000);
    QVERIFY(q.value(2).toInt() > 500);
    QVERIFY(q.value(3).toInt() > 20); // a few do not name us: X would refuse a reply
    QVERIFY(q.value(4).toInt() > 1000);
    q.finish();
    // Indexed: full text finds them, in Russian and Chinese too.
    for (const char *text : {"propaganda", "ПРОПАГАНДА", "签证"}) {
        store::MentionQuery search;
        search.text = QString::fromUtf8(text);
        QVERIFY2(*mentions.count(search) > 10, text);
    }
}

void AttachectlMentionsTest::demoMentions_badCommandLine_isUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no count") << QStringList{};
    QTest::newRow("zero") << QStringList{QStringLiteral("--count"), QStringLiteral("0")};
    QTest::newRow("not a number") << QStringList{QStringLiteral("--count"), QStringLiteral("many")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--count"), QStringLiteral("5"),
                                                   QStringLiteral("--fast")};
}

void AttachectlMentionsTest::demoMentions_badCommandLine_isUsageError()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.attache"));
    const auto r = attachectl(QStringList{QStringLiteral("demo"), QStringLiteral("mentions"),
                                          QStringLiteral("--workspace"), path} +
                              arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(AttachectlMentionsTest)
#include "tst_attachectl_mentions.moc"
