// The inbox's queries over a real database, once per engine (SQLite; PostgreSQL when ATTACHE_TEST_PG names a
// server): filters, keyset and offset paging, full-text search in English, Russian, accented Latin and Chinese,
// the stored priority and how it follows a stance correction, conversations, first replies, team members.
#include "store/accountrepository.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/mentionpriority.h"
#include "store/mentionrepository.h"
#include "store/migrations.h"
#include "store/postrepository.h"
#include "store/searchtext.h"
#include "store/settingsrepository.h"
#include "store/teamrepository.h"
#include "support/storefixture.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using domain::MentionStatus;
using domain::Stance;
using testsupport::Engine;

Q_DECLARE_METATYPE(store::MentionOrder)

namespace {

const QDateTime kT0(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

template<typename T>
QString why(const store::Result<T> &result)
{
    return result ? QString() : result.error().message + QStringLiteral(" / ") + result.error().detail;
}

QStringList remoteIds(const QList<domain::Mention> &items)
{
    QStringList ids;
    for (const auto &m : items)
        ids << m.remoteId;
    return ids;
}

} // namespace

class MentionRepositoriesTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void initTestCase_data();
    void init();
    void cleanup();

    void searchText_folds();
    void filters_eachAndCombined();
    void keysetPaging_sameRowsAsOffset_data();
    void keysetPaging_sameRowsAsOffset();
    void fullText_data();
    void fullText();
    void fullText_withFilterAndOlderItems();
    void fullText_frequentWord_sameRowsInTheListsOrder();
    void priority_followsStanceCorrectionAndStatus();
    void priority_bioRoleAndAudience();
    void conversation_oldestFirst_withOurPost();
    void firstReply_onlyTheFirst_andResponseTimes();
    void team_members_roundTrip();
    void failedReply_itemBackToItsStatus_withTheReason();
    void failedReply_keepsReplied_whenAnotherReplyAnswers();

private:
    // What inbox::ReplyService stores for a reply (a post answering the item, due now; the item Replied and
    // the "reply" line naming the variant), then the publisher's claim; returns the variant (0 on failure).
    qint64 submitReply(const domain::Mention &item, const QString &by, const QString &text,
                       bool withHistory = true);
    // The publisher's permanent failure with the platform's reason.
    bool refuse(qint64 variantId, const QString &reason);
    domain::Mention make(qint64 account, const QString &id, int minutes, const QString &text = {});

    std::unique_ptr<testsupport::FreshDatabase> m_fixture;
    store::Database *m_db = nullptr;
};

void MentionRepositoriesTest::initTestCase_data()
{
    testsupport::addEngineRows();
}

void MentionRepositoriesTest::init()
{
    testsupport::openFreshDatabase(m_fixture, m_db, /*checkSchema=*/true);
}

void MentionRepositoriesTest::cleanup()
{
    testsupport::closeFreshDatabase(m_fixture, m_db);
}

domain::Mention MentionRepositoriesTest::make(qint64 account, const QString &id, int minutes, const QString &text)
{
    domain::Mention m;
    m.accountId = account;
    m.remoteId = id;
    m.conversationId = QStringLiteral("c-") + id;
    m.authorHandle = QStringLiteral("@reader");
    m.text = text.isEmpty() ? QStringLiteral("Text of ") + id : text;
    m.language = QStringLiteral("en");
    m.stance = Stance::Neutral;
    m.createdAt = kT0.addSecs(minutes * 60);
    return m;
}

void MentionRepositoriesTest::searchText_folds()
{
    QCOMPARE(store::searchText(u"Élysée, CAFÉ!"), QStringLiteral("elysee cafe"));
    QCOMPARE(store::searchText(u"ЁЛКА и ёж, Йошкар-Ола"), QStringLiteral("елка и еж йошкар ола"));
    QCOMPARE(store::searchText(u"中国大使馆声明abc"), QStringLiteral("中 国 大 使 馆 声 明 abc"));
    QCOMPARE(store::searchText(u"Ｆｕｌｌ ﬁne Straße"), QStringLiteral("full fine straße"));
    QCOMPARE(store::fts5Query(u"Sanctions 大使馆"), QStringLiteral("\"sanctions\"* \"大 使 馆\""));
    QCOMPARE(store::tsQuery(u"Sanctions 大使馆"), QStringLiteral("sanctions:* & (大 <-> 使 <-> 馆)"));
    QCOMPARE(store::fts5Query(u" \"*)( "), QString());
}

