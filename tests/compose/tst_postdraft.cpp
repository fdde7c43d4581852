#include "compose/postdraft.h"
#include "store/postrepository.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using compose::PostDraft;
using domain::Platform;
using domain::VariantState;

// The composer's back end: exact counters per platform, the draft in the store from the first keystroke,
// autosave within a second, flush on demand, edits after approval sent back to review, identical texts found.
class PostDraftTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void counters_followEachPlatformsRule_data();
    void counters_followEachPlatformsRule();
    void firstKeystroke_createsTheDraftInTheStore();
    void autosave_writesWithinOneSecondOfTheLastKeystroke();
    void flush_writesAtOnce_andReopenShowsTheText();
    void editingAnApprovedVariant_returnsItToReview();
    void identicalTexts_onSeveralAccounts_areFoundButNotBlocked();
    void copyText_copiesAndIsDirty();
    void publishedVariant_isNotEditable();

private:
    domain::Account addAccount(Platform platform, const QString &name, const QString &language);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    QList<domain::Account> m_accounts;
};

void PostDraftTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

domain::Account PostDraftTest::addAccount(Platform platform, const QString &name, const QString &language)
{
    domain::Account a;
    a.platform = platform;
    a.handle = QLatin1Char('@') + name;
    a.displayName = name;
    a.language = language;
    a.timeZone = QStringLiteral("Europe/London");
    a.id = *m_ws->accounts().add(a);
    return a;
}

void PostDraftTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    store::Database::OpenError error;
    m_ws = workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.attache")), {}, &error);
    QVERIFY2(m_ws, qPrintable(error.error.message));
    m_accounts = {addAccount(Platform::X, QStringLiteral("Embassy"), QStringLiteral("en")),
                  addAccount(Platform::X, QStringLiteral("EmbassyRu"), QStringLiteral("ru")),
                  addAccount(Platform::Facebook, QStringLiteral("Page"), QStringLiteral("en")),
                  addAccount(Platform::Weibo, QStringLiteral("Weibo"), QStringLiteral("zh")),
                  addAccount(Platform::X, QStringLiteral("Ambassador"), QStringLiteral("en"))};
}

void PostDraftTest::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void PostDraftTest::counters_followEachPlatformsRule_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("valid");
    // A URL weighs 23 on X whatever its length; an emoji weighs 2; Cyrillic weighs 1 (under U+1100).
    QTest::newRow("x url emoji") << int(Platform::X)
                                 << QStringLiteral("Hello https://example.com/a/very/long/path/indeed 😀") << 32
                                 << true;
    QTest::newRow("x cyrillic") << int(Platform::X) << QStringLiteral("Привет") << 6 << true;
    QTest::newRow("x cjk") << int(Platform::X) << QStringLiteral("你好") << 4 << true;
    QTest::newRow("x over") << int(Platform::X) << QString(281, QLatin1Char('a')) << 281 << false;
    QTest::newRow("weibo cjk") << int(Platform::Weibo) << QStringLiteral("你好") << 2 << true;
    QTest::newRow("facebook long") << int(Platform::Facebook) << QString(5000, QLatin1Char('a')) << 5000 << true;
}

void PostDraftTest::counters_followEachPlatformsRule()
{
    QFETCH(int, platform);
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(bool, valid);
    PostDraft draft(m_ws->posts(), QStringLiteral("attache"));
    QList<domain::Account> targets;
    for (const auto &a : m_accounts) {
        if (int(a.platform) == platform) {
            targets << a;
            break;
        }
    }
    draft.startNew(targets);
    QSignalSpy counted(&draft, &PostDraft::countChanged);
    draft.setText(0, text);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(draft.variants().at(0).count.weightedLength, length);
    QCOMPARE(draft.variants().at(0).count.valid, valid);
    if (!valid)
        QCOMPARE(draft.variants().at(0).count.validRangeEnd, 279);
}

