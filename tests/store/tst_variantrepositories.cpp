// What a variant carries besides its text, over a real database on both engines: what it answers, the thread
// flag and platform scheduling, the parts of a thread with their attempts.
#include "store/attachmentrepository.h"
#include "store/database.h"
#include "store/mentionrepository.h"
#include "store/postrepository.h"
#include "store/variantpartrepository.h"
#include "support/storefixture.h"

#include <QStandardPaths>
#include <QTest>

using domain::VariantState;
using Attempt = domain::VariantPart::Attempt;
using testsupport::Engine;

namespace {
const QString kAttache = QStringLiteral("press.attache");

template <typename R>
QString why(const R &r)
{
    return r ? QString() : r.error().message + QLatin1Char(' ') + r.error().detail;
}
} // namespace

class VariantRepositoriesTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void initTestCase_data();
    void init();
    void cleanup();

    void reply_thread_platformSchedule_roundTrip();
    void conversationOf_readsTheInboxItem();
    void parts_storedOnce_eachAttemptMovesOnlyFromWhereItIs();
    void editVariant_discardsUnsentParts_keepsAStartedThread();
    void attachments_inOrder_withTheirUploads();
    void renameAddRemove_afterSave();

private:
    qint64 addAccount(domain::Platform platform, const QString &handle);
    qint64 newPost(const QList<domain::Variant> &variants);

    std::unique_ptr<testsupport::FreshDatabase> m_fixture;
    store::Database *m_db = nullptr;
};

void VariantRepositoriesTest::initTestCase_data()
{
    testsupport::addEngineRows();
}

void VariantRepositoriesTest::init()
{
    testsupport::openFreshDatabase(m_fixture, m_db);
}

void VariantRepositoriesTest::cleanup()
{
    testsupport::closeFreshDatabase(m_fixture, m_db);
}

qint64 VariantRepositoriesTest::addAccount(domain::Platform platform, const QString &handle)
{
    return testsupport::addAccount(*m_db, platform, handle);
}

qint64 VariantRepositoriesTest::newPost(const QList<domain::Variant> &variants)
{
    store::PostRepository posts(*m_db);
    domain::Post post;
    post.title = QStringLiteral("Answer");
    post.variants = variants;
    const auto id = posts.create(post, kAttache);
    return id ? *id : 0;
}

void VariantRepositoriesTest::reply_thread_platformSchedule_roundTrip()
{
    const qint64 x = addAccount(domain::Platform::X, QStringLiteral("@en"));
    const qint64 fb = addAccount(domain::Platform::Facebook, QStringLiteral("page"));
    domain::Variant reply;
    reply.accountId = x;
    reply.language = QStringLiteral("en");
    reply.text = QStringLiteral("@someone Thank you, the consulate opens at nine.");
    reply.replyToRemoteId = QStringLiteral("1860000000000000123");
    reply.asThread = true;
    domain::Variant plain;
    plain.accountId = fb;
    plain.language = QStringLiteral("ru");
    plain.text = QStringLiteral("Консульство открыто с девяти.");
    const qint64 postId = newPost({reply, plain});
    QVERIFY(postId > 0);
    store::PostRepository posts(*m_db);
    auto found = posts.find(postId);
    QVERIFY2(found, qPrintable(why(found)));
    QCOMPARE(found->variants.size(), 2);
    QCOMPARE(found->variants[0].replyToRemoteId, reply.replyToRemoteId);
    QVERIFY(found->variants[0].asThread);
    QVERIFY(found->variants[1].replyToRemoteId.isEmpty());
    QVERIFY(!found->variants[1].asThread);
    QVERIFY(!found->variants[1].scheduleOnPlatform);

    const qint64 fbVariant = found->variants[1].id;
    QVERIFY(posts.setAsThread(found->variants[0].id, false, kAttache));
    QVERIFY(!posts.variant(found->variants[0].id)->asThread);
    for (const auto to : {VariantState::InReview, VariantState::Approved})
        QVERIFY(posts.transition(fbVariant, to, kAttache));
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(2);
    QVERIFY(posts.schedule(fbVariant, when, kAttache, true));
    const auto scheduled = posts.variant(fbVariant);
    QVERIFY(scheduled->scheduleOnPlatform);
    QCOMPARE(scheduled->state, VariantState::Scheduled);
    // The flag and the reply target come along wherever variants are read.
    const auto due = posts.dueVariants(when.addSecs(1), 10);
    QVERIFY2(due, qPrintable(why(due)));
    QCOMPARE(due->size(), 1);
    QVERIFY(due->first().scheduleOnPlatform);
}

