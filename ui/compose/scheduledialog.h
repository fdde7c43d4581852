#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QCheckBox;
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
    void setChosen(const QDate &date, const QTime &time);

    // Offers the platform's own scheduling ("Schedule on Facebook") for times within its window, in lead
    // seconds from now; outside it the option is disabled with the reason.
    void offerPlatformScheduling(const QString &platformName, qint64 minLeadSecs, qint64 maxLeadSecs);
    // Whether the user chose the platform's own scheduling (and the chosen time allows it).
    bool onPlatform() const;
    QCheckBox *platformOption() const { return m_onPlatform; }
    // Why the platform cannot schedule `when` (empty when it can).
    static QString platformRefusal(const QString &platformName, const QDateTime &now, const QDateTime &when,
                                   qint64 minLeadSecs, qint64 maxLeadSecs);

    // The moment a wall-clock date and time in zone means, and a note when the clock makes it special.
    static QDateTime resolve(const QDate &date, const QTime &time, const QTimeZone &zone, QString *note);

private:
    void update();

    QTimeZone m_zone;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLabel *m_moscow;
    QLabel *m_note;
    QCheckBox *m_onPlatform;
    QLabel *m_platformNote;
    QString m_platformName;
    qint64 m_minLead = 0;
    qint64 m_maxLead = 0;
};

} // namespace ui