void PostDraftTest::firstKeystroke_createsTheDraftInTheStore()
{
    const int before = int(m_ws->posts().all()->size());
    PostDraft draft(m_ws->posts(), QStringLiteral("attache"));
    draft.startNew({m_accounts[0], m_accounts[1]}, QStringLiteral("Opening evening"));
    QVERIFY(!draft.isStored());
    QCOMPARE(m_ws->posts().all()->size(), before);
    QSignalSpy created(&draft, &PostDraft::created);
    draft.setText(0, QStringLiteral("T"));
    QCOMPARE(created.size(), 1);
    QVERIFY(draft.isStored());
    const auto all = m_ws->posts().all();
    QCOMPARE(all->size(), before + 1);
    const auto it = std::find_if(all->cbegin(), all->cend(),
                                 [&](const domain::Post &p) { return p.id == draft.postId(); });
    QVERIFY(it != all->cend());
    QCOMPARE(it->title, QStringLiteral("Opening evening"));
    QCOMPARE(it->variants.size(), 2);
    QCOMPARE(it->variants[0].text, QStringLiteral("T"));
    QCOMPARE(it->variants[0].accountId, m_accounts[0].id);
    QCOMPARE(it->variants[1].language, QStringLiteral("ru"));
    QCOMPARE(it->variants[1].state, VariantState::Draft);
    QVERIFY(!draft.isDirty());
}

void PostDraftTest::autosave_writesWithinOneSecondOfTheLastKeystroke()
{
    PostDraft draft(m_ws->posts(), QStringLiteral("attache"));
    QVERIFY(draft.autosaveDelay() < 1000);
    draft.startNew({m_accounts[0], m_accounts[1]});
    const QString typed = QStringLiteral("Tonight the Embassy opens the Year of Language");
    for (int i = 1; i <= typed.size(); ++i) {
        draft.setText(0, typed.left(i));
        QTest::qWait(5);
    }
    const qint64 id = draft.variants()[0].variantId;
    QVERIFY(id);
    QVERIFY(draft.isDirty());
    QVERIFY(m_ws->posts().variant(id)->text != typed); // not yet: the timer restarts with every keystroke
    QTest::qWait(1000);
    QCOMPARE(m_ws->posts().variant(id)->text, typed);
    QVERIFY(!draft.isDirty());
}

void PostDraftTest::flush_writesAtOnce_andReopenShowsTheText()
{
    qint64 postId = 0;
    {
        PostDraft draft(m_ws->posts(), QStringLiteral("attache"));
        draft.setAutosaveDelay(60000);
        draft.startNew({m_accounts[0], m_accounts[1]});
        draft.setText(0, QStringLiteral("First"));
        draft.setText(1, QStringLiteral("Первый"));
        draft.setText(0, QStringLiteral("First words"));
        postId = draft.postId();
        QVERIFY(draft.isDirty());
        QVERIFY(draft.flush());
        QVERIFY(!draft.isDirty());
        draft.setText(1, QStringLiteral("Первые слова"));
        // Destroyed with a change not yet written: the destructor writes it.
    }
    PostDraft reopened(m_ws->posts(), QStringLiteral("attache"));
    QVERIFY(reopened.open(postId, m_accounts));
    QCOMPARE(reopened.variants().size(), 2);
    QCOMPARE(reopened.variants()[0].text, QStringLiteral("First words"));
    QCOMPARE(reopened.variants()[1].text, QStringLiteral("Первые слова"));
    QCOMPARE(reopened.variants()[1].account.displayName, QStringLiteral("EmbassyRu"));
    QCOMPARE(reopened.variants()[0].count.weightedLength, 11);
}

void PostDraftTest::editingAnApprovedVariant_returnsItToReview()
{
    auto &posts = m_ws->posts();
    PostDraft draft(posts, QStringLiteral("attache"));
    draft.startNew({m_accounts[0]});
    draft.setText(0, QStringLiteral("Approved text"));
    const qint64 id = draft.variants()[0].variantId;
    QVERIFY(posts.transition(id, VariantState::InReview, QStringLiteral("attache")));
    QVERIFY(posts.transition(id, VariantState::Approved, QStringLiteral("counsellor")));

    PostDraft editor(posts, QStringLiteral("attache"));
    QVERIFY(editor.open(draft.postId(), m_accounts));
    QCOMPARE(editor.variants()[0].state, VariantState::Approved);
    QVERIFY(editor.editReturnsToReview(0));
    QSignalSpy moved(&editor, &PostDraft::stateChanged);
    editor.setText(0, QStringLiteral("Approved text, edited"));
    QVERIFY(editor.flush());
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved[0][1].value<VariantState>(), VariantState::Approved);
    QCOMPARE(moved[0][2].value<VariantState>(), VariantState::InReview);
    QCOMPARE(posts.variant(id)->state, VariantState::InReview);
    QCOMPARE(editor.variants()[0].state, VariantState::InReview);
    QVERIFY(!editor.editReturnsToReview(0));
    const auto audit = posts.auditLog().forEntity(QStringLiteral("variant"), id);
    QVERIFY(audit && !audit->isEmpty());
    QCOMPARE(audit->last().toState, domain::stateId(VariantState::InReview));
}