void VariantRepositoriesTest::conversationOf_readsTheInboxItem()
{
    const qint64 weibo = addAccount(domain::Platform::Weibo, QStringLiteral("embassy"));
    store::MentionRepository mentions(*m_db);
    domain::Mention comment;
    comment.accountId = weibo;
    comment.remoteId = QStringLiteral("4900000000000001");
    comment.conversationId = QStringLiteral("4800000000000009");
    comment.authorHandle = QStringLiteral("reader");
    comment.text = QStringLiteral("请问签证什么时候开放？");
    comment.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(mentions.insert({comment}));
    store::PostRepository posts(*m_db);
    QCOMPARE(*posts.conversationOf(weibo, comment.remoteId), comment.conversationId);
    QCOMPARE(*posts.conversationOf(weibo, QStringLiteral("nothing")), QString());
}

void VariantRepositoriesTest::parts_storedOnce_eachAttemptMovesOnlyFromWhereItIs()
{
    const qint64 x = addAccount(domain::Platform::X, QStringLiteral("@en"));
    domain::Variant v;
    v.accountId = x;
    v.language = QStringLiteral("en");
    v.text = QStringLiteral("long");
    const qint64 postId = newPost({v});
    store::PostRepository posts(*m_db);
    const qint64 id = posts.find(postId)->variants.first().id;
    store::VariantPartRepository parts(*m_db);
    QVERIFY(parts.parts(id)->isEmpty());
    const auto stored = parts.ensureParts(id, {QStringLiteral("a 1/3"), QStringLiteral("b 2/3"), QStringLiteral("c 3/3")});
    QVERIFY2(stored, qPrintable(why(stored)));
    QCOMPARE(stored->size(), 3);
    // A second split (say, after the splitter changed) does not replace the parts a thread started with.
    const auto again = parts.ensureParts(id, {QStringLiteral("other")});
    QCOMPARE(again->size(), 3);
    QCOMPARE(again->at(1).text, QStringLiteral("b 2/3"));
    QCOMPARE(again->at(2).attempt, Attempt::Pending);

    QVERIFY(parts.move(id, 0, Attempt::Pending, Attempt::Sending));
    // Only one claim of the same part succeeds.
    QVERIFY(!parts.move(id, 0, Attempt::Pending, Attempt::Sending));
    QVERIFY(parts.move(id, 0, Attempt::Sending, Attempt::Sent, QStringLiteral("111")));
    const auto now = parts.parts(id);
    QCOMPARE(now->at(0).attempt, Attempt::Sent);
    QCOMPARE(now->at(0).remoteId, QStringLiteral("111"));
    QCOMPARE(now->at(1).attempt, Attempt::Pending);
}

