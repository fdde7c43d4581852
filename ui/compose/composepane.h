#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace compose {
class Publisher;
}
namespace workspace {
class Workspace;
}

namespace ui {

class AccountListModel;
class CalendarPane;
class Composer;
class DesktopNotifier;
class FailureNotices;
class PostTreeModel;
class WorkflowBar;

// The Compose pane: the office's posts with their per-account variants, where each stands in the workflow,
// when it goes out (workspace time and Moscow), and the variant's text and history; below them, the message
// editor for a new post or the selected one.
class ComposePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePane)
public:
    // With a publisher and a notifier, a permanent failure is said on the desktop too (FailureNotices).
    ComposePane(workspace::Workspace &workspace, const AccountListModel &accounts,
                compose::Publisher *publisher = nullptr, DesktopNotifier *notifier = nullptr,
                QWidget *parent = nullptr);

    // Reads the posts again from the workspace, keeping the selected variant selected.
    void reload();
    void selectVariant(qint64 variantId);
    void selectPost(qint64 postId);
    // The message editor: a new post, or the selected one.
    void newPost();
    void editPost(qint64 postId);
    bool isComposing() const;
    Composer *composer() const { return m_composer; }
    FailureNotices *failureNotices() const { return m_notices; }
    CalendarPane *calendar() const { return m_calendar; }
    // Shows the week/month calendar of scheduled variants in place of the list of posts (or the list again).
    void showCalendar(bool on);

signals:
    void statusMessage(const QString &message);
    // The user chose a notification about one of this pane's variants: the window should show the pane.
    void showRequested();

private:
    void showSelection();
    void showComposer(bool on);
    qint64 selectedPostId() const;
    QString variantHtml(qint64 variantId) const;

    workspace::Workspace &m_workspace;
    const AccountListModel &m_accounts;
    PostTreeModel *m_model;
    QComboBox *m_filter;
    QLabel *m_summary;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    WorkflowBar *m_workflow;
    Composer *m_composer;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QPushButton *m_edit;
    FailureNotices *m_notices = nullptr;
    CalendarPane *m_calendar;
    QStackedWidget *m_top;
    QPushButton *m_calendarButton;
    bool m_reloading = false;
};

} // namespace ui
