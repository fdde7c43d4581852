#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace workspace {
class Workspace;
}

namespace ui {

class AccountListModel;
class Composer;
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
    ComposePane(workspace::Workspace &workspace, const AccountListModel &accounts, QWidget *parent = nullptr);

    // Reads the posts again from the workspace, keeping the selected variant selected.
    void reload();
    void selectVariant(qint64 variantId);
    void selectPost(qint64 postId);
    // The message editor: a new post, or the selected one.
    void newPost();
    void editPost(qint64 postId);
    bool isComposing() const;
    Composer *composer() const { return m_composer; }

signals:
    void statusMessage(const QString &message);

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
    bool m_reloading = false;
};

} // namespace ui
