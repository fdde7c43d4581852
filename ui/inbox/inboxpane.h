#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace workspace {
class Workspace;
}

namespace ui {

class AccountListModel;
class MentionTableModel;

// The Inbox pane: what came back to every account, newest first, read page by page, with the selected item's
// text and author beside it.
class InboxPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPane)
public:
    InboxPane(workspace::Workspace &workspace, const AccountListModel &accounts, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }

signals:
    void statusMessage(const QString &message);

private:
    void showSelection();
    void updateCount();

    MentionTableModel *m_model;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_details;
};

} // namespace ui
