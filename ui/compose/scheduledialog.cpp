#include "compose/scheduledialog.h"

#include "common/timeformat.h"

#include <QCheckBox>
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
      m_note(new QLabel), m_onPlatform(new QCheckBox), m_platformNote(new QLabel)
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
    m_onPlatform->setObjectName(QStringLiteral("onPlatform"));
    m_platformNote->setObjectName(QStringLiteral("platformNote"));
    m_platformNote->setWordWrap(true);
    m_onPlatform->hide();
    m_platformNote->hide();
    form->addRow(QString(), m_onPlatform);
    form->addRow(QString(), m_platformNote);
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
    if (note)
        note->clear();
    // Work it out from the zone's offsets on either side of that day rather than trusting QDateTime's own
    // choice in a gap or an overlap: every wall time that maps back to (date, time) is a candidate.
    const QDateTime wall(date, time, Qt::UTC);
    const int before = zone.offsetFromUtc(wall.addDays(-1));
    const int after = zone.offsetFromUtc(wall.addDays(1));
    QList<QDateTime> candidates;
    for (int offset : {std::max(before, after), std::min(before, after)}) { // the larger offset comes first
        const QDateTime utc = wall.addSecs(-offset);
        const QDateTime local = utc.toTimeZone(zone);
        if (local.date() == date && local.time() == time && !candidates.contains(utc))
            candidates << utc;
    }
    const QString shown = time.toString(QStringLiteral("HH:mm"));
    const QString zoneName = QString::fromUtf8(zone.id());
    if (candidates.isEmpty()) {
        // Clocks went forward: read the time with the offset in force before the jump, i.e. just after it.
        const QDateTime utc = wall.addSecs(-std::min(before, after));
        if (note)
            *note = tr("%1 does not exist on that day in %2 (the clocks go forward); it will go out at %3.")
                        .arg(shown, zoneName, utc.toTimeZone(zone).time().toString(QStringLiteral("HH:mm")));
        return utc;
    }
    if (candidates.size() > 1 && note)
        *note = tr("%1 happens twice on that day in %2 (the clocks go back); the first one is used.")
                    .arg(shown, zoneName);
    return candidates.first();
}

QDateTime ScheduleDialog::chosenUtc() const
{
    return resolve(m_date->date(), m_time->time(), m_zone, nullptr);
}

void ScheduleDialog::setChosen(const QDate &date, const QTime &time)
{
    m_date->setDate(date);
    m_time->setTime(time);
}

void ScheduleDialog::offerPlatformScheduling(const QString &platformName, qint64 minLeadSecs, qint64 maxLeadSecs)
{
    m_platformName = platformName;
    m_minLead = minLeadSecs;
    m_maxLead = maxLeadSecs;
    m_onPlatform->setText(tr("Schedule on %1").arg(platformName));
    m_onPlatform->setToolTip(tr("Hand the post to %1 now; %1 publishes it at this time even if no publisher "
                                "runs then.")
                                 .arg(platformName));
    m_onPlatform->show();
    update();
}

bool ScheduleDialog::onPlatform() const
{
    return m_onPlatform->isVisible() && m_onPlatform->isEnabled() && m_onPlatform->isChecked();
}

QString ScheduleDialog::platformRefusal(const QString &platformName, const QDateTime &now, const QDateTime &when,
                                        qint64 minLeadSecs, qint64 maxLeadSecs)
{
    const qint64 lead = now.secsTo(when);
    if (lead < minLeadSecs)
        return tr("%1 schedules posts from %n minutes ahead; this time is too close.", nullptr,
                  int(minLeadSecs / 60))
            .arg(platformName);
    if (lead > maxLeadSecs)
        return tr("%1 schedules posts at most %n days ahead; this time is too far.", nullptr,
                  int(maxLeadSecs / 86400))
            .arg(platformName);
    return {};
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
    if (!m_platformName.isEmpty()) {
        const QString refusal =
            platformRefusal(m_platformName, QDateTime::currentDateTimeUtc(), utc, m_minLead, m_maxLead);
        m_onPlatform->setEnabled(refusal.isEmpty());
        m_platformNote->setText(refusal);
        m_platformNote->setVisible(!refusal.isEmpty());
    }
}

} // namespace ui
