// A reply from the inbox all the way out, offscreen on the demo workspace and its sandbox: a Weibo comment
// fetched by the inbox's sync and a Facebook comment, each answered from the keyboard (R, text, Send), sent
// by the session's publisher as the platform's comment reply to that very comment exactly once; the item then
// shows Replied and its first reply (time and person), which counts only from the moment the reply is out.
// An X reply the platform refuses for good (an injected refusal) takes its item back to the status it had,
// and the item shows the platform's reason until the reply, opened again with its text, goes out.
#include "compose/publisher.h"
#include "inbox/inboxpane.h"
#include "inbox/mentiontablemodel.h"
#include "inbox/replyeditor.h"
#include "inbox/responsetimesdialog.h"
#include "inbox/sync.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/workbench.h"
#include "workspace/demoplatforms.h"
#include "workspace/session.h"
#include "support/sandboxworkspace.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using domain::MentionStatus;
using domain::VariantState;

class ReplyEndToEndTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void weiboComment_fetchedAndAnswered_oneCommentReply();
    void facebookComment_answered_oneReplyInItsThread();
    void xReply_refusedForGood_itemBackWithTheReason_thenRetried();

private:
    static domain::Account accountOn(workspace::Workspace &ws, domain::Platform platform);
    static domain::Mention storedItem(workspace::Workspace &ws, qint64 accountId, const QString &remoteId);
    // Shows the inbox with the item current, opens the reply editor with R, sends, and waits until the reply
    // is out; returns the reply's variant (0 on failure).
    // until: the state the reply is to end in (Failed: the platform is expected to refuse it).
    qint64 answerFromTheInbox(ui::Workbench &workbench, const domain::Mention &item, const QString &text,
                              VariantState until = VariantState::Published);
    static int rowOf(ui::MentionTableModel *model, qint64 mentionId);
    // The item's row as the list shows it, and the details beside the list.
    static void checkShownReplied(ui::InboxPane *inbox, const domain::Mention &item, const QString &actor);

    ui::Preferences m_preferences;
};

domain::Account ReplyEndToEndTest::accountOn(workspace::Workspace &ws, domain::Platform platform)
{
    const auto accounts = ws.accounts().all();
    for (const auto &a : *accounts) {
        if (a.platform == platform)
            return a;
    }
    return {};
}

domain::Mention ReplyEndToEndTest::storedItem(workspace::Workspace &ws, qint64 accountId,
                                              const QString &remoteId)
{
    store::MentionQuery query;
    query.accounts = {accountId};
    query.order = store::MentionOrder::Newest;
    const auto page = ws.mentions().page(query, store::MentionCursor{}, 500);
    if (!page)
        return {};
    for (const auto &m : page->items) {
        if (m.remoteId == remoteId)
            return m;
    }
    return {};
}

int ReplyEndToEndTest::rowOf(ui::MentionTableModel *model, qint64 mentionId)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->mention(model->index(r, 0))->id == mentionId)
            return r;
    }
    return -1;
}

