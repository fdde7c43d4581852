#include "audience/bioclassifier.h"
#include "audience/followerimport.h"
#include "audience/gazetteer.h"
#include "audience/locationresolver.h"
#include "support/testpaths.h"
#include "workspace/workspace.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using audience::ImportFormat;
using D = domain::AudienceDimension;

// Follower exports (CSV and JSON) into one aggregate snapshot: hand-counted figures for good files, every bad
// line reported with its number, and through attachectl nothing stored when a line is bad.
class FollowerImportTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csv_countsAsHandComputed();
    void csv_semicolonsQuotedNewlinesAndBom();
    void csv_badLines_reportedWithNumbers();
    void csv_headerWithoutColumns_isRefused();
    void json_array_countsAndBadElementLines();
    void json_lines_badLines();
    void formatFromFileName();
    void command_importsWhole_orNothing();

private:
    audience::ImportOutcome read(const QByteArray &bytes, ImportFormat format);
    static qint64 share(const domain::AudienceSnapshot &s, D d, const QString &key);

    std::unique_ptr<audience::LocationResolver> m_resolver;
    audience::BioClassifier m_classifier;
};

void FollowerImportTest::initTestCase()
{
    const auto gazetteer = audience::Gazetteer::loadDefault();
    QVERIFY(gazetteer);
    m_resolver = std::make_unique<audience::LocationResolver>(gazetteer);
}

audience::ImportOutcome FollowerImportTest::read(const QByteArray &bytes, ImportFormat format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    audience::FollowerImport importer(*m_resolver, m_classifier);
    return importer.read(buffer, format);
}

qint64 FollowerImportTest::share(const domain::AudienceSnapshot &s, D d, const QString &key)
{
    for (const auto &share : s.shares) {
        if (share.dimension == d && share.key == key)
            return share.count;
    }
    return 0;
}

void FollowerImportTest::csv_countsAsHandComputed()
{
    // Five followers: two in London, one in Moscow, one in Edinburgh, one nowhere; two verified (a journalist
    // and an MP); the handle and name columns are ignored.
    const QByteArray csv = "handle,Name,Location,Description,Verified\n"
                           "a,A,\"London, England\",Journalist at the BBC,true\n"
                           "b,B,Москва,,false\n"
                           "c,C,London,Member of Parliament for Bath,yes\n"
                           "d,D,Edinburgh,loves theatre and opera,0\n"
                           "e,E,,,\n";
    const auto o = read(csv, ImportFormat::Csv);
    QVERIFY(o.acceptable());
    QCOMPARE(o.rows, 5);
    const auto &s = o.snapshot;
    QCOMPARE(s.sampleSize, 5);
    QCOMPARE(s.verifiedFollowers, 2);
    QCOMPARE(share(s, D::Country, QStringLiteral("GB")), 3);
    QCOMPARE(share(s, D::Country, QStringLiteral("RU")), 1);
    QCOMPARE(share(s, D::Country, QStringLiteral("unknown")), 1);
    QCOMPARE(share(s, D::City, QStringLiteral("GB/London")), 2);
    QCOMPARE(share(s, D::City, QStringLiteral("GB/Edinburgh")), 1);
    QCOMPARE(share(s, D::City, QStringLiteral("RU/Moscow")), 1);
    QCOMPARE(share(s, D::VerifiedKind, QStringLiteral("journalist")), 1);
    QCOMPARE(share(s, D::VerifiedKind, QStringLiteral("mp")), 1);
    QCOMPARE(share(s, D::Interest, QStringLiteral("culture")), 1);
}

void FollowerImportTest::csv_semicolonsQuotedNewlinesAndBom()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "location;bio;verified\r\n"
                           "Paris;\"Journaliste; \"\"Le Monde\"\"\nsecond line of the bio\";false\r\n"
                           "\r\n"
                           "Berlin;;\r\n";
    const auto o = read(csv, ImportFormat::Csv);
    QVERIFY2(o.acceptable(), o.issues.isEmpty() ? "" : qPrintable(o.issues.first().toString()));
    QCOMPARE(o.rows, 2);
    QCOMPARE(share(o.snapshot, D::Country, QStringLiteral("FR")), 1);
    QCOMPARE(share(o.snapshot, D::Country, QStringLiteral("DE")), 1);
}

void FollowerImportTest::csv_badLines_reportedWithNumbers()
{
    const QByteArray csv = "location,bio,verified\n"           // 1
                           "London,,false\n"                   // 2
                           "London,extra,false,field\n"        // 3: four fields
                           "Moscow,,maybe\n"                   // 4: verified
                           "\"Paris\" x,,false\n"              // 5: text after a quote
                           "Rome,\"bio \xff\xfe\",false\n"     // 6: not UTF-8
                           "Oslo,,true\n"                      // 7: fine
                           "Lima,\"never closed,true\n"        // 8: open quote to the end
                           "Quito,,false\n";
    const auto o = read(csv, ImportFormat::Csv);
    QVERIFY(!o.acceptable());
    QCOMPARE(o.issueCount, 5);
    QList<qint64> lines;
    for (const auto &i : o.issues)
        lines << i.line;
    QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 8}));
    QVERIFY(o.issues.at(0).reason.contains(QLatin1String("4")));
    QVERIFY(o.issues.at(1).reason.contains(QLatin1String("maybe")));
    QVERIFY(o.issues.at(3).reason.contains(QLatin1String("UTF-8")));
    QVERIFY(o.issues.at(4).reason.contains(QLatin1String("never closed")));
    QVERIFY(o.issues.at(0).toString().startsWith(QLatin1String("line 3: ")));
}

