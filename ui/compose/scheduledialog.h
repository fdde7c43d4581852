#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QDateEdit;
class QLabel;
class QTimeEdit;

namespace ui {

// Picks when a variant goes out, in the workspace's time zone, with Moscow time beside it. Wall-clock times
// that do not exist (clocks go forward) or happen twice (clocks go back) are explained, never silently
// shifted.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)
public:
    ScheduleDialog(const QTimeZone &zone, const QDateTime &suggestedUtc, QWidget *parent = nullptr);

    // The chosen moment in UTC.
    QDateTime chosenUtc() const;

    // The moment a wall-clock date and time in zone means, and a note when the clock makes it special.
    static QDateTime resolve(const QDate &date, const QTime &time, const QTimeZone &zone, QString *note);

private:
    void update();

    QTimeZone m_zone;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLabel *m_moscow;
    QLabel *m_note;
};

} // namespace ui