void MentionRepositoriesTest::filters_eachAndCombined()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    const qint64 fb = testsupport::addAccount(*m_db, domain::Platform::Facebook, QStringLiteral("page"));
    store::MentionRepository mentions(*m_db);
    QList<domain::Mention> batch;
    for (int i = 0; i < 12; ++i) {
        domain::Mention m = make(i % 3 == 0 ? fb : x, QString::number(100 + i), i * 10);
        m.language = i % 2 ? QStringLiteral("ru") : QStringLiteral("en");
        m.stance = i % 4 == 0 ? Stance::Criticism : Stance::Support;
        m.status = i < 4 ? MentionStatus::Assigned : MentionStatus::New;
        m.assignee = i < 2 ? QStringLiteral("anna") : (i < 4 ? QStringLiteral("boris") : QString());
        m.notable = i == 7;
        batch << m;
    }
    QCOMPARE(*mentions.insert(batch), 12);

    auto ids = [&](const store::MentionQuery &q) {
        const auto page = mentions.page(q, 0, 100);
        const auto counted = mentions.count(q);
        if (!page || !counted || *counted != page->size())
            return QStringList{QStringLiteral("count differs or failed: ") + why(page) + why(counted)};
        QStringList r = remoteIds(*page);
        r.sort();
        return r;
    };
    store::MentionQuery q;
    q.accounts = {fb};
    QCOMPARE(ids(q), (QStringList{u"100"_qs, u"103"_qs, u"106"_qs, u"109"_qs}));
    q = {};
    q.platforms = {domain::Platform::X};
    QCOMPARE(ids(q).size(), 8);
    q = {};
    q.languages = {QStringLiteral("ru")};
    QCOMPARE(ids(q), (QStringList{u"101"_qs, u"103"_qs, u"105"_qs, u"107"_qs, u"109"_qs, u"111"_qs}));
    q = {};
    q.stances = {Stance::Criticism};
    QCOMPARE(ids(q), (QStringList{u"100"_qs, u"104"_qs, u"108"_qs}));
    q = {};
    q.statuses = {MentionStatus::Assigned};
    QCOMPARE(ids(q).size(), 4);
    q = {};
    q.assignee = QStringLiteral("boris");
    QCOMPARE(ids(q), (QStringList{u"102"_qs, u"103"_qs}));
    q.assignee = QString();
    QCOMPARE(ids(q).size(), 8);
    q = {};
    q.from = kT0.addSecs(30 * 60);
    q.to = kT0.addSecs(60 * 60);
    QCOMPARE(ids(q), (QStringList{u"103"_qs, u"104"_qs, u"105"_qs}));
    q = {};
    q.notableOnly = true;
    QCOMPARE(ids(q), (QStringList{u"107"_qs}));
    // Combined: AND across filters, OR inside one.
    q = {};
    q.platforms = {domain::Platform::X};
    q.languages = {QStringLiteral("en")};
    q.stances = {Stance::Criticism, Stance::Support};
    q.statuses = {MentionStatus::New};
    QCOMPARE(ids(q), (QStringList{u"104"_qs, u"108"_qs, u"110"_qs}));
    QCOMPARE(*mentions.count(), 12);
}

void MentionRepositoriesTest::keysetPaging_sameRowsAsOffset_data()
{
    QTest::addColumn<store::MentionOrder>("order");
    QTest::newRow("priority") << store::MentionOrder::Priority;
    QTest::newRow("newest") << store::MentionOrder::Newest;
}

void MentionRepositoriesTest::keysetPaging_sameRowsAsOffset()
{
    QFETCH(store::MentionOrder, order);
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    store::MentionRepository mentions(*m_db);
    QList<domain::Mention> batch;
    for (int i = 0; i < 37; ++i) {
        // Many share a time and a rank, so the id must break ties the same way in both kinds of paging.
        domain::Mention m = make(x, QString::number(1000 + i), i / 4);
        m.stance = i % 5 == 0 ? Stance::Criticism : (i % 5 == 1 ? Stance::Question : Stance::Support);
        m.authorFollowers = i % 7 == 0 ? 250000 : 10;
        batch << m;
    }
    QCOMPARE(*mentions.insert(batch), 37);
    store::MentionQuery q;
    q.order = order;
    const auto all = mentions.page(q, 0, 100);
    QVERIFY2(all, qPrintable(why(all)));
    QCOMPARE(all->size(), 37);

    QStringList keyset;
    store::MentionCursor cursor;
    int pages = 0;
    for (;;) {
        const auto page = mentions.page(q, cursor, 10);
        QVERIFY2(page, qPrintable(why(page)));
        keyset << remoteIds(page->items);
        cursor = page->next;
        ++pages;
        if (page->atEnd)
            break;
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 4);
    QCOMPARE(keyset, remoteIds(*all));
    const auto third = mentions.page(q, 20, 10);
    QCOMPARE(remoteIds(*third), remoteIds(all->mid(20, 10)));
    if (order == store::MentionOrder::Priority) {
        // Criticism first, the big accounts first among it, then the newest; support last.
        QCOMPARE(all->first().remoteId, QStringLiteral("1035"));
        QCOMPARE(all->first().stance, Stance::Criticism);
        QCOMPARE(all->last().stance, Stance::Support);
        for (qsizetype i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).priority >= all->at(i).priority);
    } else {
        for (qsizetype i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).createdAt >= all->at(i).createdAt);
    }
}

