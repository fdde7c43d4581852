#include "common/accountlistmodel.h"
#include "common/desktopnotifier.h"
#include "common/timeformat.h"
#include "compose/publisher.h"
#include "inbox/classifier.h"
#include "inbox/conversationview.h"
#include "inbox/inboxfilterbar.h"
#include "inbox/responsetimesdialog.h"
#include "inbox/inboxpane.h"
#include "inbox/mentiontablemodel.h"
#include "inbox/replyeditor.h"
#include "inbox/replysender.h"
#include "inbox/replytemplate.h"
#include "inbox/savedrepliesdialog.h"
#include "inbox/savedreplymodel.h"
#include "inbox/shortcutssheet.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/workbench.h"
#include "store/savedreplyrepository.h"
#include "store/stancecorrectionrepository.h"
#include "store/teamrepository.h"
#include "support/sandboxworkspace.h"
#include "shell/settingsdialog.h"
#include "workspace/demoplatforms.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QCheckBox>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QToolButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using domain::MentionStatus;
using domain::Stance;

// The inbox's widgets end to end, offscreen, on the demo workspace and its sandbox: keyboard triage (next,
// stance, assign, reply with a saved reply that the publisher sends as a real reply), X's rule on replies,
// saved replies managed in their dialog, the shortcuts sheet.
class InboxTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void savedReplies_storedEditedDeleted();
    void replyTemplate_fillsPlaceholders();
    void keyboardTriage_stanceAssignAndReplyWithSavedReply();
    void xRule_refusesReplyAndOffersBrowser();
    void facebookComment_answeredInItsThread();
    void repliesNeedReview_goToReviewInstead();
    void shortcutsSheet_listsEveryTriageKey();
    void filtersAndSearch_changeTheRows();
    void periodOfDates_wholeDaysInTheWorkspaceZone();
    void model_withFilters_passesModelTester();
    void manyMatches_countedUpToTheLimit();
    void assignToTeamMember_andConversation();
    void storm_notifiesOnDesktop_andOpensCriticismOfTheHour();
    void responseTimes_perItemAndPerPerson();
    void settings_reviewAndTeam_storedInTheWorkspace();

private:
    // The first X account of the demo (the sandbox's main X user) and a fresh item for it, stored in the
    // workspace and, as a post of a stranger, on the sandbox's X.
    domain::Mention addXMention(ui::Workbench &workbench, bool mentionsUs, const QString &text, int minutesAgo = 0);
    static domain::Account firstX(workspace::Workspace &ws);
    static domain::Mention find(workspace::Workspace &ws, qint64 id);

    ui::Preferences m_preferences;
};

void InboxTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

domain::Account InboxTest::firstX(workspace::Workspace &ws)
{
    const auto accounts = ws.accounts().all(); // kept: a range-for over *temporary() reads freed memory
    for (const auto &a : *accounts) {
        if (a.platform == domain::Platform::X)
            return a;
    }
    return {};
}

domain::Mention InboxTest::find(workspace::Workspace &ws, qint64 id)
{
    const auto found = ws.mentions().find(id);
    return found ? *found : domain::Mention{};
}

domain::Mention InboxTest::addXMention(ui::Workbench &workbench, bool mentionsUs, const QString &text, int minutesAgo)
{
    workspace::Workspace &ws = *workbench.workspace();
    platforms::sandbox::State &state = workbench.session()->demo()->sandbox().state();
    const platforms::sandbox::User &author = state.makeStranger(QStringLiteral("x"));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    auto post = platforms::sandbox::Post::make(QStringLiteral("x"), state.nextId(), author.id, text, at);
    post.mentionsUs = mentionsUs;
    state.posts.append(post);

    domain::Mention m;
    m.accountId = firstX(ws).id;
    m.remoteId = post.id;
    m.conversationId = post.id;
    m.authorHandle = QLatin1Char('@') + author.handle;
    m.authorName = author.name;
    m.authorVerified = true;
    m.authorFollowers = 900000; // first in the list among the criticism
    m.text = text;
    m.language = QStringLiteral("en");
    m.stance = Stance::Criticism;
    m.mentionsUs = mentionsUs;
    m.createdAt = at;
    if (*ws.mentions().insert({m}) != 1)
        return {};
    store::MentionQuery newest;
    newest.order = store::MentionOrder::Newest;
    const auto page = ws.mentions().page(newest, 0, 400);
    for (const auto &stored : *page) { // page is a named local: safe
        if (stored.remoteId == m.remoteId)
            return stored;
    }
    return {};
}

