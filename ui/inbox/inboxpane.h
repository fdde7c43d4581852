#pragma once

#include "domain/mention.h"

#include <QWidget>

class QLabel;
class QLayout;
class QPushButton;
class QTableView;
class QTimer;
class QTextBrowser;

namespace workspace {
class Session;
}

namespace ui {

class AccountListModel;
class MentionTableModel;

// The Inbox pane: what came back to every account, newest first, read page by page, with the selected item's
// text, author and the cues behind its stance beside it. It fetches new items every few minutes and on
// request.
class InboxPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPane)
public:
    InboxPane(workspace::Session &session, const AccountListModel &accounts, QWidget *parent = nullptr);

    void reload();
    // Fetches what is new from every account's platform now.
    void fetchNow();
    QTableView *view() const { return m_view; }

signals:
    void statusMessage(const QString &message);

private:
    void showSelection();
    void updateCount();
    void syncFinished(int newItems);
    void checkStorm();
    QList<qint64> selectedIds() const;
    void setStatus(domain::MentionStatus status);
    void toggleNotable();
    void buildTriageActions(QLayout *into);

    workspace::Session &m_session;
    MentionTableModel *m_model;
    QPushButton *m_fetch;
    QLabel *m_syncState;
    QTimer *m_autoSync;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_details;
    QLabel *m_storm;
    bool m_stormShown = false;
};

} // namespace ui
