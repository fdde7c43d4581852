#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace workspace {
class Workspace;
}

namespace ui {

class AccountListModel;
class CalendarModel;
class CalendarView;

// The schedule as a calendar, week or month, in the workspace's time zone: the period's title, back / today /
// forward, and the view, where a variant is dragged to another day and time to reschedule it.
class CalendarPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPane)
public:
    CalendarPane(workspace::Workspace &workspace, const AccountListModel &accounts, QWidget *parent = nullptr);

    CalendarModel *model() const { return m_model; }
    CalendarView *view() const { return m_view; }
    void reload();

signals:
    void rescheduled(qint64 variantId);
    void variantActivated(qint64 variantId);
    void statusMessage(const QString &message);

private:
    void step(int direction);
    void updateTitle();

    CalendarModel *m_model;
    CalendarView *m_view;
    QLabel *m_title;
    QToolButton *m_week;
    QToolButton *m_month;
};

} // namespace ui