void InboxTest::savedReplies_storedEditedDeleted()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    ui::SavedReplyModel model(store::SavedReplyRepository(ws.database()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::SavedRepliesDialog dialog(model, ws.actor());
    const int before = model.rowCount();

    dialog.addNew();
    QVERIFY(!dialog.save()); // a title is required
    dialog.titleEdit()->setText(QStringLiteral("Thanks"));
    dialog.englishEdit()->setPlainText(QStringLiteral("Thank you, {author}."));
    dialog.russianEdit()->setPlainText(QStringLiteral("Спасибо, {author}."));
    QVERIFY(dialog.save());
    QCOMPARE(model.rowCount(), before + 1);
    auto all = store::SavedReplyRepository(ws.database()).all();
    QCOMPARE(all->size(), before + 1);
    const int row = model.rowOf(all->constLast().id) >= 0 ? model.rowOf(all->constLast().id) : 0;
    QCOMPARE(dialog.list()->currentIndex().row(), row);

    dialog.russianEdit()->setPlainText(QStringLiteral("Благодарим, {author}."));
    QVERIFY(dialog.save());
    all = store::SavedReplyRepository(ws.database()).all();
    bool edited = false;
    for (const auto &r : *all)
        edited |= r.title == QStringLiteral("Thanks") && r.textRu == QStringLiteral("Благодарим, {author}.");
    QVERIFY(edited);
    QCOMPARE(model.rowCount(), before + 1); // edited, not added

    QVERIFY(dialog.removeCurrent());
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(store::SavedReplyRepository(ws.database()).all()->size(), before);
}

void InboxTest::replyTemplate_fillsPlaceholders()
{
    domain::Mention m;
    m.remoteId = QStringLiteral("1861");
    m.authorHandle = QStringLiteral("@anna_k");
    m.authorName = QStringLiteral("Анна К.");
    domain::Account a;
    a.platform = domain::Platform::X;
    a.handle = QStringLiteral("@EmbassyUK");
    QCOMPARE(ui::ReplyTemplate::fill(QStringLiteral("Dear {name} ({author}), see {link} — {account} on {platform}. {unknown}"),
                                     m, a),
             QStringLiteral("Dear Анна К. (@anna_k), see https://x.com/anna_k/status/1861 — @EmbassyUK on X. {unknown}"));
    a.platform = domain::Platform::Facebook;
    QCOMPARE(ui::ReplyTemplate::itemUrl(m, a), QUrl(QStringLiteral("https://www.facebook.com/1861")));
}

void InboxTest::keyboardTriage_stanceAssignAndReplyWithSavedReply()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    store::SavedReply thanks;
    thanks.title = QStringLiteral("Answer a question");
    thanks.textEn = QStringLiteral("Dear {author}, our position is set out here: https://embassy.example/faq");
    thanks.textRu = QStringLiteral("Уважаемый {author}, наша позиция изложена здесь: https://embassy.example/faq");
    QVERIFY(store::SavedReplyRepository(ws.database()).add(thanks));
    const domain::Mention item =
        addXMention(workbench, true, QStringLiteral("Zanzibarian question to the embassy: when is the visa office open?"));
    QVERIFY(item.id);

    ui::MainWindow *window = workbench.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->showPane(ui::MainWindow::InboxPaneIndex);
    auto *inbox = window->findChild<ui::InboxPane *>();
    inbox->reload();
    QTableView *view = inbox->view();
    auto *model = qobject_cast<ui::MentionTableModel *>(view->model());
    view->setFocus();
    // Next and previous: J and K.
    view->setCurrentIndex(model->index(0, ui::MentionTableModel::TextColumn));
    QTest::keyClick(view, Qt::Key_J);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(view->currentIndex().row(), 0);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->mention(model->index(r, 0))->id == item.id)
            row = r;
    }
    QVERIFY2(row >= 0, "the new item is on the first page");
    view->setCurrentIndex(model->index(row, ui::MentionTableModel::TextColumn));

    // 2: it is a question, not criticism. Stored on the item, as a correction, and learnt.
    const qint64 correctionsBefore = *store::StanceCorrectionRepository(ws.database()).count();
    QTest::keyClick(view, Qt::Key_2);
    QCOMPARE(find(ws, item.id).stance, Stance::Question);
    QCOMPARE(*store::StanceCorrectionRepository(ws.database()).count(), correctionsBefore + 1);
    QCOMPARE(store::StanceCorrectionRepository(ws.database()).forMention(item.id)->constLast().stance,
             Stance::Question);
    QCOMPARE(workbench.session()->classifier().classify(item.text).stance, Stance::Question);
    QCOMPARE(model->mention(view->currentIndex())->stance, Stance::Question);

    // A: assigned to me (and on to the next), then back to it.
    const qint64 current = model->mention(view->currentIndex())->id;
    QTest::keyClick(view, Qt::Key_A);
    QCOMPARE(find(ws, current).status, MentionStatus::Assigned);
    QCOMPARE(find(ws, current).assignee, ws.actor());
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->mention(model->index(r, 0))->id == item.id)
            view->setCurrentIndex(model->index(r, ui::MentionTableModel::TextColumn));
    }

    // R: the reply editor, with the saved reply picked from the list.
    QTest::keyClick(view, Qt::Key_R);
    auto *editor = inbox->findChild<ui::ReplyEditor *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->refusal().isEmpty());
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("replyQuote"))->text().contains(QStringLiteral("visa office")));
    QComboBox *saved = editor->savedReplies();
    const int savedRow = saved->findText(thanks.title);
    QVERIFY(savedRow >= 0);
    editor->applySavedReply(savedRow);
    const QString expected = QStringLiteral("Dear %1, our position is set out here: https://embassy.example/faq")
                                 .arg(item.authorHandle);
    QCOMPARE(editor->textEdit()->toPlainText(), expected);
    // The composer's counter for X: the link counts as 23.
    const QString counter = editor->findChild<QLabel *>(QStringLiteral("replyCounter"))->text();
    QVERIFY2(counter.endsWith(QStringLiteral("/ 280")), qPrintable(counter));
    QVERIFY(editor->sendButton()->isEnabled());
    QTest::mouseClick(editor->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(!inbox->findChild<ui::ReplyEditor *>());

    // A post with one variant answering the item's id, due now; the item is Replied. Its first reply counts
    // only once the reply is out (below).
    QCOMPARE(find(ws, item.id).status, MentionStatus::Replied);
    domain::Variant reply;
    const auto posts = ws.posts().all();
    for (const auto &post : *posts) {
        for (const auto &v : post.variants) {
            if (v.replyToRemoteId == item.remoteId)
                reply = v;
        }
    }
    QVERIFY(reply.id);
    QCOMPARE(reply.text, expected);
    QCOMPARE(reply.accountId, item.accountId);
    // Through the publisher to the sandbox's X, as a reply to the item.
    QTRY_VERIFY_WITH_TIMEOUT(ws.posts().variant(reply.id)->state == domain::VariantState::Published ||
                                 ws.posts().variant(reply.id)->state == domain::VariantState::Failed,
                             10000);
    QVERIFY2(ws.posts().variant(reply.id)->state == domain::VariantState::Published,
             qPrintable(ws.posts().variant(reply.id)->failureReason));
    int replies = 0;
    for (const auto &p : workbench.session()->demo()->sandbox().state().posts)
        replies += p.replyTo == item.remoteId && p.text == expected;
    QCOMPARE(replies, 1);
    QVERIFY(find(ws, item.id).firstReplyAt.isValid());
    QCOMPARE(find(ws, item.id).firstReplyBy, ws.actor());
}