void MentionRepositoriesTest::fullText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en word, case") << u"SANCTIONS"_qs << QStringList{u"en1"_qs};
    QTest::newRow("en prefix") << u"sanction"_qs << QStringList{u"en1"_qs, u"en2"_qs};
    QTest::newRow("en two words") << u"unfair sanctions"_qs << QStringList{u"en1"_qs};
    QTest::newRow("en none") << u"pipeline"_qs << QStringList{};
    QTest::newRow("ru case") << u"ПОСОЛЬСТВО"_qs << QStringList{u"ru1"_qs};
    QTest::newRow("ru ё as е") << u"все ещё"_qs << QStringList{u"ru2"_qs};
    QTest::newRow("ru е finds ё") << u"ежик"_qs << QStringList{u"ru2"_qs};
    QTest::newRow("ru prefix") << u"посольств"_qs << QStringList{u"ru1"_qs};
    QTest::newRow("accent in text") << u"elysee"_qs << QStringList{u"fr1"_qs, u"fr2"_qs};
    QTest::newRow("accent in query") << u"Élysée"_qs << QStringList{u"fr1"_qs, u"fr2"_qs};
    QTest::newRow("accent upper") << u"CAFÉ"_qs << QStringList{u"fr1"_qs};
    QTest::newRow("zh phrase") << u"大使馆"_qs << QStringList{u"zh1"_qs, u"zh2"_qs};
    QTest::newRow("zh inside") << u"使馆声明"_qs << QStringList{u"zh1"_qs};
    QTest::newRow("zh not adjacent") << u"大馆"_qs << QStringList{};
    QTest::newRow("zh two chars") << u"谢谢"_qs << QStringList{u"zh2"_qs};
    QTest::newRow("mixed") << u"embassy 大使馆"_qs << QStringList{u"zh2"_qs};
}

void MentionRepositoriesTest::fullText()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    store::MentionRepository mentions(*m_db);
    QCOMPARE(*mentions.insert({
                 make(x, u"en1"_qs, 1, u"These sanctions are unfair to ordinary people."_qs),
                 make(x, u"en2"_qs, 2, u"Sanction relief? When?"_qs),
                 make(x, u"ru1"_qs, 3, u"Посольство опять молчит."_qs),
                 make(x, u"ru2"_qs, 4, u"Всё ещё ждём ответа, ёжик в тумане."_qs),
                 make(x, u"fr1"_qs, 5, u"Le café de l'Élysée"_qs),
                 make(x, u"fr2"_qs, 6, u"ELYSEE statement"_qs),
                 make(x, u"zh1"_qs, 7, u"中国大使馆声明令人失望"_qs),
                 make(x, u"zh2"_qs, 8, u"谢谢大使馆！embassy"_qs),
             }),
             8);
    store::MentionQuery q;
    q.text = query;
    const auto page = mentions.page(q, store::MentionCursor{}, 50);
    QVERIFY2(page, qPrintable(why(page)));
    QStringList found = remoteIds(page->items);
    found.sort();
    QCOMPARE(found, expected);
    QCOMPARE(*mentions.count(q), expected.size());
}

void MentionRepositoriesTest::fullText_withFilterAndOlderItems()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    const qint64 w = testsupport::addAccount(*m_db, domain::Platform::Weibo, QStringLiteral("weibo"));
    // Two items stored before search existed (schema 4): written directly, with the backlog noted as the
    // migration notes it.
    QSqlQuery raw(m_db->connection());
    for (const QString &text : {u"Ancient grievance about the Embassy"_qs, u"Another grievance"_qs}) {
        QVERIFY(raw.prepare(u"INSERT INTO mentions (account_id, platform, remote_id, author_handle, text, "
                            "created_at) VALUES (?, 'x', ?, '@old', ?, ?)"_qs));
        raw.addBindValue(x);
        raw.addBindValue(text);
        raw.addBindValue(text);
        raw.addBindValue(kT0.toMSecsSinceEpoch());
        QVERIFY(raw.exec());
    }
    QVERIFY(raw.exec(u"SELECT MAX(id) FROM mentions"_qs) && raw.next());
    const qint64 oldest = raw.value(0).toLongLong();
    raw.finish();
    QVERIFY(store::SettingsRepository(*m_db).setValue(u"mentions.search_backlog"_qs, QString::number(oldest)));

    store::MentionRepository mentions(*m_db);
    domain::Mention critic = make(w, u"w1"_qs, 1, u"大使馆的声明毫无意义"_qs);
    critic.stance = Stance::Criticism;
    QCOMPARE(*mentions.insert({critic, make(w, u"w2"_qs, 2, u"大使馆 好"_qs), make(x, u"x1"_qs, 3, u"大使馆"_qs)}),
             3);
    store::MentionQuery q;
    q.text = u"大使馆"_qs;
    q.platforms = {domain::Platform::Weibo};
    q.stances = {Stance::Criticism};
    QCOMPARE(remoteIds(*mentions.page(q, 0, 10)), QStringList{u"w1"_qs});

    q = {};
    q.text = u"grievance"_qs;
    QCOMPARE(*mentions.count(q), 0);
    const auto left = mentions.indexOlderItems(1);
    QVERIFY2(left, qPrintable(why(left)));
    QCOMPARE(*left, 1);
    QCOMPARE(*mentions.count(q), 1);
    QCOMPARE(*mentions.indexOlderItems(1), 0);
    QCOMPARE(*mentions.count(q), 2);
    QCOMPARE(*mentions.indexOlderItems(1), 0);
    QCOMPARE(*mentions.count(q), 2);
}

