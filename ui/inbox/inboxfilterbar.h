#pragma once

#include "store/mentionquery.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QToolButton;
class QLineEdit;
class QTimer;

namespace ui {

class AccountListModel;

// The inbox's filters and search above the list: account, platform, language, stance, status, assignee and
// period, plus full-text search. Every change is emitted as one query; typing waits for a pause (debounced)
// so a fast typist does not fire a query per letter.
class InboxFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxFilterBar)
public:
    static constexpr int kSearchDelayMs = 250;
    // Periods offered, counted back from now.
    enum Period { AnyTime, LastHour, LastDay, LastWeek, LastMonth, Dates };

    // `zone`: the workspace's time zone, in which a range of dates begins and ends.
    InboxFilterBar(const AccountListModel &accounts, const QTimeZone &zone, QWidget *parent = nullptr);

    store::MentionQuery query() const;
    // Team members offered as assignees (besides "me" and "nobody").
    void setTeam(const QStringList &members, const QString &me);
    // Sets the filters at once (the storm notification: criticism of the last hour), emitting one change.
    void showOnly(domain::Stance stance, Period period);
    void clear();
    QLineEdit *searchField() const { return m_search; }
    QToolButton *notableOnly() const { return m_notable; }
    QComboBox *combo(const QString &name) const;

signals:
    void queryChanged();

private:
    void fillAccounts();

    const AccountListModel &m_accounts;
    QComboBox *m_account;
    QComboBox *m_platform;
    QComboBox *m_language;
    QComboBox *m_stance;
    QComboBox *m_status;
    QComboBox *m_assignee;
    QComboBox *m_period;
    QDateEdit *m_from; // shown for Dates: first and last day, both included
    QDateEdit *m_to;
    QTimeZone m_zone;
    QToolButton *m_notable;
    QLineEdit *m_search;
    QTimer *m_debounce;
    bool m_quiet = false;
};

} // namespace ui
