#include "inbox/backfill.h"
#include "inbox/backfillbar.h"
#include "inbox/backfillcursor.h"
#include "inbox/backfilldialog.h"
#include "inbox/inboxfilterbar.h"
#include "inbox/inboxpane.h"
#include "inbox/mentiontablemodel.h"
#include "inbox/sync.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/workbench.h"
#include "store/mentionquery.h"
#include "workspace/demoplatforms.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// "Load older" in the inbox pane, offscreen on the demo workspace and its sandbox: the header's action asks
// which account and how far, the foot of the list shows progress and the outcome in words, and the list
// shows the older items; at the end of a list the foot offers it, and Cancel stops it.
class BackfillPaneTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void loadOlderAction_readsTheChosenAccountBack_andTheListShowsIt();
    void endOfList_offersLoadOlder_andCancelStopsIt();

private:
    static domain::Account firstX(workspace::Workspace &ws);
    ui::Preferences m_preferences;
};

domain::Account BackfillPaneTest::firstX(workspace::Workspace &ws)
{
    const auto accounts = ws.accounts().all();
    for (const auto &a : *accounts) {
        if (a.platform == domain::Platform::X)
            return a;
    }
    return {};
}

void BackfillPaneTest::loadOlderAction_readsTheChosenAccountBack_andTheListShowsIt()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    workspace::Workspace &ws = *workbench.workspace();
    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    QVERIFY(inbox);
    const domain::Account x = firstX(ws);
    QVERIFY(x.id > 0);

    // The first sync reads everything X has (no cursor yet): let it end, so that it does not take the items
    // below before the backfill does.
    inbox::Sync &sync = workbench.session()->inboxSync();
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isRunning(), 20000);
    inbox->fetchNow();
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isRunning(), 20000);
    // Twelve mentions on X older than anything the inbox has (smaller ids, ten days ago).
    platforms::sandbox::State &state = workbench.session()->demo()->sandbox().state();
    const QString oldest = inbox::backfillcursor::oldestStoredId(ws.database(), x.id);
    QVERIFY(!oldest.isEmpty());
    QSet<QString> older;
    for (int i = 0; i < 12; ++i) {
        const auto &author = state.makeStranger(QStringLiteral("x"));
        auto post = platforms::sandbox::Post::make(
            QStringLiteral("x"), QStringLiteral("17%1").arg(i + 1, 17, 10, QLatin1Char('0')), author.id,
            QStringLiteral("Old question %1 for @%2").arg(i).arg(x.handle),
            QDateTime::currentDateTimeUtc().addDays(-10).addSecs(i));
        post.mentionsUs = true;
        post.mentionedUserId = x.remoteId;
        state.posts.prepend(post);
        older.insert(post.id);
    }
    store::MentionQuery ofX;
    ofX.accounts = {x.id};
    const qint64 before = *ws.mentions().count(ofX);

    auto *action = inbox->findChild<QPushButton *>(QStringLiteral("loadOlderItems"));
    QVERIFY(action);
    action->click();
    ui::BackfillDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = inbox->findChild<ui::BackfillDialog *>()) != nullptr);
    dialog->scope()->setCurrentIndex(dialog->scope()->findData(x.id));
    QCOMPARE(dialog->request().accounts, QList<qint64>{x.id});
    dialog->pages()->setValue(3);
    dialog->accept();

    ui::BackfillBar *bar = inbox->backfillBar();
    QVERIFY(!bar->isHidden());
    inbox::Backfill &backfill = sync.backfill();
    QTRY_VERIFY_WITH_TIMEOUT(!backfill.isRunning(), 20000);
    QVERIFY(!bar->isHidden()); // the outcome stays in sight
    QVERIFY(bar->progressBar()->isHidden());
    QVERIFY(bar->cancelButton()->isHidden());
    QVERIFY2(bar->messageLabel()->text().contains(QStringLiteral("12 older item")),
             qPrintable(bar->messageLabel()->text()));
    QCOMPARE(*ws.mentions().count(ofX), before + 12);

    // The list read again shows them: search for them.
    inbox->filters()->searchField()->setText(QStringLiteral("Old question"));
    auto *model = qobject_cast<ui::MentionTableModel *>(inbox->view()->model());
    QTRY_COMPARE(model->totalCount(), 12);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(older.contains(model->mention(model->index(r, 0))->remoteId));
}

void BackfillPaneTest::endOfList_offersLoadOlder_andCancelStopsIt()
{
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openDemo());
    auto *inbox = workbench.window()->findChild<ui::InboxPane *>();
    ui::BackfillBar *bar = inbox->backfillBar();
    auto *model = qobject_cast<ui::MentionTableModel *>(inbox->view()->model());
    QTRY_VERIFY(model->rowCount() > 0);
    // A long list, not at its end: no foot; scrolled down to its last row, the foot appears.
    workbench.window()->resize(1200, 800);
    workbench.window()->show();
    if (auto *stack = qobject_cast<QStackedWidget *>(inbox->parentWidget()))
        stack->setCurrentWidget(inbox);
    QVERIFY(QTest::qWaitForWindowExposed(workbench.window()));
    QVERIFY(model->canFetchMore({}));
    QTest::qWait(50);
    QVERIFY(bar->isHidden());
    for (int i = 0; i < 100 && (model->canFetchMore({}) || bar->isHidden()); ++i) {
        inbox->view()->scrollToBottom(); // the view reads the next page when its end comes in sight
        QTest::qWait(20);
    }
    QVERIFY(!model->canFetchMore({}));
    QTRY_VERIFY(!bar->isHidden());
    // Scrolled back up: the foot goes.
    inbox->view()->scrollToTop();
    QTRY_VERIFY(bar->isHidden());
    // A short list is all in sight: the foot offers older items.
    inbox->filters()->searchField()->setText(QStringLiteral("zzzznothingmatches"));
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY(!bar->isHidden());
    QVERIFY(!bar->loadButton()->isHidden());

    // Load older, then Cancel at once: it stops, says so, and the offer is back.
    inbox::Backfill &backfill = workbench.session()->inboxSync().backfill();
    bar->loadButton()->click();
    QVERIFY(backfill.isRunning());
    QVERIFY(!bar->cancelButton()->isHidden());
    QVERIFY(bar->loadButton()->isHidden());
    QVERIFY(!bar->progressBar()->isHidden());
    bar->cancelButton()->click();
    QTRY_VERIFY(!backfill.isRunning());
    QVERIFY2(bar->messageLabel()->text().contains(QStringLiteral("cancelled")),
             qPrintable(bar->messageLabel()->text()));
    QVERIFY(!bar->loadButton()->isHidden());
    QVERIFY(bar->cancelButton()->isHidden());
}

QTEST_MAIN(BackfillPaneTest)
#include "tst_backfillpane.moc"