void InboxTest::xRule_refusesReplyAndOffersBrowser()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    const domain::Mention item =
        addXMention(workbench, false, QStringLiteral("Quuxian remark about the embassy, not addressed to it"));
    QVERIFY(item.id);
    QVERIFY(!item.mentionsUs);
    ui::SavedReplyModel saved(store::SavedReplyRepository(ws.database()));
    ui::ReplyEditor editor(ws, saved, item, firstX(ws));
    QVERIFY(!editor.refusal().isEmpty());
    auto *says = editor.findChild<QLabel *>(QStringLiteral("replyRefusal"));
    QVERIFY(says);
    QVERIFY(says->text().contains(item.authorHandle));
    QVERIFY(editor.findChild<QPushButton *>(QStringLiteral("openInBrowser")));
    QVERIFY(editor.sendButton()->isHidden());
    editor.textEdit()->setPlainText(QStringLiteral("Anything"));
    QVERIFY(!editor.send());
    // Nor does the sender store anything behind the editor's back.
    const auto refused = ui::ReplySender(ws).send(item, firstX(ws), QStringLiteral("Anything"));
    QVERIFY(!refused);
    const auto posts = ws.posts().all();
    for (const auto &post : *posts) {
        for (const auto &v : post.variants)
            QVERIFY(v.replyToRemoteId != item.remoteId);
    }
    QCOMPARE(find(ws, item.id).status, MentionStatus::New);
    QCOMPARE(ui::ReplyTemplate::itemUrl(item, firstX(ws)).host(), QStringLiteral("x.com"));
}

