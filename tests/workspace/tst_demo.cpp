// The demo generator: the figures the attaché gave in the interview, a year of history, posts in every state,
// mentions in three languages, and the same workspace for the same seed and day.
#include "store/migrations.h"
#include "workspace/demo.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using domain::AudienceDimension;
using domain::VariantState;

Q_DECLARE_METATYPE(domain::AudienceDimension)

namespace {

const QDate kToday(2026, 11, 25);

std::unique_ptr<workspace::Workspace> openWorkspace(const QString &path, QString *why)
{
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(path, {}, &error);
    if (!ws)
        *why = error.error.message + error.error.detail;
    return ws;
}

// Every row of every table as text, in a stable order. Left out: what records the wall clock when the demo was
// made (creation and update times, audit times, migration times), the workspace's random id and the full-text
// index.
QString dump(workspace::Workspace &ws)
{
    static const QStringList volatileColumns = {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                                QStringLiteral("applied_at"), QStringLiteral("at")};
    QSqlDatabase db = ws.database().connection();
    QStringList lines;
    QStringList tables = db.tables();
    tables.sort();
    for (const QString &table : std::as_const(tables)) {
        // The full-text index is derived from the mentions (compared below) and its contentless table has no
        // rows to read back, only its engine's own pages.
        if (table.startsWith(QLatin1String("sqlite_")) || table.startsWith(QLatin1String("mentions_fts")))
            continue;
        const QSqlRecord record = db.record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i) {
            if (!volatileColumns.contains(record.fieldName(i)))
                columns << record.fieldName(i);
        }
        QSqlQuery q(db);
        QString sql = QStringLiteral("SELECT ") + columns.join(QLatin1Char(',')) + QStringLiteral(" FROM ") + table;
        if (table == QLatin1String("settings"))
            sql += QStringLiteral(" WHERE key <> 'workspace.id'");
        sql += QStringLiteral(" ORDER BY ") + columns.join(QLatin1Char(','));
        if (!q.exec(sql))
            return QStringLiteral("cannot read ") + table;
        lines << QStringLiteral("[%1] %2").arg(table, columns.join(QLatin1Char(',')));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            lines << values.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

qint64 shareOf(const domain::AudienceSnapshot &s, AudienceDimension dimension, const QString &key)
{
    for (const auto &share : s.shares) {
        if (share.dimension == dimension && share.key == key)
            return share.count;
    }
    return -1;
}

} // namespace

class DemoTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void accounts_fiveOnThreePlatforms();
    void latestSnapshot_followersAndVerifiedAsInInterview_data();
    void latestSnapshot_followersAndVerifiedAsInInterview();
    void xEnglish_countryShares_data();
    void xEnglish_countryShares();
    void xEnglish_topInterests_businessNewsPolitics();
    void facebook_ukShareAndLondonHalfOfIt();
    void everyAccount_hasAYearOfWeeklySnapshots();
    void posts_inEveryStateScheduledAtTenLondon();
    void mentions_fewHundredInEnglishRussianChinese();
    void sameSeedAndDay_giveTheSameWorkspace();
    void nonEmptyWorkspace_isRefused();

private:
    const domain::Account &account(const QString &handle) const;
    domain::AudienceSnapshot latest(const QString &handle) const;

    QTemporaryDir m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    QList<domain::Account> m_accounts;
};

void DemoTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString why;
    m_ws = openWorkspace(m_dir.filePath(QStringLiteral("demo.attache")), &why);
    QVERIFY2(m_ws, qPrintable(why));
    workspace::DemoOptions options;
    options.today = kToday;
    const auto created = workspace::createDemo(*m_ws, options);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message + created.error().detail));
    const auto accounts = m_ws->accounts().all();
    QVERIFY(accounts);
    m_accounts = *accounts;
}

void DemoTest::cleanupTestCase()
{
    m_ws.reset();
}

const domain::Account &DemoTest::account(const QString &handle) const
{
    for (const auto &a : m_accounts) {
        if (a.handle == handle)
            return a;
    }
    static const domain::Account none;
    return none;
}

domain::AudienceSnapshot DemoTest::latest(const QString &handle) const
{
    const auto snapshot = m_ws->audience().latest(account(handle).id);
    return snapshot ? *snapshot : domain::AudienceSnapshot{};
}