void MentionRepositoriesTest::fullText_frequentWord_sameRowsInTheListsOrder()
{
    // More matches than the repository reads and sorts (it then walks the list's own index instead).
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    const qint64 fb = testsupport::addAccount(*m_db, domain::Platform::Facebook, QStringLiteral("page"));
    store::MentionRepository mentions(*m_db);
    QList<domain::Mention> batch;
    for (int i = 0; i < 2300; ++i) {
        domain::Mention m = make(i % 2 ? x : fb, QString::number(i), i % 500,
                                 i % 10 == 9 ? u"Quiet day"_qs : u"The crisis again, day "_qs + QString::number(i));
        m.stance = i % 3 == 0 ? Stance::Criticism : Stance::Neutral;
        m.authorFollowers = (i * 7919) % 300000;
        batch << m;
    }
    QCOMPARE(*mentions.insert(batch), 2300);
    mentions.setFrequentMatches(1000);
    for (const auto order : {store::MentionOrder::Priority, store::MentionOrder::Newest}) {
        store::MentionQuery all;
        all.order = order;
        all.platforms = {domain::Platform::X};
        store::MentionQuery search = all;
        search.text = u"CRISIS"_qs;
        QCOMPARE(*mentions.count(search), 920);
        QCOMPARE(*mentions.count(search, 100), 100);
        QCOMPARE(*mentions.count(search, 5000), 920);
        const auto expected = mentions.page(all, 0, 2300);
        QStringList matching;
        for (const auto &m : *expected) {
            if (m.text.contains(u"crisis"_qs))
                matching << m.remoteId;
        }
        const auto first = mentions.page(search, store::MentionCursor{}, 100);
        QVERIFY2(first, qPrintable(why(first)));
        QCOMPARE(remoteIds(first->items), matching.mid(0, 100));
        const auto second = mentions.page(search, first->next, 100);
        QCOMPARE(remoteIds(second->items), matching.mid(100, 100));
    }
}

void MentionRepositoriesTest::priority_followsStanceCorrectionAndStatus()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    store::MentionRepository mentions(*m_db);
    domain::Mention critic = make(x, u"critic"_qs, 1);
    critic.stance = Stance::Criticism;
    domain::Mention question = make(x, u"question"_qs, 2);
    question.stance = Stance::Question;
    domain::Mention misread = make(x, u"misread"_qs, 3); // neutral, newest
    QCOMPARE(*mentions.insert({critic, question, misread}), 3);
    store::MentionQuery q;
    QCOMPARE(remoteIds(mentions.page(q, store::MentionCursor{}, 10)->items),
             (QStringList{u"critic"_qs, u"question"_qs, u"misread"_qs}));

    const qint64 misreadId = mentions.page(q, 2, 1)->first().id;
    QVERIFY(mentions.setStance({misreadId}, Stance::Criticism, u"anna"_qs));
    const auto after = mentions.page(q, store::MentionCursor{}, 10);
    QCOMPARE(remoteIds(after->items), (QStringList{u"misread"_qs, u"critic"_qs, u"question"_qs}));
    QCOMPARE(after->items.first().stance, Stance::Criticism);
    QCOMPARE(after->items.first().priority, store::MentionPriority::rank(after->items.first()));
    q.stances = {Stance::Criticism};
    QCOMPARE(*mentions.count(q), 2);
    q = {};

    // Done sinks below everything open; back to New rises again.
    QVERIFY(mentions.setStatus({misreadId}, MentionStatus::Done, u"anna"_qs));
    QCOMPARE(remoteIds(mentions.page(q, store::MentionCursor{}, 10)->items),
             (QStringList{u"critic"_qs, u"question"_qs, u"misread"_qs}));
    QVERIFY(mentions.setStatus({misreadId}, MentionStatus::Assigned, u"anna"_qs, u"boris"_qs));
    const auto top = mentions.page(q, store::MentionCursor{}, 10)->items.first();
    QCOMPARE(top.remoteId, u"misread"_qs);
    QCOMPARE(top.assignee, u"boris"_qs);
    QVERIFY(mentions.setStance({misreadId}, Stance::Support, u"anna"_qs));
    QCOMPARE(mentions.page(q, store::MentionCursor{}, 10)->items.last().remoteId, u"misread"_qs);
}