void InboxTest::facebookComment_answeredInItsThread()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    platforms::sandbox::State &state = workbench.session()->demo()->sandbox().state();
    domain::Account page;
    const auto accounts = ws.accounts().all();
    for (const auto &a : *accounts) {
        if (a.platform == domain::Platform::Facebook)
            page = a;
    }
    QVERIFY(page.id);
    domain::Mention item = testsupport::addFacebookQuestion(state, ws, QStringLiteral("Is the reading tonight free?"),
                                                            QDateTime::currentDateTimeUtc());
    QVERIFY(item.id);
    QVERIFY(ui::ReplySender::refusal(item, page).isEmpty()); // X's rule is X's alone
    const auto sent = ui::ReplySender(ws).send(item, page, QStringLiteral("Yes, and no ticket is needed."));
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
    QVERIFY(workbench.session()->publisher().tick());
    QTRY_VERIFY_WITH_TIMEOUT(ws.posts().variant(sent->variantId)->state == domain::VariantState::Published ||
                                 ws.posts().variant(sent->variantId)->state == domain::VariantState::Failed,
                             10000);
    QVERIFY2(ws.posts().variant(sent->variantId)->state == domain::VariantState::Published,
             qPrintable(ws.posts().variant(sent->variantId)->failureReason));
    int answers = 0;
    for (const auto &c : std::as_const(state.comments))
        answers += c.parentId == item.remoteId && c.text == QStringLiteral("Yes, and no ticket is needed.");
    QCOMPARE(answers, 1);
}

void InboxTest::repliesNeedReview_goToReviewInstead()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    QVERIFY(ws.settings().setValue(QString::fromLatin1(ui::ReplySender::kNeedsReviewSetting), QStringLiteral("1")));
    const domain::Mention item = addXMention(workbench, true, QStringLiteral("Plughish question: may I visit?"));
    QVERIFY(item.id);
    ui::SavedReplyModel saved(store::SavedReplyRepository(ws.database()));
    ui::ReplyEditor editor(ws, saved, item, firstX(ws));
    QCOMPARE(editor.sendButton()->text(), QStringLiteral("Send for review"));
    editor.textEdit()->setPlainText(QStringLiteral("Yes, every weekday."));
    QVERIFY(editor.send());
    QCOMPARE(ws.posts().variant(editor.sentVariantId())->state, domain::VariantState::InReview);
    QCOMPARE(ws.posts().variant(editor.sentVariantId())->replyToRemoteId, item.remoteId);
    // Waiting for a colleague, it has answered nobody yet: no first reply.
    QVERIFY(!find(ws, item.id).firstReplyAt.isValid());
}