void PostDraftTest::identicalTexts_onSeveralAccounts_areFoundButNotBlocked()
{
    PostDraft draft(m_ws->posts(), QStringLiteral("attache"));
    draft.setAutosaveDelay(10);
    draft.startNew({m_accounts[0], m_accounts[4], m_accounts[1], m_accounts[2]});
    QSignalSpy changed(&draft, &PostDraft::identicalChanged);
    draft.setText(0, QStringLiteral("Join us tonight at 19:00"));
    draft.setText(2, QStringLiteral("Присоединяйтесь в 19:00"));
    QVERIFY(draft.identicalTexts().isEmpty());
    QCOMPARE(changed.size(), 0);
    draft.setText(1, QStringLiteral("Join us  tonight at 19:00 ")); // whitespace does not make it different
    auto groups = draft.identicalTexts();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].variants, (QList<int>{0, 1}));
    QCOMPARE(groups[0].platforms, QList<Platform>{Platform::X});
    QCOMPARE(changed.size(), 1);
    const QString warning = PostDraft::identicalWarning(groups[0], draft.variants());
    QVERIFY2(warning.startsWith(QStringLiteral("X forbids identical posts on several accounts")),
             qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("Embassy, Ambassador")));

    draft.setText(3, QStringLiteral("Join us tonight at 19:00"));
    groups = draft.identicalTexts();
    QCOMPARE(groups[0].variants.size(), 3);
    QCOMPARE(groups[0].platforms.size(), 2);
    // A warning, not a block: the draft is saved all the same.
    QVERIFY(draft.flush());
    QCOMPARE(m_ws->posts().find(draft.postId())->variants[3].text, QStringLiteral("Join us tonight at 19:00"));

    draft.setText(1, QStringLiteral("Join us tonight, the Ambassador will speak"));
    draft.setText(3, QStringLiteral("Join us tonight: readings and a reception"));
    QVERIFY(draft.identicalTexts().isEmpty());
    QCOMPARE(changed.size(), 4); // a pair, three, a pair again, none
}

void PostDraftTest::copyText_copiesAndIsDirty()
{
    PostDraft draft(m_ws->posts(), QStringLiteral("attache"));
    draft.startNew({m_accounts[0], m_accounts[3]});
    draft.setText(0, QStringLiteral("Hello"));
    QSignalSpy replaced(&draft, &PostDraft::textReplaced);
    draft.copyText(1, 0);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(draft.variants()[1].text, QStringLiteral("Hello"));
    QCOMPARE(draft.variants()[1].count.weightedLength, 3); // Weibo: ceil(5 / 2)
    QVERIFY(draft.isDirty());
}

void PostDraftTest::publishedVariant_isNotEditable()
{
    auto &posts = m_ws->posts();
    PostDraft draft(posts, QStringLiteral("attache"));
    draft.startNew({m_accounts[0]});
    draft.setText(0, QStringLiteral("Out already"));
    const qint64 id = draft.variants()[0].variantId;
    QVERIFY(posts.transition(id, VariantState::InReview, QStringLiteral("a")));
    QVERIFY(posts.transition(id, VariantState::Approved, QStringLiteral("b")));
    QVERIFY(posts.schedule(id, QDateTime::currentDateTimeUtc(), QStringLiteral("a")));
    QVERIFY(posts.transition(id, VariantState::Publishing, QStringLiteral("publisher")));
    QVERIFY(draft.open(draft.postId(), m_accounts));
    QVERIFY(!draft.isEditable(0));
    QVERIFY(!draft.editReturnsToReview(0));
}

QTEST_GUILESS_MAIN(PostDraftTest)
#include "tst_postdraft.moc"