void VariantRepositoriesTest::editVariant_discardsUnsentParts_keepsAStartedThread()
{
    const qint64 x = addAccount(domain::Platform::X, QStringLiteral("@en"));
    domain::Variant v;
    v.accountId = x;
    v.language = QStringLiteral("en");
    v.text = QStringLiteral("first");
    const qint64 postId = newPost({v, });
    store::PostRepository posts(*m_db);
    const qint64 id = posts.find(postId)->variants.first().id;
    store::VariantPartRepository parts(*m_db);
    QVERIFY(parts.ensureParts(id, {QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(posts.editVariant(id, QStringLiteral("second"), kAttache));
    QVERIFY(parts.parts(id)->isEmpty());
    QVERIFY(parts.ensureParts(id, {QStringLiteral("c"), QStringLiteral("d")}));
    QVERIFY(parts.move(id, 0, Attempt::Pending, Attempt::Sending));
    QVERIFY(posts.editVariant(id, QStringLiteral("third"), kAttache));
    QCOMPARE(parts.parts(id)->size(), 2);
    // Once a part is out, the variant cannot stop being a thread.
    QVERIFY(posts.setAsThread(id, true, kAttache));
    QVERIFY(!posts.setAsThread(id, false, kAttache));
    QVERIFY(posts.variant(id)->asThread);
}

void VariantRepositoriesTest::attachments_inOrder_withTheirUploads()
{
    const qint64 x = addAccount(domain::Platform::X, QStringLiteral("@en"));
    domain::Variant v;
    v.accountId = x;
    v.language = QStringLiteral("en");
    v.text = QStringLiteral("pictures");
    const qint64 postId = newPost({v});
    store::PostRepository posts(*m_db);
    const qint64 id = posts.find(postId)->variants.first().id;
    store::AttachmentRepository media(*m_db);
    domain::Attachment a;
    a.variantId = id;
    a.filePath = QStringLiteral("/photos/one.jpg");
    a.sha256 = QStringLiteral("ab12");
    a.mimeType = QStringLiteral("image/jpeg");
    a.sizeBytes = 123456;
    const auto first = media.add(a);
    QVERIFY2(first, qPrintable(why(first)));
    a.filePath = QStringLiteral("/photos/two.png");
    a.mimeType = QStringLiteral("image/png");
    const auto second = media.add(a);
    QVERIFY(second);
    auto list = media.attachments(id);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, *first);
    QCOMPARE(list->at(0).position, 0);
    QCOMPARE(list->at(1).position, 1);
    QCOMPARE(list->at(0).sizeBytes, 123456);
    QCOMPARE(list->at(1).mimeType, QStringLiteral("image/png"));
    QVERIFY(list->at(0).uploadId.isEmpty());
    QVERIFY(!list->at(0).uploadedAt.isValid());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QVERIFY(media.recordUpload(*first, QStringLiteral("1870000000000000001"), at));
    list = media.attachments(id);
    QCOMPARE(list->at(0).uploadId, QStringLiteral("1870000000000000001"));
    QCOMPARE(list->at(0).uploadedAt, at);
    QVERIFY(media.remove(*first));
    QCOMPARE(media.attachments(id)->size(), 1);
    // A third goes after the last, not into the hole.
    QVERIFY(media.add(a));
    QCOMPARE(media.attachments(id)->last().position, 2);
}

void VariantRepositoriesTest::renameAddRemove_afterSave()
{
    const qint64 x = addAccount(domain::Platform::X, QStringLiteral("@en"));
    const qint64 fb = addAccount(domain::Platform::Facebook, QStringLiteral("page"));
    const qint64 wb = addAccount(domain::Platform::Weibo, QStringLiteral("weibo"));
    domain::Variant v;
    v.accountId = x;
    v.language = QStringLiteral("en");
    v.text = QStringLiteral("text");
    const qint64 postId = newPost({v});
    store::PostRepository posts(*m_db);
    QVERIFY(posts.rename(postId, QStringLiteral("  New name "), kAttache));
    QCOMPARE(posts.find(postId)->title, QStringLiteral("New name"));
    QVERIFY(!posts.rename(postId, QStringLiteral(" "), kAttache));
    QCOMPARE(posts.auditLog().forEntity(QStringLiteral("post"), postId)->last().reason, QStringLiteral("Answer → New name"));

    domain::Variant more;
    more.accountId = fb;
    more.language = QStringLiteral("ru");
    const auto added = posts.addVariant(postId, more, kAttache);
    QVERIFY2(added, qPrintable(why(added)));
    QCOMPARE(posts.variant(*added)->state, VariantState::Draft);
    QCOMPARE(posts.find(postId)->variants.size(), 2);
    QVERIFY(!posts.addVariant(postId, more, kAttache)); // once per account

    // Scheduled, published or partly published variants keep their account on the post.
    const qint64 first = posts.find(postId)->variants.first().id;
    for (const auto to : {VariantState::InReview, VariantState::Approved})
        QVERIFY(posts.transition(first, to, kAttache));
    QVERIFY(posts.schedule(first, QDateTime::currentDateTimeUtc().addDays(1), kAttache));
    auto refused = posts.removeVariant(first, kAttache);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("scheduled")));
    QVERIFY(posts.transition(first, VariantState::Publishing, kAttache));
    QVERIFY(posts.recordPublished(first, QStringLiteral("1"), kAttache));
    refused = posts.removeVariant(first, kAttache);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("published")));
    more.accountId = wb;
    const auto third = posts.addVariant(postId, more, kAttache);
    QVERIFY(third);
    store::VariantPartRepository parts(*m_db);
    QVERIFY(parts.ensureParts(*third, {QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(parts.move(*third, 0, Attempt::Pending, Attempt::Sending));
    QVERIFY(parts.move(*third, 0, Attempt::Sending, Attempt::Sent, QStringLiteral("9")));
    QVERIFY(!posts.removeVariant(*third, kAttache));

    // A draft goes, with an audit line saying so.
    QVERIFY(posts.removeVariant(*added, kAttache));
    QCOMPARE(posts.find(postId)->variants.size(), 2);
    QVERIFY(!posts.variant(*added));
    QCOMPARE(posts.auditLog().forEntity(QStringLiteral("variant"), *added)->last().action, QStringLiteral("delete"));
}

QTEST_GUILESS_MAIN(VariantRepositoriesTest)
#include "tst_variantrepositories.moc"