void InboxTest::shortcutsSheet_listsEveryTriageKey()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    ui::ShortcutsSheet sheet(inbox->keys());
    QAbstractItemModel *keys = sheet.table()->model();
    QStringList listed;
    for (int r = 0; r < keys->rowCount(); ++r)
        listed << keys->index(r, 0).data().toString();
    for (const QString &key : {QStringLiteral("R"), QStringLiteral("D"), QStringLiteral("A"), QStringLiteral("E"),
                               QStringLiteral("N"), QStringLiteral("U"), QStringLiteral("J"), QStringLiteral("K"),
                               QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                               QStringLiteral("?")}) {
        bool found = false;
        for (const QString &l : listed)
            found |= l.split(QStringLiteral(" or ")).contains(key);
        QVERIFY2(found, qPrintable(key));
    }
}

// "Dates…": from the first day's midnight to the end of the last day, in the workspace's zone (London), whichever
// order the two dates were given in; only items of those days are listed.
void InboxTest::periodOfDates_wholeDaysInTheWorkspaceZone()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    auto *model = qobject_cast<ui::MentionTableModel *>(inbox->view()->model());
    const qint64 all = *ws.mentions().count();
    QTRY_COMPARE(model->totalCount(), all);

    const QTimeZone london = ws.timeZone();
    const QDate yesterday = QDateTime::currentDateTimeUtc().toTimeZone(london).date().addDays(-1);
    auto *from = inbox->filters()->findChild<QDateEdit *>(QStringLiteral("filterFrom"));
    auto *to = inbox->filters()->findChild<QDateEdit *>(QStringLiteral("filterTo"));
    QVERIFY(from && to);
    QVERIFY(!from->isVisibleTo(inbox));
    QComboBox *period = inbox->filters()->combo(QStringLiteral("filterPeriod"));
    period->setCurrentIndex(period->findData(int(ui::InboxFilterBar::Dates)));
    QVERIFY(from->isVisibleTo(inbox) && to->isVisibleTo(inbox));
    to->setDate(yesterday); // given backwards: the later date first
    from->setDate(yesterday);

    const store::MentionQuery q = inbox->filters()->query();
    QCOMPARE(q.from, QDateTime(yesterday, QTime(0, 0), london).toUTC());
    QCOMPARE(q.to, QDateTime(yesterday.addDays(1), QTime(0, 0), london).toUTC());
    const qint64 thatDay = *ws.mentions().count(q);
    QVERIFY(thatDay > 0 && thatDay < all); // the demo's storm was yesterday afternoon
    QTRY_COMPARE(model->totalCount(), thatDay);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QDateTime at = model->mention(model->index(r, 0))->createdAt;
        QVERIFY(at >= q.from && at < q.to);
    }
}