qint64 ReplyEndToEndTest::answerFromTheInbox(ui::Workbench &workbench, const domain::Mention &item,
                                             const QString &text, VariantState until)
{
    workspace::Workspace &ws = *workbench.workspace();
    ui::MainWindow *window = workbench.window();
    window->show();
    if (!QTest::qWaitForWindowActive(window))
        return 0;
    window->showPane(ui::MainWindow::InboxPaneIndex);
    auto *inbox = window->findChild<ui::InboxPane *>();
    QTableView *view = inbox->view();
    auto *model = qobject_cast<ui::MentionTableModel *>(view->model());
    store::MentionQuery onlyThisAccount;
    onlyThisAccount.accounts = {item.accountId};
    onlyThisAccount.order = store::MentionOrder::Newest;
    model->setQuery(onlyThisAccount);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->mention(model->index(r, 0))->id == item.id)
            row = r;
    }
    if (row < 0) {
        qWarning("the item is not in the list");
        return 0;
    }
    view->setFocus();
    view->setCurrentIndex(model->index(row, ui::MentionTableModel::TextColumn));
    QTest::keyClick(view, Qt::Key_R);
    auto *editor = inbox->findChild<ui::ReplyEditor *>();
    if (!editor || !editor->refusal().isEmpty()) {
        qWarning("no reply editor, or it refuses");
        return 0;
    }
    if (!text.isNull())
        editor->textEdit()->setPlainText(text); // (a null text: send what the editor offers)
    if (!editor->sendButton()->isEnabled())
        return 0;
    QSignalSpy sent(editor, &ui::ReplyEditor::sent);
    // (Clicked: a simulated Ctrl+Return reaches no shortcut on the offscreen platform, even in a bare
    // window.)
    QTest::mouseClick(editor->sendButton(), Qt::LeftButton);
    if (sent.size() != 1) {
        qWarning("Send did not send");
        return 0;
    }
    const qint64 variantId = sent.first().at(1).toLongLong();
    if (!QTest::qWaitFor([&] { return !inbox->findChild<ui::ReplyEditor *>(); }, 5000))
        return 0;
    // The pane asked the publisher for a round at once; the reply is out when the platform answers.
    if (!QTest::qWaitFor(
            [&] {
                const auto v = ws.posts().variant(variantId);
                return v && (v->state == VariantState::Published || v->state == VariantState::Failed);
            },
            10000))
        return 0;
    const auto v = ws.posts().variant(variantId);
    if (v->state != until) {
        qWarning("not %s: %s", qPrintable(domain::stateId(until)), qPrintable(v->failureReason));
        return 0;
    }
    // More rounds send nothing again.
    compose::Publisher &publisher = workbench.session()->publisher();
    for (int round = 0; round < 2; ++round) {
        publisher.tick();
        if (!QTest::qWaitFor([&] { return publisher.isIdle(); }, 5000))
            return 0;
    }
    return variantId;
}

void ReplyEndToEndTest::checkShownReplied(ui::InboxPane *inbox, const domain::Mention &item,
                                          const QString &actor)
{
    auto *model = qobject_cast<ui::MentionTableModel *>(inbox->view()->model());
    const domain::Mention *shown = model->mentionById(item.id);
    QVERIFY(shown);
    QTRY_VERIFY(model->mentionById(item.id)->firstReplyAt.isValid());
    QCOMPARE(model->mentionById(item.id)->status, MentionStatus::Replied);
    QCOMPARE(model->mentionById(item.id)->firstReplyBy, actor);
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->mention(model->index(r, 0))->id == item.id)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, ui::MentionTableModel::StatusColumn).data().toString(),
             domain::mentionStatusDisplayName(MentionStatus::Replied));
    // The details of the current item say when and by whom it was first answered.
    auto *details = inbox->findChild<QTextBrowser *>(QStringLiteral("itemDetails"));
    QVERIFY(details);
    QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("First reply after")),
                 qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(QStringLiteral("by ") + actor));
}

void ReplyEndToEndTest::weiboComment_fetchedAndAnswered_oneCommentReply()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    platforms::sandbox::State &state = workbench.session()->demo()->sandbox().state();
    const domain::Account weibo = accountOn(ws, domain::Platform::Weibo);
    QVERIFY(weibo.id);

    // Our status on Weibo and a reader's question under it, fetched by the inbox like any other.
    const auto status = platforms::sandbox::Post::make(
        QStringLiteral("weibo"), state.nextId(), state.weiboMe.id,
        QStringLiteral("大使馆签证处节日期间照常开放。"), state.now().addSecs(-3600));
    state.posts.append(status);
    const platforms::sandbox::User &reader = state.makeStranger(QStringLiteral("weibo"));
    const platforms::sandbox::Comment question{QStringLiteral("weibo"),
                                               state.nextId(),
                                               status.id,
                                               {},
                                               reader.id,
                                               QStringLiteral("请问周六签证处开门吗？"),
                                               state.now().addSecs(-120),
                                               false};
    state.comments.append(question);
    inbox::Sync &sync = workbench.session()->inboxSync();
    domain::Mention item;
    for (int round = 0; round < 3 && !item.id; ++round) {
        QSignalSpy finished(&sync, &inbox::Sync::finished);
        sync.syncAll();
        QVERIFY(finished.wait(60000));
        item = storedItem(ws, weibo.id, question.id);
    }
    QVERIFY2(item.id, "the comment reached the inbox");
    QCOMPARE(item.conversationId, status.id); // the status it is on: Weibo's reply needs both
    QVERIFY(!item.firstReplyAt.isValid());

    const QString text = QStringLiteral("您好，周六上午照常开放。");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const qint64 variantId = answerFromTheInbox(workbench, item, text);
    QVERIFY(variantId);
    const QDateTime after = QDateTime::currentDateTimeUtc();

    // Out as comments/reply to that comment on that status, once.
    int replies = 0;
    for (const auto &c : std::as_const(state.comments)) {
        if (c.text == text) {
            ++replies;
            QCOMPARE(c.parentId, question.id);
            QCOMPARE(c.postId, status.id);
            QCOMPARE(c.authorId, state.weiboMe.id);
            QCOMPARE(ws.posts().variant(variantId)->remoteId, c.id);
        }
    }
    QCOMPARE(replies, 1);
    QCOMPARE(ws.posts().variant(variantId)->replyToRemoteId, question.id);

    // Replied, first answered by this user when the reply went out.
    const domain::Mention answered = *ws.mentions().find(item.id);
    QCOMPARE(answered.status, MentionStatus::Replied);
    QCOMPARE(answered.firstReplyBy, ws.actor());
    QVERIFY(answered.firstReplyAt >= before);
    QVERIFY(answered.firstReplyAt <= after);
    checkShownReplied(workbench.window()->findChild<ui::InboxPane *>(), item, ws.actor());

    // And the response times count it for this user.
    ui::ResponseTimesDialog dialog(ws.mentions());
    QAbstractItemModel *table = dialog.table()->model();
    bool counted = false;
    for (int r = 1; r < table->rowCount(); ++r)
        counted = counted || table->index(r, 0).data().toString() == ws.actor();
    QVERIFY(counted);
}

