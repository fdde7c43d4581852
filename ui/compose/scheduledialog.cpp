#include "compose/scheduledialog.h"

#include "common/timeformat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ui {

ScheduleDialog::ScheduleDialog(const QTimeZone &zone, const QDateTime &suggestedUtc, QWidget *parent)
    : QDialog(parent), m_zone(zone), m_date(new QDateEdit), m_time(new QTimeEdit), m_moscow(new QLabel),
      m_note(new QLabel)
{
    setWindowTitle(tr("Schedule"));
    const QDateTime local = suggestedUtc.toTimeZone(zone);
    m_date->setCalendarPopup(true);
    m_date->setDate(local.date());
    m_date->setMinimumDate(QDate::currentDate().addDays(-1));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(QTime(local.time().hour(), local.time().minute()));
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("hint"));
    connect(m_date, &QDateEdit::dateChanged, this, &ScheduleDialog::update);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleDialog::update);

    auto *form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Time (%1):").arg(QString::fromUtf8(zone.id())), m_time);
    form->addRow(tr("In Moscow:"), m_moscow);
    form->addRow(QString(), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    update();
}

QDateTime ScheduleDialog::resolve(const QDate &date, const QTime &time, const QTimeZone &zone, QString *note)
{
    const QDateTime moment(date, time, zone);
    if (note)
        note->clear();
    if (moment.time() != time && note) {
        *note = tr("%1 does not exist on that day in %2 (the clocks go forward); it will go out at %3.")
                    .arg(time.toString(QStringLiteral("HH:mm")), QString::fromUtf8(zone.id()),
                         moment.time().toString(QStringLiteral("HH:mm")));
    } else if (note) {
        // Clocks going back make an hour happen twice: Qt takes the first; say so.
        const QDateTime hourLater = moment.addSecs(3600);
        if (hourLater.toTimeZone(zone).time() == time)
            *note = tr("%1 happens twice on that day in %2 (the clocks go back); the first one is used.")
                        .arg(time.toString(QStringLiteral("HH:mm")), QString::fromUtf8(zone.id()));
    }
    return moment.toUTC();
}

QDateTime ScheduleDialog::chosenUtc() const
{
    return resolve(m_date->date(), m_time->time(), m_zone, nullptr);
}

void ScheduleDialog::update()
{
    QString note;
    const QDateTime utc = resolve(m_date->date(), m_time->time(), m_zone, &note);
    m_moscow->setText(TimeFormat(m_zone).moscow(utc));
    if (note.isEmpty() && utc < QDateTime::currentDateTimeUtc())
        note = tr("This time has passed: the post will go out as soon as it is scheduled.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace ui