void InboxTest::filtersAndSearch_changeTheRows()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    auto *model = qobject_cast<ui::MentionTableModel *>(inbox->view()->model());
    auto *count = inbox->findChild<QLabel *>(QStringLiteral("inboxCount"));
    const qint64 all = *ws.mentions().count();
    QTRY_COMPARE(model->totalCount(), all);
    QCOMPARE(count->text(), QStringLiteral("%1 items").arg(QLocale().toString(all)));

    // Stance: criticism only.
    QComboBox *stance = inbox->filters()->combo(QStringLiteral("filterStance"));
    stance->setCurrentIndex(stance->findData(int(Stance::Criticism)));
    store::MentionQuery criticism;
    criticism.stances = {Stance::Criticism};
    const qint64 critical = *ws.mentions().count(criticism);
    QVERIFY(critical > 0 && critical < all);
    QTRY_COMPARE(model->totalCount(), critical);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->mention(model->index(r, 0))->stance, Stance::Criticism);
    QCOMPARE(count->text(), QStringLiteral("%1 items").arg(QLocale().toString(critical)));

    // Language on top: Russian criticism.
    QComboBox *language = inbox->filters()->combo(QStringLiteral("filterLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->mention(model->index(r, 0))->language, QStringLiteral("ru"));
    inbox->filters()->clear();
    QTRY_COMPARE(model->totalCount(), all);
    // Notable only: the one flagged.
    const qint64 flagged = model->mention(model->index(3, 0))->id;
    QVERIFY(ws.mentions().setNotable({flagged}, true, ws.actor()));
    inbox->filters()->notableOnly()->setChecked(true);
    QTRY_COMPARE(model->totalCount(), 1);
    QCOMPARE(model->mention(model->index(0, 0))->id, flagged);
    inbox->filters()->clear();
    QTRY_COMPARE(model->totalCount(), all);

    // Search, debounced: nothing changes while typing, then only matching rows (case ignored, Cyrillic too).
    QLineEdit *search = inbox->filters()->searchField();
    search->setText(QStringLiteral("ПРОПАГАНДА")); // as typed (QTest types ASCII only)
    QTRY_COMPARE(model->totalCount(), all);
    QTRY_VERIFY(model->totalCount() < all);
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->mention(model->index(r, 0))->text.contains(QStringLiteral("пропаганд"), Qt::CaseInsensitive));
    search->clear();
    QTRY_COMPARE(model->totalCount(), all);
    QTest::keyClicks(search, QStringLiteral("propaganda"));
    QTRY_VERIFY(model->totalCount() < all);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->mention(model->index(r, 0))->text.contains(QStringLiteral("propaganda"), Qt::CaseInsensitive));
    // The first match is open in the detail at once.
    QVERIFY(inbox->view()->currentIndex().isValid());
}

void InboxTest::model_withFilters_passesModelTester()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    ui::AccountListModel accounts;
    accounts.setAccounts(*ws.accounts().all());
    ui::MentionTableModel model(ws.mentions(), accounts, ui::TimeFormat(ws.timeZone()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    store::MentionQuery query;
    query.statuses = {MentionStatus::New};
    model.setQuery(query);
    QCOMPARE(model.rowCount(), ui::MentionTableModel::kPageSize); // one page at first
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(qint64(model.rowCount()), *ws.mentions().count(query));
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.mention(model.index(r, 0))->id);
    QCOMPARE(ids.size(), model.rowCount()); // keyset pages neither repeat nor skip
    query.text = QStringLiteral("zzzznotthere");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void InboxTest::manyMatches_countedUpToTheLimit()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    // More questions than a filtered list counts exactly.
    QList<domain::Mention> many;
    const qint64 account = firstX(ws).id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < ui::MentionTableModel::kCountLimit + 50; ++i) {
        domain::Mention m;
        m.accountId = account;
        m.remoteId = QStringLiteral("many-%1").arg(i);
        m.authorHandle = QStringLiteral("@asker%1").arg(i);
        m.text = QStringLiteral("When does the consulate open? %1").arg(i);
        m.language = QStringLiteral("en");
        m.stance = Stance::Question;
        m.createdAt = now.addSecs(-i);
        many << m;
    }
    QCOMPARE(*ws.mentions().insert(many), int(many.size()));
    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    auto *model = qobject_cast<ui::MentionTableModel *>(inbox->view()->model());
    QComboBox *stance = inbox->filters()->combo(QStringLiteral("filterStance"));
    stance->setCurrentIndex(stance->findData(int(Stance::Question)));
    QVERIFY(model->totalIsLowerBound());
    QTRY_COMPARE(model->totalCount(), ui::MentionTableModel::kCountLimit);
    QCOMPARE(inbox->findChild<QLabel *>(QStringLiteral("inboxCount"))->text(), QStringLiteral("10,000+ items"));
    QCOMPARE(model->rowCount(), ui::MentionTableModel::kPageSize);
    // Reading on past the bound still works, page by page, to the very end.
    while (model->canFetchMore({}))
        model->fetchMore({});
    store::MentionQuery questions;
    questions.stances = {Stance::Question};
    QCOMPARE(qint64(model->rowCount()), *ws.mentions().count(questions));
    QTRY_VERIFY(!model->totalIsLowerBound());
    QTRY_COMPARE(model->totalCount(), qint64(model->rowCount()));
}