void MentionRepositoriesTest::priority_bioRoleAndAudience()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    store::MentionRepository mentions(*m_db);
    auto critic = [&](const char *id, int minutes, bool verified, bool role, qint64 followers) {
        domain::Mention m = make(x, QString::fromLatin1(id), minutes);
        m.stance = Stance::Criticism;
        m.authorVerified = verified;
        m.authorPublicRole = role;
        m.authorFollowers = followers;
        return m;
    };
    QCOMPARE(*mentions.insert({critic("plain-new", 9, false, false, 10), critic("press", 1, false, true, 10),
                               critic("verified", 2, true, false, 10), critic("big", 3, false, false, 2000000),
                               critic("verified-press", 0, true, true, 10)}),
             5);
    const auto page = mentions.page(store::MentionQuery{}, store::MentionCursor{}, 10);
    QCOMPARE(remoteIds(page->items), (QStringList{u"verified-press"_qs, u"verified"_qs, u"press"_qs, u"big"_qs,
                                                  u"plain-new"_qs}));
    QVERIFY(page->items.at(2).authorPublicRole);
    QVERIFY(!page->items.at(3).authorPublicRole);
    QCOMPARE(store::MentionPriority::audience(page->items.at(3).priority), 4);
}

void MentionRepositoriesTest::conversation_oldestFirst_withOurPost()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    const qint64 fb = testsupport::addAccount(*m_db, domain::Platform::Facebook, QStringLiteral("page"));
    // Our published post on X, id 555 (the root of the conversation).
    QSqlQuery raw(m_db->connection());
    QVERIFY(raw.exec(u"INSERT INTO posts (title, created_by, created_at, updated_at) VALUES ('Statement', 'a', 1, 1)"_qs));
    QVERIFY(raw.exec(u"SELECT MAX(id) FROM posts"_qs) && raw.next());
    const qint64 postId = raw.value(0).toLongLong();
    raw.finish();
    QVERIFY(raw.prepare(u"INSERT INTO variants (post_id, account_id, language, text, state, remote_id, updated_at) "
                        "VALUES (?, ?, 'en', 'Our statement on the summit', 'published', '555', ?)"_qs));
    raw.addBindValue(postId);
    raw.addBindValue(x);
    raw.addBindValue(kT0.toMSecsSinceEpoch());
    QVERIFY(raw.exec());
    raw.finish();

    store::MentionRepository mentions(*m_db);
    auto inConversation = [&](qint64 account, const char *id, int minutes, const char *conversation, const char *replyTo) {
        domain::Mention m = make(account, QString::fromLatin1(id), minutes);
        m.conversationId = QString::fromLatin1(conversation);
        m.inReplyToRemoteId = QString::fromLatin1(replyTo);
        return m;
    };
    QCOMPARE(*mentions.insert({inConversation(x, "603", 30, "555", "601"), inConversation(x, "601", 10, "555", "555"),
                               inConversation(x, "602", 20, "555", "555"), inConversation(x, "700", 5, "690", "690"),
                               // The same conversation id on another platform is another conversation.
                               inConversation(fb, "604", 1, "555", "")}),
             5);
    const auto items = mentions.page(store::MentionQuery{}, 0, 10);
    qint64 id603 = 0;
    qint64 id700 = 0;
    for (const auto &m : *items) {
        if (m.remoteId == u"603"_qs)
            id603 = m.id;
        if (m.remoteId == u"700"_qs)
            id700 = m.id;
    }
    const auto c = mentions.conversation(id603);
    QVERIFY2(c, qPrintable(why(c)));
    QCOMPARE(remoteIds(c->items), (QStringList{u"601"_qs, u"602"_qs, u"603"_qs}));
    QCOMPARE(c->postId, postId);
    QVERIFY(c->variantId > 0);
    QCOMPARE(c->originRemoteId, u"555"_qs);
    QCOMPARE(c->originText, u"Our statement on the summit"_qs);
    QCOMPARE(c->originAccountId, x);

    const auto other = mentions.conversation(id700);
    QCOMPARE(remoteIds(other->items), QStringList{u"700"_qs});
    QCOMPARE(other->variantId, 0);
    QVERIFY(!mentions.conversation(999999));
    QCOMPARE(c->earlierNotShown, 0);
    QCOMPARE(c->laterNotShown, 0);

    // A crisis thread: the item with the 50 replies before and after it, and how many more on each side.
    QList<domain::Mention> thread;
    for (int i = 0; i < 130; ++i)
        thread << inConversation(x, QByteArray::number(10000 + i).constData(), 100 + i, "900", "900");
    QCOMPARE(*mentions.insert(thread), 130);
    const auto stored = mentions.page(store::MentionQuery{}, 0, 200);
    qint64 id10100 = 0;
    for (const auto &m : *stored) {
        if (m.remoteId == u"10100"_qs)
            id10100 = m.id;
    }
    const auto around = mentions.conversation(id10100);
    QVERIFY2(around, qPrintable(why(around)));
    QCOMPARE(around->items.size(), 50 + 1 + 29);
    QCOMPARE(around->items.first().remoteId, u"10050"_qs);
    QCOMPARE(around->items.at(50).remoteId, u"10100"_qs);
    QCOMPARE(around->items.last().remoteId, u"10129"_qs);
    QCOMPARE(around->earlierNotShown, 50);
    QCOMPARE(around->laterNotShown, 0);
}