void ReplyEndToEndTest::facebookComment_answered_oneReplyInItsThread()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    platforms::sandbox::State &state = workbench.session()->demo()->sandbox().state();
    const domain::Account page = accountOn(ws, domain::Platform::Facebook);
    QVERIFY(page.id);
    domain::Mention item = testsupport::addFacebookQuestion(state, ws, QStringLiteral("Is the concert on Friday open to everyone?"),
                                                            QDateTime::currentDateTimeUtc().addSecs(-300));
    QVERIFY(item.id);

    const QString text = QStringLiteral("Yes, entry is free and open to all.");
    const qint64 variantId = answerFromTheInbox(workbench, item, text);
    QVERIFY(variantId);
    int replies = 0;
    for (const auto &c : std::as_const(state.comments)) {
        if (c.text == text) {
            ++replies;
            QCOMPARE(c.parentId, item.remoteId);
            QCOMPARE(c.postId, item.conversationId);
            QCOMPARE(ws.posts().variant(variantId)->remoteId, c.id);
        }
    }
    QCOMPARE(replies, 1);
    const domain::Mention answered = *ws.mentions().find(item.id);
    QCOMPARE(answered.status, MentionStatus::Replied);
    QCOMPARE(answered.firstReplyBy, ws.actor());
    QVERIFY(answered.firstReplyAt > answered.createdAt);
    checkShownReplied(workbench.window()->findChild<ui::InboxPane *>(), item, ws.actor());
}