void DemoTest::accounts_fiveOnThreePlatforms()
{
    QCOMPARE(m_accounts.size(), 5);
    QMap<domain::Platform, int> perPlatform;
    QSet<QString> languages;
    for (const auto &a : std::as_const(m_accounts)) {
        ++perPlatform[a.platform];
        languages << a.language;
        QVERIFY(!a.handle.isEmpty());
        QVERIFY(QTimeZone(a.timeZone.toUtf8()).isValid());
    }
    QCOMPARE(perPlatform.value(domain::Platform::X), 3);
    QCOMPARE(perPlatform.value(domain::Platform::Facebook), 1);
    QCOMPARE(perPlatform.value(domain::Platform::Weibo), 1);
    QCOMPARE(languages, (QSet<QString>{QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh")}));
    QCOMPARE(m_ws->timeZone().id(), QByteArray("Europe/London"));
}

void DemoTest::latestSnapshot_followersAndVerifiedAsInInterview_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<qint64>("minFollowers");
    QTest::addColumn<qint64>("maxFollowers");
    QTest::addColumn<qint64>("verified");
    QTest::newRow("embassy EN on X") << QStringLiteral("@EmbassyLondonEN") << qint64(17500) << qint64(18500) << qint64(295);
    QTest::newRow("Ambassador on X") << QStringLiteral("@AmbassadorLondon") << qint64(1) << qint64(1000000) << qint64(300);
}

void DemoTest::latestSnapshot_followersAndVerifiedAsInInterview()
{
    QFETCH(QString, handle);
    QFETCH(qint64, minFollowers);
    QFETCH(qint64, maxFollowers);
    QFETCH(qint64, verified);
    QCOMPARE(account(handle).platform, domain::Platform::X);
    const auto s = latest(handle);
    QVERIFY(s.id > 0);
    QVERIFY2(s.followers >= minFollowers && s.followers <= maxFollowers, qPrintable(QString::number(s.followers)));
    QCOMPARE(s.verifiedFollowers, verified);
    // The verified followers are broken down by kind, and the kinds add up.
    qint64 kinds = 0;
    for (const auto &share : s.shares) {
        if (share.dimension == AudienceDimension::VerifiedKind)
            kinds += share.count;
    }
    QCOMPARE(kinds, verified);
}

void DemoTest::xEnglish_countryShares_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<double>("percent");
    QTest::newRow("United Kingdom") << QStringLiteral("GB") << 39.0;
    QTest::newRow("United States") << QStringLiteral("US") << 15.0;
    QTest::newRow("Russia") << QStringLiteral("RU") << 4.0;
}

void DemoTest::xEnglish_countryShares()
{
    QFETCH(QString, country);
    QFETCH(double, percent);
    const auto s = latest(QStringLiteral("@EmbassyLondonEN"));
    QVERIFY(s.sampleSize > 0);
    const qint64 count = shareOf(s, AudienceDimension::Country, country);
    QVERIFY(count >= 0);
    const double actual = 100.0 * double(count) / double(s.sampleSize);
    QVERIFY2(qAbs(actual - percent) <= 0.5, qPrintable(QStringLiteral("%1: %2%").arg(country).arg(actual)));
    // Countries never add up to more than the sample (the rest is "unknown", never guessed).
    qint64 total = 0;
    for (const auto &share : s.shares) {
        if (share.dimension == AudienceDimension::Country)
            total += share.count;
    }
    QCOMPARE(total, s.sampleSize);
}

void DemoTest::xEnglish_topInterests_businessNewsPolitics()
{
    const auto s = latest(QStringLiteral("@EmbassyLondonEN"));
    QList<domain::AudienceShare> interests;
    for (const auto &share : s.shares) {
        if (share.dimension == AudienceDimension::Interest)
            interests << share;
    }
    QVERIFY(interests.size() >= 3);
    std::stable_sort(interests.begin(), interests.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    QCOMPARE(interests[0].key, QStringLiteral("business"));
    QCOMPARE(interests[1].key, QStringLiteral("news"));
    QCOMPARE(interests[2].key, QStringLiteral("politics"));
    QVERIFY(interests[2].count > interests[3].count);
}

void DemoTest::facebook_ukShareAndLondonHalfOfIt()
{
    const auto &page = account(QStringLiteral("EmbassyInLondon"));
    QCOMPARE(page.platform, domain::Platform::Facebook);
    const auto s = latest(page.handle);
    QVERIFY(s.sampleSize > 0);
    const qint64 gb = shareOf(s, AudienceDimension::Country, QStringLiteral("GB"));
    const qint64 london = shareOf(s, AudienceDimension::City, QStringLiteral("GB/London"));
    QVERIFY(gb > 0 && london > 0);
    const double gbPercent = 100.0 * double(gb) / double(s.sampleSize);
    QVERIFY2(qAbs(gbPercent - 46.0) <= 0.5, qPrintable(QString::number(gbPercent)));
    const double londonOfGb = double(london) / double(gb);
    QVERIFY2(londonOfGb >= 0.45 && londonOfGb <= 0.55, qPrintable(QString::number(londonOfGb)));
    // Culture is the page's leading interest.
    qint64 best = 0;
    QString top;
    for (const auto &share : s.shares) {
        if (share.dimension == AudienceDimension::Interest && share.count > best) {
            best = share.count;
            top = share.key;
        }
    }
    QCOMPARE(top, QStringLiteral("culture"));
}

void DemoTest::everyAccount_hasAYearOfWeeklySnapshots()
{
    const QDateTime now(kToday, QTime(9, 0), Qt::UTC);
    for (const auto &a : std::as_const(m_accounts)) {
        const auto history = m_ws->audience().followerHistory(a.id);
        QVERIFY(history);
        QCOMPARE(history->size(), 53);
        QCOMPARE(history->last().at, now);
        QCOMPARE(history->first().at, now.addDays(-364));
        for (qsizetype i = 1; i < history->size(); ++i) {
            QCOMPARE(history->at(i - 1).at.daysTo(history->at(i).at), 7);
            QVERIFY(history->at(i).followers > 0);
        }
        // A year of growth: more followers now than a year ago.
        QVERIFY2(history->last().followers > history->first().followers, qPrintable(a.handle));
    }
}

void DemoTest::posts_inEveryStateScheduledAtTenLondon()
{
    const auto posts = m_ws->posts().all();
    QVERIFY(posts);
    QVERIFY(posts->size() >= 5);
    QSet<VariantState> states;
    QSet<QString> languages;
    int scheduled = 0;
    const QTimeZone london("Europe/London");
    for (const auto &post : *posts) {
        for (const auto &v : post.variants) {
            states << v.state;
            languages << v.language;
            if (v.state == VariantState::Scheduled) {
                ++scheduled;
                QVERIFY(v.scheduledAt.isValid());
                QCOMPARE(v.scheduledAt.toTimeZone(london).time(), QTime(10, 0));
                QVERIFY(v.scheduledAt > QDateTime(kToday, QTime(9, 0), Qt::UTC));
            }
            if (v.state == VariantState::Published)
                QVERIFY(!v.remoteId.isEmpty());
            if (v.state == VariantState::Failed)
                QVERIFY(!v.failureReason.isEmpty());
            // Every step was taken through the workflow, so the audit log tells how the variant got here.
            const auto audit = m_ws->posts().auditLog().forEntity(QStringLiteral("variant"), v.id);
            QVERIFY(audit);
            if (v.state == VariantState::Draft)
                QVERIFY(audit->isEmpty());
            else
                QCOMPARE(audit->last().toState, domain::stateId(v.state));
        }
    }
    // "Publishing" is a moment between the claim and the platform's answer: a demo has none in flight.
    for (const VariantState s : {VariantState::Draft, VariantState::InReview, VariantState::Approved,
                                 VariantState::Scheduled, VariantState::Published, VariantState::Failed})
        QVERIFY2(states.contains(s), qPrintable(domain::stateId(s)));
    QVERIFY(scheduled >= 2);
    QVERIFY(languages.contains(QStringLiteral("en")));
    QVERIFY(languages.contains(QStringLiteral("ru")));
}

void DemoTest::mentions_fewHundredInEnglishRussianChinese()
{
    const auto count = m_ws->mentions().count();
    QVERIFY(count);
    QVERIFY2(*count >= 200 && *count <= 1000, qPrintable(QString::number(*count)));
    const auto all = m_ws->mentions().page(0, int(*count));
    QVERIFY(all);
    QCOMPARE(all->size(), *count);
    QMap<QString, int> perLanguage;
    QSet<qint64> accounts;
    for (const auto &m : *all) {
        ++perLanguage[m.language];
        accounts << m.accountId;
        QVERIFY(!m.text.isEmpty());
        QVERIFY(m.createdAt <= QDateTime(kToday, QTime(9, 0), Qt::UTC));
    }
    QVERIFY2(perLanguage.value(QStringLiteral("en")) >= 50, "English");
    QVERIFY2(perLanguage.value(QStringLiteral("ru")) >= 20, "Russian");
    QVERIFY2(perLanguage.value(QStringLiteral("zh")) >= 1, "Chinese");
    QCOMPARE(accounts.size(), 5);
}

void DemoTest::sameSeedAndDay_giveTheSameWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto make = [&](const QString &name, quint32 seed) -> QString {
        QString why;
        auto ws = openWorkspace(dir.filePath(name), &why);
        if (!ws)
            return QStringLiteral("open failed: ") + why;
        workspace::DemoOptions options;
        options.seed = seed;
        options.today = kToday;
        if (const auto created = workspace::createDemo(*ws, options); !created)
            return QStringLiteral("demo failed: ") + created.error().message;
        return dump(*ws);
    };
    const QString first = make(QStringLiteral("a.attache"), 2016);
    const QString second = make(QStringLiteral("b.attache"), 2016);
    const QString otherSeed = make(QStringLiteral("c.attache"), 7);
    QVERIFY2(first.size() > 10000, qPrintable(first.left(200)));
    QVERIFY2(first == second, "the same seed and day gave different workspaces");
    QVERIFY2(first != otherSeed, "the seed makes no difference (is the dump comparing anything?)");
}

void DemoTest::nonEmptyWorkspace_isRefused()
{
    const QString before = dump(*m_ws);
    workspace::DemoOptions options;
    options.today = kToday;
    const auto again = workspace::createDemo(*m_ws, options);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QLatin1String("empty")), qPrintable(again.error().message));
    QCOMPARE(dump(*m_ws), before);
}

QTEST_GUILESS_MAIN(DemoTest)
#include "tst_demo.moc"