void MentionRepositoriesTest::firstReply_onlyTheFirst_andResponseTimes()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    store::MentionRepository mentions(*m_db);
    QList<domain::Mention> batch;
    for (int i = 0; i < 5; ++i)
        batch << make(x, QString::number(i), 0);
    QCOMPARE(*mentions.insert(batch), 5);
    QList<qint64> ids;
    const auto stored = mentions.page(store::MentionQuery{}, 0, 10);
    QVERIFY2(stored, qPrintable(why(stored)));
    for (const auto &m : *stored)
        ids << m.id;
    QCOMPARE(ids.size(), 5);
    std::sort(ids.begin(), ids.end());
    // anna answers in 10, 20 and 60 minutes; boris in 5; the fifth item is never answered.
    const int minutes[] = {10, 20, 60, 5};
    const QString who[] = {u"anna"_qs, u"anna"_qs, u"anna"_qs, u"boris"_qs};
    for (int i = 0; i < 4; ++i)
    {
        const auto s = mentions.recordFirstReply(ids[i], who[i], kT0.addSecs(minutes[i] * 60));
        QVERIFY2(s, qPrintable(why(s)));
    }
    // A second reply changes nothing.
    QVERIFY(mentions.recordFirstReply(ids[0], u"boris"_qs, kT0.addSecs(600 * 60)));
    const auto first = mentions.find(ids[0]);
    QCOMPARE(first->firstReplyBy, u"anna"_qs);
    QCOMPARE(first->firstReplyAt, kT0.addSecs(10 * 60));
    QVERIFY(!mentions.find(ids[4])->firstReplyAt.isValid());
    QVERIFY(!mentions.recordFirstReply(999999, u"anna"_qs, kT0));

    const auto times = mentions.responseTimes(kT0, kT0.addDays(1));
    QVERIFY2(times, qPrintable(why(times)));
    QCOMPARE(times->size(), 3);
    const qint64 minute = 60 * 1000;
    QCOMPARE(times->at(0).person, QString());
    QCOMPARE(times->at(0).count, 4);
    QCOMPARE(times->at(0).medianMs, 15 * minute);
    QCOMPARE(times->at(0).meanMs, (10 + 20 + 60 + 5) * minute / 4);
    QCOMPARE(times->at(1).person, u"anna"_qs);
    QCOMPARE(times->at(1).count, 3);
    QCOMPARE(times->at(1).medianMs, 20 * minute);
    QCOMPARE(times->at(1).meanMs, 30 * minute);
    QCOMPARE(times->at(2).person, u"boris"_qs);
    QCOMPARE(times->at(2).medianMs, 5 * minute);
    // Only replies inside the period count.
    const auto early = mentions.responseTimes(kT0, kT0.addSecs(15 * 60));
    QCOMPARE(early->at(0).count, 2);
}

void MentionRepositoriesTest::team_members_roundTrip()
{
    store::TeamRepository team(*m_db);
    QVERIFY(team.members().isEmpty());
    QVERIFY(team.setMembers({u" Anna "_qs, u"Борис"_qs, u""_qs, u"anna"_qs, u"李明"_qs}));
    QCOMPARE(team.members(), (QStringList{u"Anna"_qs, u"Борис"_qs, u"李明"_qs}));
    QCOMPARE(store::SettingsRepository(*m_db).value(store::TeamRepository::settingKey()),
             u"[\"Anna\",\"Борис\",\"李明\"]"_qs);
    QVERIFY(team.setMembers({}));
    QVERIFY(team.members().isEmpty());
}