void ReplyEndToEndTest::xReply_refusedForGood_itemBackWithTheReason_thenRetried()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    platforms::sandbox::Sandbox &sandbox = workbench.session()->demo()->sandbox();
    platforms::sandbox::State &state = sandbox.state();
    const domain::Account x = accountOn(ws, domain::Platform::X);
    QVERIFY(x.id);
    // A reader's question that mentions our account (so X allows the reply).
    const platforms::sandbox::User &reader = state.makeStranger(QStringLiteral("x"));
    auto question = platforms::sandbox::Post::make(QStringLiteral("x"), state.nextId(), reader.id,
                                                   QStringLiteral("When does the new visa schedule start?"),
                                                   state.now().addSecs(-60));
    question.mentionsUs = true;
    question.mentionedUserId = x.remoteId;
    state.posts.append(question);
    domain::Mention item;
    item.accountId = x.id;
    item.remoteId = question.id;
    item.conversationId = question.id;
    item.authorHandle = reader.name;
    item.authorName = reader.name;
    item.text = question.text;
    item.language = QStringLiteral("en");
    item.stance = domain::Stance::Question;
    item.mentionsUs = true;
    item.createdAt = question.createdAt;
    QCOMPARE(*ws.mentions().insert({item}), 1);
    item = storedItem(ws, x.id, question.id);
    QVERIFY(item.id);
    // Taken on by this user before answering: that is what it goes back to.
    QVERIFY(ws.mentions().setStatus({item.id}, MentionStatus::Assigned, ws.actor(), ws.actor()));

    // X refuses the reply as a duplicate, and it is not among our posts: refused for good.
    platforms::sandbox::Fault refusal;
    refusal.kind = platforms::sandbox::Fault::Kind::Duplicate;
    refusal.platform = QStringLiteral("x");
    refusal.pathContains = QStringLiteral("/2/tweets");
    sandbox.injectFault(refusal);
    const QString text = QStringLiteral("From Monday the 1st.");
    const qint64 failedId = answerFromTheInbox(workbench, item, text, VariantState::Failed);
    QVERIFY(failedId);
    QCOMPARE(sandbox.pendingFaults(), 0);
    const QString reason = ws.posts().variant(failedId)->failureReason;
    QVERIFY(!reason.isEmpty());

    // In the store: back to Assigned to this user, not answered, the reason in the item's history.
    const domain::Mention back = *ws.mentions().find(item.id);
    QCOMPARE(back.status, MentionStatus::Assigned);
    QCOMPARE(back.assignee, ws.actor());
    QVERIFY(!back.firstReplyAt.isValid());
    const auto history = ws.posts().auditLog().forEntity(QStringLiteral("mention"), item.id);
    QVERIFY(history);
    QCOMPARE(history->last().action, QStringLiteral("reply_failed"));
    QCOMPARE(history->last().reason, reason);

    // On the item in the list and in its details: the status it is back to, marked, with the reason.
    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    auto *model = qobject_cast<ui::MentionTableModel *>(inbox->view()->model());
    const int row = rowOf(model, item.id);
    QVERIFY(row >= 0);
    const QModelIndex statusCell = model->index(row, ui::MentionTableModel::StatusColumn);
    QTRY_VERIFY2(statusCell.data().toString().contains(QStringLiteral("reply failed")),
                 qPrintable(statusCell.data().toString()));
    QVERIFY(
        statusCell.data().toString().startsWith(domain::mentionStatusDisplayName(MentionStatus::Assigned)));
    QVERIFY(statusCell.data(Qt::ToolTipRole).toString().contains(reason));
    QCOMPARE(model->mentionById(item.id)->status, MentionStatus::Assigned);
    inbox->view()->setCurrentIndex(model->index(row, ui::MentionTableModel::TextColumn));
    auto *details = inbox->findChild<QTextBrowser *>(QStringLiteral("itemDetails"));
    QVERIFY(details);
    QTRY_VERIFY2(details->toPlainText().contains(reason), qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(QStringLiteral("did not go out")));

    // R opens the reply again with its text and the reason; changed a little, it goes out this time.
    // (What R runs: the keyboard's way in is covered by answerFromTheInbox.)
    ui::ReplyEditor *editor = inbox->openReply();
    QVERIFY(editor);
    QCOMPARE(editor->textEdit()->toPlainText(), text);
    auto *why = editor->findChild<QLabel *>(QStringLiteral("replyFailed"));
    QVERIFY(why);
    QVERIFY(why->isVisible());
    QVERIFY(why->text().contains(reason));
    const QString retried = text + QStringLiteral(" Thank you for asking.");
    editor->textEdit()->setPlainText(retried);
    QSignalSpy sent(editor, &ui::ReplyEditor::sent);
    QVERIFY(editor->sendButton()->isEnabled());
    QTest::mouseClick(editor->sendButton(), Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    const qint64 retryId = sent.first().at(1).toLongLong();
    QVERIFY(retryId != failedId);
    QTRY_VERIFY_WITH_TIMEOUT(ws.posts().variant(retryId)->state == VariantState::Published, 10000);
    int replies = 0;
    for (const auto &p : std::as_const(state.posts)) {
        if (p.text == text)
            QFAIL("the refused text went out");
        if (p.text == retried) {
            ++replies;
            QCOMPARE(p.replyTo, question.id);
        }
    }
    QCOMPARE(replies, 1);
    checkShownReplied(inbox, item, ws.actor()); // Replied, first reply recorded, the mark gone
    QVERIFY(!details->toPlainText().contains(QStringLiteral("did not go out")));
    QCOMPARE(ws.posts().variant(failedId)->state, VariantState::Failed); // the refusal stays on record
}

QTEST_MAIN(ReplyEndToEndTest)
#include "tst_replyendtoend.moc"
