#include "shell/mainwindow.h"

#include "accounts/signincontroller.h"
#include "audience/dashboardpane.h"
#include "common/accountlistmodel.h"
#include "common/desktopnotifier.h"
#include "common/icons.h"
#include "compose/composepane.h"
#include "compose/publisher.h"
#include "inbox/inboxpane.h"
#include "workspace/connections.h"
#include "workspace/demoplatforms.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ui {

MainWindow::MainWindow(workspace::Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_workspace(session.workspace()),
      m_notifier(new DesktopNotifier(this)),
      m_accounts(new AccountListModel(this)), m_navigation(new QStandardItemModel(this)),
      m_navigationView(new QListView), m_panes(new QStackedWidget), m_workspaceLabel(new QLabel),
      m_syncLabel(new QLabel), m_publisherLabel(new QLabel)
{
    workspace::Workspace &workspace = m_workspace;
    const bool demo = session.isDemo();
    setWindowIcon(appIcon());
    const QString name = demo ? tr("Demo workspace") : QFileInfo(workspace.path()).completeBaseName();
    setWindowTitle(tr("%1 — Attaché").arg(name));
    if (const auto accounts = workspace.accounts().all())
        m_accounts->setAccounts(*accounts);
    else
        showStatus(accounts.error().message);

    connect(m_notifier, &DesktopNotifier::fallbackMessage, this, &MainWindow::showStatus);
    m_compose = new ComposePane(workspace, *m_accounts, &session.publisher(), m_notifier);
    m_inbox = new InboxPane(session, *m_accounts, m_notifier);
    m_dashboards = new DashboardPane(session, *m_accounts);
    m_panes->addWidget(m_compose);
    m_panes->addWidget(m_inbox);
    m_panes->addWidget(m_dashboards);
    connect(m_compose, &ComposePane::statusMessage, this, &MainWindow::showStatus);
    connect(m_compose, &ComposePane::showRequested, this, [this] { showPane(ComposePaneIndex); });
    connect(m_inbox, &InboxPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_inbox, &InboxPane::showRequested, this, [this] { showPane(InboxPaneIndex); });
    connect(m_dashboards, &DashboardPane::statusMessage, this, &MainWindow::showStatus);

    auto *splitter = new QSplitter;
    splitter->addWidget(buildSidebar());
    splitter->addWidget(m_panes);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1060});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    buildMenus();
    m_workspaceLabel->setText(demo ? tr("Demo workspace (generated; its platforms run on this computer)")
                                   : QDir::toNativeSeparators(workspace.path()));
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_publisherLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    connect(&session.connections(), &workspace::Connections::changed, this, &MainWindow::updateConnections);
    updateConnections();
    connectPublisher();
    if (!session.problem().isEmpty())
        showStatus(session.problem());
    resize(1280, 800);
    showPane(ComposePaneIndex);
}