qint64 MentionRepositoriesTest::submitReply(const domain::Mention &item, const QString &by,
                                            const QString &text, bool withHistory)
{
    store::PostRepository posts(*m_db);
    domain::Post post;
    post.title = QStringLiteral("Reply");
    domain::Variant v;
    v.accountId = item.accountId;
    v.language = QStringLiteral("en");
    v.text = text;
    v.replyToRemoteId = item.remoteId;
    post.variants << v;
    const auto postId = posts.create(post, by);
    if (!postId)
        return 0;
    const qint64 variantId = posts.find(*postId)->variants.value(0).id;
    if (!posts.transition(variantId, domain::VariantState::InReview, by) ||
        !posts.transition(variantId, domain::VariantState::Approved, by) ||
        !posts.schedule(variantId, kT0, by))
        return 0;
    if (withHistory) {
        if (!store::MentionRepository(*m_db).setStatus({item.id}, MentionStatus::Replied, by))
            return 0;
        if (!store::AuditLog(*m_db).append({0,
                                            {},
                                            by,
                                            u"mention"_qs,
                                            item.id,
                                            u"reply"_qs,
                                            {},
                                            u"scheduled"_qs,
                                            QString::number(variantId)}))
            return 0;
    }
    return posts.transition(variantId, domain::VariantState::Publishing, u"publisher"_qs) ? variantId : 0;
}

bool MentionRepositoriesTest::refuse(qint64 variantId, const QString &reason)
{
    const auto s = store::PostRepository(*m_db).transition(variantId, domain::VariantState::Failed,
                                                           u"publisher"_qs, reason);
    if (!s)
        qWarning("%s", qPrintable(why(s)));
    return bool(s);
}

void MentionRepositoriesTest::failedReply_itemBackToItsStatus_withTheReason()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    store::MentionRepository mentions(*m_db);
    QCOMPARE(*mentions.insert({make(x, u"10"_qs, 0), make(x, u"11"_qs, 1), make(x, u"12"_qs, 2)}), 3);
    QList<domain::Mention> items = *mentions.page(store::MentionQuery{}, 0, 10);
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return a.remoteId < b.remoteId; });
    const domain::Mention assigned = items[0], fresh = items[1], noHistory = items[2];
    QVERIFY(mentions.setStatus({assigned.id}, MentionStatus::Assigned, u"lead"_qs, u"anna"_qs));
    QVERIFY(mentions.setStance({assigned.id}, Stance::Criticism, u"lead"_qs)); // other lines in between

    const QString reason = u"The platform refused the reply: the post it answers was deleted."_qs;
    const qint64 first = submitReply(assigned, u"anna"_qs, u"Our answer"_qs);
    QVERIFY(first);
    QCOMPARE(mentions.find(assigned.id)->status, MentionStatus::Replied);
    QVERIFY(mentions.failedReplies({assigned.id})->isEmpty()); // on its way: nothing failed yet
    QVERIFY(refuse(first, reason));

    // Back to Assigned to anna, as before the reply; no first reply; the item's history says why.
    auto item = mentions.find(assigned.id);
    QCOMPARE(item->status, MentionStatus::Assigned);
    QCOMPARE(item->assignee, u"anna"_qs);
    QVERIFY(!item->firstReplyAt.isValid());
    const auto lines = store::AuditLog(*m_db).forEntity(u"mention"_qs, assigned.id);
    QVERIFY(lines);
    QCOMPARE(lines->last().action, u"reply_failed"_qs);
    QCOMPARE(lines->last().fromState, u"replied"_qs);
    QCOMPARE(lines->last().toState, u"assigned"_qs);
    QCOMPARE(lines->last().reason, reason);
    QCOMPARE(lines->last().actor, u"publisher"_qs);
    // The failed reply, its text and reason, for the list's mark; only for the item it concerns.
    auto failed = mentions.failedReplies({assigned.id, fresh.id, noHistory.id, 999999});
    QVERIFY2(failed, qPrintable(why(failed)));
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->value(assigned.id).variantId, first);
    QCOMPARE(failed->value(assigned.id).text, u"Our answer"_qs);
    QCOMPARE(failed->value(assigned.id).reason, reason);
    QVERIFY(failed->value(assigned.id).at.isValid());

    // A New item goes back to New.
    const qint64 second = submitReply(fresh, u"boris"_qs, u"Another answer"_qs);
    QVERIFY(second);
    QVERIFY(refuse(second, reason));
    QCOMPARE(mentions.find(fresh.id)->status, MentionStatus::New);
    QCOMPARE(mentions.find(fresh.id)->assignee, QString());
    // Retried as it is (Compose's retry): Replied again and no longer marked; refused again: New again.
    store::PostRepository posts(*m_db);
    QVERIFY(posts.transition(second, domain::VariantState::Scheduled, u"boris"_qs));
    QCOMPARE(mentions.find(fresh.id)->status, MentionStatus::Replied);
    QVERIFY(mentions.failedReplies({fresh.id})->isEmpty());
    QVERIFY(posts.transition(second, domain::VariantState::Publishing, u"publisher"_qs));
    QVERIFY(refuse(second, reason));
    QCOMPARE(mentions.find(fresh.id)->status, MentionStatus::New);
    QCOMPARE(mentions.failedReplies({fresh.id})->value(fresh.id).variantId, second);

    // Unknown history (a reply made without the inbox): assigned to whoever wrote the reply.
    QVERIFY(mentions.setStatus({noHistory.id}, MentionStatus::Replied, u"boris"_qs));
    const qint64 third = submitReply(noHistory, u"boris"_qs, u"Third"_qs, /*withHistory=*/false);
    QVERIFY(third);
    QVERIFY(refuse(third, reason));
    QCOMPARE(mentions.find(noHistory.id)->status, MentionStatus::Assigned);
    QCOMPARE(mentions.find(noHistory.id)->assignee, u"boris"_qs);

    // Retried and published: the item is Replied again, first answered then, and no longer marked.
    const qint64 retry = submitReply(assigned, u"anna"_qs, u"Our answer, again"_qs);
    QVERIFY(retry);
    QVERIFY(mentions.failedReplies({assigned.id})->isEmpty()); // a later reply replaces the failed one
    QVERIFY(
        store::PostRepository(*m_db).recordPublished(retry, u"1900"_qs, u"publisher"_qs, kT0.addSecs(3600)));
    item = mentions.find(assigned.id);
    QCOMPARE(item->status, MentionStatus::Replied);
    QCOMPARE(item->firstReplyBy, u"anna"_qs);
    QVERIFY(mentions.failedReplies({assigned.id, fresh.id})->keys() == QList<qint64>{fresh.id});
}

