#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QStackedWidget;
class QStandardItemModel;

namespace workspace {
class Session;
class Workspace;
} // namespace workspace

namespace ui {

class AccountListModel;
class ComposePane;
class DesktopNotifier;
class DashboardPane;
class InboxPane;

// The application shell: navigation between the panes, the workspace's accounts, menus with shortcuts and a
// status bar. It shows a workspace it is given; opening another one is the Workbench's job.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Pane { ComposePaneIndex, InboxPaneIndex, DashboardsPaneIndex, PaneCount };

    explicit MainWindow(workspace::Session &session, QWidget *parent = nullptr);

    void showPane(int pane);
    int currentPane() const;
    static QString paneName(int pane); // "compose", "inbox", "dashboards" (file names of screenshots)
    void reloadAll();

signals:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void openDemoRequested();
    void settingsRequested();

private:
    void buildMenus();
    QWidget *buildSidebar();
    void showStatus(const QString &message);
    void updateConnections();
    void connectPublisher();

    workspace::Session &m_session;
    workspace::Workspace &m_workspace;
    DesktopNotifier *m_notifier; // one for the window; panes that notify are given it
    AccountListModel *m_accounts;
    QStandardItemModel *m_navigation;
    QListView *m_navigationView;
    QStackedWidget *m_panes;
    ComposePane *m_compose;
    InboxPane *m_inbox;
    DashboardPane *m_dashboards;
    QLabel *m_workspaceLabel;
    QLabel *m_syncLabel;
    QLabel *m_publisherLabel;
};

} // namespace ui