QWidget *MainWindow::buildSidebar()
{
    const struct
    {
        const char *icon;
        QString label;
        QString shortcut;
    } entries[] = {
        {"compose", tr("Compose"), QStringLiteral("Ctrl+1")},
        {"inbox", tr("Inbox"), QStringLiteral("Ctrl+2")},
        {"dashboards", tr("Dashboards"), QStringLiteral("Ctrl+3")},
    };
    for (const auto &e : entries) {
        auto *item = new QStandardItem(navigationIcon(QString::fromLatin1(e.icon)), e.label);
        item->setToolTip(tr("%1 (%2)").arg(e.label, e.shortcut));
        item->setEditable(false);
        m_navigation->appendRow(item);
    }
    // Room for what comes next, visible but not yet usable, so the shape of the product is clear.
    for (const auto &[icon, label] : {std::pair{"reports", tr("Reports")}, std::pair{"club", tr("Club")}}) {
        auto *item = new QStandardItem(navigationIcon(QString::fromLatin1(icon)), label);
        item->setEnabled(false);
        item->setToolTip(tr("Coming in a later version"));
        m_navigation->appendRow(item);
    }
    m_navigationView->setObjectName(QStringLiteral("navigation"));
    m_navigationView->setModel(m_navigation);
    m_navigationView->setIconSize(QSize(22, 22));
    m_navigationView->setSpacing(2);
    m_navigationView->setAccessibleName(tr("Panes"));
    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() < PaneCount)
                    m_panes->setCurrentIndex(current.row());
            });

    auto *accountsTitle = new QLabel(tr("Accounts"));
    accountsTitle->setObjectName(QStringLiteral("sidebarTitle"));
    auto *accounts = new QListView;
    accounts->setObjectName(QStringLiteral("accounts"));
    accounts->setModel(m_accounts);
    accounts->setIconSize(QSize(18, 18));
    accounts->setAccessibleName(tr("Accounts"));
    accounts->setSelectionMode(QAbstractItemView::NoSelection);
    accounts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    accounts->setTextElideMode(Qt::ElideRight);
    // Signing in (or again, when a token was lost) is one double-click or a right-click away.
    accounts->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *signIn = new SignInController(m_session, this);
    connect(signIn, &SignInController::message, this, &MainWindow::showStatus);
    auto accountAt = [this](const QModelIndex &index) {
        return m_accounts->account(index.data(AccountListModel::AccountIdRole).toLongLong());
    };
    connect(accounts, &QListView::doubleClicked, this, [signIn, accountAt](const QModelIndex &index) {
        if (const domain::Account *a = accountAt(index))
            signIn->signIn(*a);
    });
    connect(accounts, &QListView::customContextMenuRequested, this,
            [this, accounts, signIn, accountAt](QPoint at) {
                const domain::Account *a = accountAt(accounts->indexAt(at));
                if (!a)
                    return;
                QMenu menu(this);
                const domain::Account account = *a;
                menu.addAction(tr("Sign in to %1…").arg(domain::platformDisplayName(account.platform)), this,
                               [signIn, account] { signIn->signIn(account); });
                menu.exec(accounts->viewport()->mapToGlobal(at));
            });

    auto *sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_navigationView, 3);
    layout->addWidget(accountsTitle);
    layout->addWidget(accounts, 2);
    // The panes give way before the sidebar does: its names ("Dashboards", "Сводки") are never cut.
    int widest = 0;
    for (int row = 0; row < m_navigation->rowCount(); ++row)
        widest = qMax(widest, m_navigationView->sizeHintForIndex(m_navigation->index(row, 0)).width());
    sidebar->setMinimumWidth(qMax(170, widest + 40));
    return sidebar;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspaceRequested);
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::openWorkspaceRequested);
    file->addAction(tr("Open the &Demo Workspace"), this, &MainWindow::openDemoRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setShortcuts({QKeySequence::Preferences, QKeySequence(QStringLiteral("Ctrl+,"))});
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Compose"), tr("&Inbox"), tr("&Dashboards")};
    for (int pane = 0; pane < PaneCount; ++pane) {
        view->addAction(names[pane], QKeySequence(QStringLiteral("Ctrl+%1").arg(pane + 1)), this,
                        [this, pane] { showPane(pane); });
    }
    view->addSeparator();
    view->addAction(tr("&Reload"), QKeySequence::Refresh, this, &MainWindow::reloadAll);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), m_inbox, &InboxPane::showShortcuts);
    auto *about = help->addAction(tr("&About Attaché"), this, [this] {
        QMessageBox::about(this, tr("About Attaché"),
                           tr("<h3>Attaché %1</h3><p>The press office workbench: one message, tailored per "
                              "account and language, "
                              "verified before it goes out; the comments that come back, criticism first; "
                              "and who the audience "
                              "is.</p><p>Built with Qt %2.</p>")
                               .arg(QStringLiteral(ATTACHE_VERSION), QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPane(int pane)
{
    if (pane < 0 || pane >= PaneCount)
        return;
    m_navigationView->setCurrentIndex(m_navigation->index(pane, 0));
    m_panes->setCurrentIndex(pane);
}

int MainWindow::currentPane() const
{
    return m_panes->currentIndex();
}

QString MainWindow::paneName(int pane)
{
    static const char *names[] = {"compose", "inbox", "dashboards"};
    return pane >= 0 && pane < PaneCount ? QString::fromLatin1(names[pane]) : QString();
}

void MainWindow::reloadAll()
{
    if (const auto accounts = m_workspace.accounts().all())
        m_accounts->setAccounts(*accounts);
    m_compose->reload();
    m_inbox->reload();
    m_dashboards->reload();
    showStatus(tr("Reloaded"));
}

void MainWindow::updateConnections()
{
    int connected = 0;
    const auto &accounts = m_accounts->accounts();
    for (const auto &a : accounts) {
        const auto c = m_session.connections().connection(a.id);
        // An account whose token ends soon still publishes; it is marked like a problem so it gets fixed in
        // time.
        const bool ok = c.state == workspace::AccountConnection::State::Connected;
        m_accounts->setConnection(
            a.id, ok, ok ? c.message : c.message + QLatin1Char(' ') + tr("Double-click to sign in."));
        connected += c.canPublish();
    }
    if (m_session.demo()) {
        m_syncLabel->setText(tr("Platforms: local sandbox"));
        m_syncLabel->setToolTip(
            tr("The demo's accounts talk to a platform server on this computer (%1), through "
               "the same code that talks to X, Facebook and Weibo.")
                .arg(m_session.demo()->baseUrl().toString()));
    } else {
        m_syncLabel->setText(tr("%1 of %2 accounts connected").arg(connected).arg(accounts.size()));
        m_syncLabel->setToolTip(
            connected < accounts.size()
                ? tr("Accounts that are not connected need signing in again; everything else "
                     "works offline.")
                : QString());
    }
}

void MainWindow::connectPublisher()
{
    compose::Publisher &publisher = m_session.publisher();
    connect(&publisher, &compose::Publisher::published, this, [this](qint64, const QString &remoteId) {
        m_compose->reload();
        showStatus(tr("Published (platform id %1).").arg(remoteId));
    });
    connect(&publisher, &compose::Publisher::failed, this, [this](qint64 variantId, const QString &reason) {
        m_compose->reload();
        const auto v = m_workspace.posts().variant(variantId);
        const auto post =
            v ? m_workspace.posts().find(v->postId) : store::Result<domain::Post>(store::Error{});
        const domain::Account *account = v ? m_accounts->account(v->accountId) : nullptr;
        const QString what = post ? QStringLiteral("“%1”").arg(post->title) : QString::number(variantId);
        showStatus(
            tr("Not published: %1 on %2. %3").arg(what, account ? account->displayName : QString(), reason));
        QApplication::alert(this);
    });
    connect(&publisher, &compose::Publisher::deferred, this, [this](qint64, const QString &reason) {
        m_compose->reload();
        showStatus(reason);
    });
    connect(&publisher, &compose::Publisher::blocked, this, [this](qint64, const QString &reason) {
        showStatus(tr("A post is due but cannot go out yet: %1").arg(reason));
    });
    // Start publishing and fetching only once every account's token has been read, so nothing is judged
    // "not signed in" too early.
    auto start = [this] {
        m_inbox->fetchNow();
        compose::Publisher &p = m_session.publisher();
        if (p.start()) {
            m_publisherLabel->setText(tr("Publishing from this window"));
        } else {
            m_publisherLabel->setText(tr("Publishing elsewhere"));
            m_publisherLabel->setToolTip(
                tr("Another publisher (%1) sends this workspace's posts.").arg(p.leaseHolder()));
        }
    };
    if (m_session.connections().isReady())
        start();
    else
        connect(&m_session.connections(), &workspace::Connections::ready, this, start,
                Qt::SingleShotConnection);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

} // namespace ui