void InboxTest::assignToTeamMember_andConversation()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    QVERIFY(store::TeamRepository(ws.database()).setMembers({QStringLiteral("Olga"), QStringLiteral("Pavel")}));
    const domain::Mention first = addXMention(workbench, true, QStringLiteral("Blorgian first word in a thread"));
    domain::Mention second = first;
    second.id = 0;
    second.remoteId = first.remoteId + QStringLiteral("1");
    second.inReplyToRemoteId = first.remoteId;
    second.text = QStringLiteral("Blorgian answer further down the same thread");
    second.createdAt = first.createdAt.addSecs(60);
    QCOMPARE(*ws.mentions().insert({second}), 1);

    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    inbox->reload();
    QTableView *view = inbox->view();
    auto *model = qobject_cast<ui::MentionTableModel *>(view->model());
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->mention(model->index(r, 0))->id == first.id)
            row = r;
    }
    QVERIFY(row >= 0);
    view->setCurrentIndex(model->index(row, ui::MentionTableModel::TextColumn));
    // The conversation beside it: both items, oldest first.
    QCOMPARE(inbox->conversation()->showFor(model->mention(view->currentIndex())), 2);
    const QString thread = inbox->conversation()->toPlainText();
    QVERIFY(thread.indexOf(QStringLiteral("first word")) < thread.indexOf(QStringLiteral("further down")));
    QVERIFY(thread.indexOf(QStringLiteral("first word")) >= 0);

    // Assign to a member of the team, from the menu of the workspace's team.
    QMenu *menu = inbox->assignMenu();
    QStringList offered;
    for (QAction *a : menu->actions())
        offered << a->text();
    QVERIFY(offered.contains(QStringLiteral("Olga")));
    QVERIFY(offered.contains(QStringLiteral("Pavel")));
    inbox->assignTo(QStringLiteral("Olga"));
    QCOMPARE(find(ws, first.id).status, MentionStatus::Assigned);
    QCOMPARE(find(ws, first.id).assignee, QStringLiteral("Olga"));
    QCOMPARE(model->mention(view->currentIndex())->assignee, QStringLiteral("Olga"));
    // And the filter offers the team as assignees.
    QComboBox *assignee = inbox->filters()->combo(QStringLiteral("filterAssignee"));
    assignee->setCurrentIndex(assignee->findData(QStringLiteral("Olga")));
    QTRY_COMPARE(model->totalCount(), 1);
}

