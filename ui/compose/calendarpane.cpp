#include "compose/calendarpane.h"

#include "compose/calendarmodel.h"
#include "compose/calendarview.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

CalendarPane::CalendarPane(workspace::Workspace &workspace, const AccountListModel &accounts, QWidget *parent)
    : QWidget(parent), m_model(new CalendarModel(workspace, accounts, this)), m_view(new CalendarView),
      m_title(new QLabel), m_week(new QToolButton), m_month(new QToolButton)
{
    setObjectName(QStringLiteral("calendarPane"));
    m_view->setModel(m_model);
    m_week->setText(tr("Week"));
    m_month->setText(tr("Month"));
    m_week->setObjectName(QStringLiteral("calendarWeek"));
    m_month->setObjectName(QStringLiteral("calendarMonth"));
    for (QToolButton *b : {m_week, m_month})
        b->setCheckable(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_week);
    modes->addButton(m_month);
    m_week->setChecked(true);
    connect(m_week, &QToolButton::toggled, this, [this](bool on) {
        m_view->setMode(on ? CalendarView::Mode::Week : CalendarView::Mode::Month);
    });
    auto *back = new QToolButton;
    back->setText(QStringLiteral("‹"));
    back->setToolTip(tr("Earlier"));
    auto *today = new QToolButton;
    today->setText(tr("Today"));
    auto *forward = new QToolButton;
    forward->setText(QStringLiteral("›"));
    forward->setToolTip(tr("Later"));
    connect(back, &QToolButton::clicked, this, [this] { step(-1); });
    connect(forward, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { m_view->setAnchor(QDate::currentDate()); });
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    auto *hint = new QLabel(tr("Drag a variant to another day or time to move it (%1).")
                                .arg(QString::fromUtf8(workspace.timeZone().id())));
    hint->setObjectName(QStringLiteral("hint"));

    connect(m_model, &CalendarModel::rescheduled, this, &CalendarPane::rescheduled);
    connect(m_model, &CalendarModel::rescheduled, this, [this] { emit statusMessage(tr("Rescheduled.")); });
    connect(m_model, &CalendarModel::refused, this, &CalendarPane::statusMessage);
    connect(m_view, &CalendarView::variantActivated, this, &CalendarPane::variantActivated);
    connect(m_view, &CalendarView::rangeChanged, this, &CalendarPane::updateTitle);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_week);
    bar->addWidget(m_month);
    bar->addSpacing(12);
    bar->addWidget(back);
    bar->addWidget(today);
    bar->addWidget(forward);
    bar->addSpacing(12);
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    updateTitle();
}

void CalendarPane::reload()
{
    m_model->reload();
}

void CalendarPane::step(int direction)
{
    const QDate a = m_view->anchor();
    m_view->setAnchor(m_view->mode() == CalendarView::Mode::Week ? a.addDays(7 * direction)
                                                                 : a.addMonths(direction));
}

void CalendarPane::updateTitle()
{
    const QLocale locale;
    if (m_view->mode() == CalendarView::Mode::Month) {
        m_title->setText(QStringLiteral("<b>%1</b>").arg(locale.toString(m_view->anchor(), QStringLiteral("MMMM yyyy"))));
        return;
    }
    m_title->setText(QStringLiteral("<b>%1 – %2</b>")
                         .arg(locale.toString(m_view->firstShown(), QLocale::ShortFormat),
                              locale.toString(m_view->lastShown(), QLocale::ShortFormat)));
}

} // namespace ui