void MentionRepositoriesTest::failedReply_keepsReplied_whenAnotherReplyAnswers()
{
    const qint64 x = testsupport::addAccount(*m_db, domain::Platform::X, QStringLiteral("@en"));
    store::MentionRepository mentions(*m_db);
    QCOMPARE(*mentions.insert({make(x, u"20"_qs, 0), make(x, u"21"_qs, 1)}), 2);
    QList<domain::Mention> items = *mentions.page(store::MentionQuery{}, 0, 10);
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return a.remoteId < b.remoteId; });
    const QString reason = u"Refused."_qs;

    // Two replies on their way; the first fails while the second still goes out: the item stays Replied.
    const qint64 a = submitReply(items[0], u"anna"_qs, u"A"_qs);
    const qint64 b = submitReply(items[0], u"boris"_qs, u"B"_qs);
    QVERIFY(a && b);
    QVERIFY(refuse(a, reason));
    QCOMPARE(mentions.find(items[0].id)->status, MentionStatus::Replied);
    QVERIFY(mentions.failedReplies({items[0].id})->isEmpty()); // the latest reply is the one on its way
    QCOMPARE(store::AuditLog(*m_db).forEntity(u"mention"_qs, items[0].id)->last().toState, u"replied"_qs);

    // Published first, then a later reply fails: answered already, so still Replied (the latest reply is
    // marked as failed).
    const qint64 c = submitReply(items[1], u"anna"_qs, u"C"_qs);
    QVERIFY(c);
    QVERIFY(store::PostRepository(*m_db).recordPublished(c, u"2000"_qs, u"publisher"_qs, kT0.addSecs(60)));
    const qint64 d = submitReply(items[1], u"anna"_qs, u"D"_qs);
    QVERIFY(d);
    QVERIFY(refuse(d, reason));
    QCOMPARE(mentions.find(items[1].id)->status, MentionStatus::Replied);
    QCOMPARE(mentions.failedReplies({items[1].id})->value(items[1].id).variantId, d);

    // An item the team moved on meanwhile keeps what they chose.
    const qint64 e = submitReply(items[0], u"anna"_qs, u"E"_qs);
    QVERIFY(e);
    QVERIFY(mentions.setStatus({items[0].id}, MentionStatus::Escalated, u"lead"_qs));
    QVERIFY(store::PostRepository(*m_db).recordPublished(b, u"2001"_qs, u"publisher"_qs));
    QVERIFY(refuse(e, reason));
    QCOMPARE(mentions.find(items[0].id)->status, MentionStatus::Escalated);

    // A failure of a post that answers nothing in the inbox changes no item.
    QVERIFY(refuse(submitReply(make(x, u"not-in-inbox"_qs, 0), u"anna"_qs, u"F"_qs, false), reason));
}

QTEST_GUILESS_MAIN(MentionRepositoriesTest)
#include "tst_mentionrepositories.moc"