void InboxTest::storm_notifiesOnDesktop_andOpensCriticismOfTheHour()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    ui::AccountListModel accounts;
    accounts.setAccounts(*ws.accounts().all());
    ui::DesktopNotifier notifier;
    QSignalSpy fallback(&notifier, &ui::DesktopNotifier::fallbackMessage);
    ui::InboxPane inbox(*workbench.session(), accounts, &notifier);
    QSignalSpy wantsShowing(&inbox, &ui::InboxPane::showRequested);
    QList<domain::Mention> storm;
    for (int i = 0; i < 40; ++i) {
        domain::Mention m;
        m.accountId = accounts.accounts().first().id;
        m.remoteId = QStringLiteral("storm-%1").arg(i);
        m.authorHandle = QStringLiteral("@angry%1").arg(i);
        m.text = QStringLiteral("This is propaganda and a disgrace.");
        m.language = QStringLiteral("en");
        m.stance = Stance::Criticism;
        m.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * (i % 50));
        storm << m;
    }
    QCOMPARE(*ws.mentions().insert(storm), 40);
    inbox.reload();
    QVERIFY(!inbox.findChild<QLabel *>(QStringLiteral("stormBanner"))->isHidden());
    // Said on the desktop (or, with no notification service, in the status bar) once, not at every reload.
    if (!notifier.desktopServiceAvailable()) {
        QCOMPARE(fallback.size(), 1);
        QVERIFY(fallback.first().first().toString().contains(QStringLiteral("40")));
    }
    inbox.reload();
    if (!notifier.desktopServiceAvailable())
        QCOMPARE(fallback.size(), 1);
    // Choosing the notification opens the inbox on the criticism of the last hour.
    emit notifier.activated(QStringLiteral("inbox:storm"));
    QCOMPARE(wantsShowing.size(), 1);
    auto *model = qobject_cast<ui::MentionTableModel *>(inbox.view()->model());
    QTRY_COMPARE(model->totalCount(), 40);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3700);
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->mention(model->index(r, 0))->stance, Stance::Criticism);
        QVERIFY(model->mention(model->index(r, 0))->createdAt > hourAgo);
    }
}

void InboxTest::responseTimes_perItemAndPerPerson()
{
    QCOMPARE(ui::ResponseTimesDialog::durationText(12 * 60000), QStringLiteral("12 min"));
    QCOMPARE(ui::ResponseTimesDialog::durationText((3 * 60 + 5) * 60000), QStringLiteral("3 h 05 min"));
    QCOMPARE(ui::ResponseTimesDialog::durationText(qint64(50) * 3600000), QStringLiteral("2 d 2 h"));
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    domain::Mention item = addXMention(workbench, true, QStringLiteral("Snorgian question: are you open today?"), 30);
    QVERIFY(item.id);
    // It arrived twelve minutes before the reply.
    QVERIFY(ws.mentions().recordFirstReply(item.id, QStringLiteral("Olga"), item.createdAt.addSecs(12 * 60)));
    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    inbox->reload();
    auto *model = qobject_cast<ui::MentionTableModel *>(inbox->view()->model());
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->mention(model->index(r, 0))->id == item.id)
            inbox->view()->setCurrentIndex(model->index(r, ui::MentionTableModel::TextColumn));
    }
    const QString details = inbox->findChild<QTextBrowser *>(QStringLiteral("itemDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("First reply after 12 min, by Olga")), qPrintable(details));

    ui::ResponseTimesDialog dialog(ws.mentions());
    QAbstractItemModel *table = dialog.table()->model();
    QVERIFY(table->rowCount() >= 2);
    QCOMPARE(table->index(0, 0).data().toString(), QStringLiteral("The whole team"));
    bool olga = false;
    for (int r = 1; r < table->rowCount(); ++r) {
        if (table->index(r, 0).data().toString() == QStringLiteral("Olga")) {
            olga = true;
            QCOMPARE(table->index(r, 1).data().toString(), QStringLiteral("1"));
            QCOMPARE(table->index(r, 2).data().toString(), QStringLiteral("12 min"));
        }
    }
    QVERIFY(olga);
}

void InboxTest::settings_reviewAndTeam_storedInTheWorkspace()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    ui::SettingsDialog dialog(ws, m_preferences);
    auto *review = dialog.findChild<QCheckBox *>(QStringLiteral("repliesNeedReview"));
    auto *team = dialog.findChild<QPlainTextEdit *>(QStringLiteral("teamMembers"));
    QVERIFY(review && team);
    QVERIFY(!review->isChecked());
    review->setChecked(true);
    team->setPlainText(QStringLiteral("Olga\n  Pavel \n\nolga"));
    QVERIFY(dialog.apply());
    QVERIFY(ui::ReplySender(ws).repliesNeedReview());
    QCOMPARE(store::TeamRepository(ws.database()).members(), (QStringList{QStringLiteral("Olga"), QStringLiteral("Pavel")}));
}

QTEST_MAIN(InboxTest)
#include "tst_inbox.moc"