void FollowerImportTest::csv_headerWithoutColumns_isRefused()
{
    const auto o = read("id,name\n1,A\n", ImportFormat::Csv);
    QVERIFY(!o.acceptable());
    QCOMPARE(o.issueCount, 1);
    QCOMPARE(o.issues.first().line, 1);
    QVERIFY(o.issues.first().reason.contains(QLatin1String("id, name")));
    const auto empty = read("location,bio\n", ImportFormat::Csv);
    QVERIFY(!empty.acceptable());
    QCOMPARE(empty.rows, 0);
}

void FollowerImportTest::json_array_countsAndBadElementLines()
{
    const QByteArray good = "[\n"
                            "  {\"location\": \"北京\", \"description\": \"\", \"verified\": false},\n"
                            "  {\"location\": \"NYC\", \"bio\": \"reporter\", \"verified\": true},\n"
                            "  {\"province\": \"广东\", \"city\": \"深圳\"}\n"
                            "]\n";
    const auto o = read(good, ImportFormat::Json);
    QVERIFY2(o.acceptable(), o.issues.isEmpty() ? "" : qPrintable(o.issues.first().toString()));
    QCOMPARE(o.rows, 3);
    QCOMPARE(share(o.snapshot, D::Country, QStringLiteral("CN")), 2);
    QCOMPARE(share(o.snapshot, D::City, QStringLiteral("US/New York City")), 1);
    QCOMPARE(o.snapshot.verifiedFollowers, 1);

    const QByteArray bad = "[\n"                                            // 1
                           "  {\"location\": \"London\"},\n"                // 2
                           "  {\"location\": \"Paris\", \"verified\": \"yes\"},\n" // 3
                           "  42,\n"                                        // 4
                           "  {\"location\": 7},\n"                         // 5
                           "  {\"location\": \"Rome\",\n"                   // 6
                           "   \"bio\": oops}\n"                            // 7: syntax error
                           "]\n";
    const auto b = read(bad, ImportFormat::Json);
    QVERIFY(!b.acceptable());
    QList<qint64> lines;
    for (const auto &i : b.issues)
        lines << i.line;
    QCOMPARE(lines, (QList<qint64>{3, 4, 5, 7}));
    QVERIFY(b.issues.at(0).reason.contains(QLatin1String("verified")));

    const auto open = read("[\n{\"location\": \"London\"},\n", ImportFormat::Json);
    QVERIFY(!open.acceptable());
    QCOMPARE(open.issues.last().line, 3);
}

void FollowerImportTest::json_lines_badLines()
{
    const QByteArray jsonl = "{\"location\": \"London\", \"verified\": true, \"description\": \"MEP\"}\n"
                             "\n"
                             "{\"location\": \"Moscow\"\n"
                             "[1, 2]\n"
                             "{\"location\": \"Berlin\"}\n";
    const auto o = read(jsonl, ImportFormat::Json);
    QVERIFY(!o.acceptable());
    QCOMPARE(o.issueCount, 2);
    QCOMPARE(o.issues.at(0).line, 3);
    QCOMPARE(o.issues.at(1).line, 4);
    QCOMPARE(o.rows, 2);
}

void FollowerImportTest::formatFromFileName()
{
    QCOMPARE(audience::importFormatForFile(QStringLiteral("/x/Followers.CSV")), ImportFormat::Csv);
    QCOMPARE(audience::importFormatForFile(QStringLiteral("a.jsonl")), ImportFormat::Json);
    QVERIFY(!audience::importFormatForFile(QStringLiteral("a.xlsx")));
}

void FollowerImportTest::command_importsWhole_orNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.attache"));
    qint64 accountId = 0;
    {
        store::Database::OpenError error;
        auto ws = workspace::Workspace::open(path, {}, &error);
        QVERIFY(ws);
        domain::Account a;
        a.platform = domain::Platform::Weibo;
        a.handle = QStringLiteral("embassy_weibo");
        a.displayName = QStringLiteral("Embassy Weibo");
        a.language = QStringLiteral("zh");
        a.timeZone = QStringLiteral("Asia/Shanghai");
        accountId = *ws->accounts().add(a);
    }
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    };
    const QString attachectl = testsupport::binPath(QStringLiteral("attachectl"));
    const QString bad = write(QStringLiteral("bad.csv"), "location,verified\n北京,false\n上海,sometimes\n");
    auto r = testsupport::run(attachectl, {QStringLiteral("audience"), QStringLiteral("import"),
                                           QStringLiteral("--workspace"), path, QStringLiteral("--account"),
                                           QString::number(accountId), bad});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("bad.csv:3: "), r.err.constData());
    {
        store::Database::OpenError error;
        auto ws = workspace::Workspace::open(path, {}, &error);
        QVERIFY(ws);
        QCOMPARE(ws->audience().latest(accountId)->id, 0); // nothing landed
    }
    const QString good = write(QStringLiteral("good.json"),
                               "[{\"location\": \"北京\"}, {\"location\": \"上海\"}, {\"location\": \"Москва\"}]");
    r = testsupport::run(attachectl, {QStringLiteral("audience"), QStringLiteral("import"),
                                      QStringLiteral("--workspace"), path, QStringLiteral("--account"),
                                      QStringLiteral("embassy_weibo"), QStringLiteral("--followers"),
                                      QStringLiteral("1000"), good});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(path, {}, &error);
    QVERIFY(ws);
    const auto latest = ws->audience().latest(accountId);
    QVERIFY(latest && latest->id > 0);
    QCOMPARE(latest->sampleSize, 3);
    QCOMPARE(latest->followers, 1000);
    QCOMPARE(share(*latest, D::Country, QStringLiteral("CN")), 2);
    QCOMPARE(share(*latest, D::City, QStringLiteral("CN/Shanghai")), 1);
}

QTEST_GUILESS_MAIN(FollowerImportTest)
#include "tst_followerimport.moc"
