#pragma once

#include "domain/mention.h"
#include "inbox/shortcutssheet.h"

#include <QWidget>

class QLabel;
class QMenu;
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
class BackfillBar;
class DesktopNotifier;
class ConversationView;
class InboxFilterBar;
class MentionTableModel;
class ReplyEditor;
class SavedReplyModel;

// The Inbox pane: what came back to every account, newest first, read page by page, with the selected item's
// text, author and the cues behind its stance beside it. It fetches new items every few minutes and on
// request.
class InboxPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPane)
public:
    // notifier: where a storm of criticism is announced on the desktop (may be null: the banner only).
    InboxPane(workspace::Session &session, const AccountListModel &accounts, DesktopNotifier *notifier = nullptr,
              QWidget *parent = nullptr);

    void reload();
    // Fetches what is new from every account's platform now.
    void fetchNow();
    // "Load older items…": asks which accounts and how far, then reads back from the platforms (BackfillBar
    // shows it at the foot of the list; it also offers this when the list has shown its last row).
    void loadOlder();
    BackfillBar *backfillBar() const { return m_backfillBar; }
    QTableView *view() const { return m_view; }
    InboxFilterBar *filters() const { return m_filters; }
    // Every key of the inbox with what it does (what the shortcuts sheet lists).
    const QList<TriageKey> &keys() const { return m_keys; }
    // Opens the reply editor for the current item (R or Enter); null when nothing is selected.
    ReplyEditor *openReply();
    // The keyboard shortcuts sheet (? in the inbox, Help ▸ Keyboard shortcuts).
    void showShortcuts();
    // Corrects the stance of the selected items: stored, learnt by the classifier, shown at once.
    void setStance(domain::Stance stance);

    // Assigns the selected items to one team member (Shift+A offers the workspace's team).
    void assignTo(const QString &member);
    // The menu of team members to assign to (built afresh: the team is edited in Settings).
    QMenu *assignMenu();
    void showResponseTimes();
    ConversationView *conversation() const { return m_conversation; }
    // The storm's link: criticism of the last hour, first.
    void showStormItems();

signals:
    void statusMessage(const QString &message);
    // The pane wants to be the one shown (a desktop notification was clicked).
    void showRequested();

private:
    void showSelection();
    void updateCount();
    void syncFinished(int newItems);
    void checkStorm();
    QList<qint64> selectedIds() const;
    void setStatus(domain::MentionStatus status);
    void toggleNotable();
    void buildTriageActions(QLayout *into);
    void moveCurrent(int by);
    void replySent(qint64 mentionId, qint64 variantId, bool inReview);
    void selectFirst();
    QList<qint64> filteredAccounts() const;
    void updateBackfillBar();
    void reloadKeepingPlace();

    workspace::Session &m_session;
    const AccountListModel &m_accounts;
    DesktopNotifier *m_notifier;
    MentionTableModel *m_model;
    SavedReplyModel *m_savedReplies;
    QList<TriageKey> m_keys;
    InboxFilterBar *m_filters;
    QPushButton *m_fetch;
    QLabel *m_syncState;
    QTimer *m_autoSync;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_details;
    ConversationView *m_conversation;
    QMenu *m_assignMenu = nullptr;
    QLabel *m_storm;
    BackfillBar *m_backfillBar;
    bool m_stormShown = false;
};

} // namespace ui
