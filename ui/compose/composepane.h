#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;
class QTreeView;

namespace workspace {
class Workspace;
}

namespace ui {

class AccountListModel;
class PostTreeModel;
class WorkflowBar;

// The Compose pane: the office's posts with their per-account variants, where each stands in the workflow,
// when it goes out (workspace time and Moscow), and the variant's text and history.
class ComposePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePane)
public:
    ComposePane(workspace::Workspace &workspace, const AccountListModel &accounts, QWidget *parent = nullptr);

    // Reads the posts again from the workspace, keeping the selected variant selected.
    void reload();
    void selectVariant(qint64 variantId);

signals:
    void statusMessage(const QString &message);

private:
    void showSelection();
    QString variantHtml(qint64 variantId) const;

    workspace::Workspace &m_workspace;
    const AccountListModel &m_accounts;
    PostTreeModel *m_model;
    QComboBox *m_filter;
    QLabel *m_summary;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    WorkflowBar *m_workflow;
};

} // namespace ui
