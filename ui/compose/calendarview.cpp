#include "compose/calendarview.h"

#include "common/icons.h"
#include "compose/calendarmodel.h"

#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ui {

namespace {
QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}
} // namespace

CalendarView::CalendarView(QWidget *parent) : QWidget(parent), m_anchor(QDate::currentDate())
{
    setObjectName(QStringLiteral("calendarView"));
    setMouseTracking(true);
    setMinimumSize(560, 360);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CalendarView::setModel(CalendarModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
        connect(m_model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    }
    setAnchor(m_anchor);
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    setAnchor(m_anchor);
}

void CalendarView::setAnchor(const QDate &date)
{
    m_anchor = date;
    if (m_model)
        m_model->setRange(firstShown(), lastShown());
    update();
    emit rangeChanged();
}

QDate CalendarView::firstShown() const
{
    if (m_mode == Mode::Week)
        return mondayOf(m_anchor);
    return mondayOf(QDate(m_anchor.year(), m_anchor.month(), 1));
}

QDate CalendarView::lastShown() const
{
    return firstShown().addDays(m_mode == Mode::Week ? 6 : 41);
}

qreal CalendarView::hourHeight() const
{
    return std::max<qreal>(8.0, qreal(height() - kHeader) / 24.0);
}

QRectF CalendarView::dayRect(const QDate &date) const
{
    const qint64 offset = firstShown().daysTo(date);
    if (offset < 0 || date > lastShown())
        return {};
    if (m_mode == Mode::Week) {
        const qreal w = qreal(width() - kGutter) / 7.0;
        return QRectF(kGutter + w * qreal(offset), kHeader, w, height() - kHeader);
    }
    const qreal w = qreal(width()) / 7.0;
    const qreal h = qreal(height() - kHeader) / 6.0;
    return QRectF(w * qreal(offset % 7), kHeader + h * qreal(offset / 7), w, h);
}

QRect CalendarView::itemRect(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const QModelIndex index = m_model->index(row);
    const QDateTime local = index.data(CalendarModel::LocalStartRole).toDateTime();
    const QRectF day = dayRect(local.date());
    if (day.isNull())
        return {};
    // Variants of the same slot (week: the same hour; month: the same day) share it side by side / in lines.
    int before = 0, together = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QDateTime other = m_model->index(r).data(CalendarModel::LocalStartRole).toDateTime();
        const bool same = other.date() == local.date() &&
                          (m_mode == Mode::Month || other.time().hour() == local.time().hour());
        if (!same)
            continue;
        if (r < row)
            ++before;
        ++together;
    }
    if (m_mode == Mode::Week) {
        const qreal hh = hourHeight();
        const qreal y = day.top() + (local.time().hour() + local.time().minute() / 60.0) * hh;
        const qreal w = (day.width() - 4) / std::max(1, together);
        return QRectF(day.left() + 2 + w * before, y, w - 2, std::max<qreal>(hh - 2, 16)).toAlignedRect();
    }
    const int line = fontMetrics().height() + 4;
    const QRectF r(day.left() + 3, day.top() + line + before * line, day.width() - 6, line - 2);
    return r.bottom() <= day.bottom() ? r.toAlignedRect() : QRect();
}

int CalendarView::rowAt(const QPoint &pos) const
{
    if (!m_model)
        return -1;
    for (int r = m_model->rowCount() - 1; r >= 0; --r) {
        if (itemRect(r).contains(pos))
            return r;
    }
    return -1;
}

bool CalendarView::slotAt(const QPoint &pos, QDate *date, QTime *time) const
{
    for (QDate d = firstShown(); d <= lastShown(); d = d.addDays(1)) {
        const QRectF day = dayRect(d);
        if (!day.contains(pos))
            continue;
        *date = d;
        if (m_mode == Mode::Week) {
            // To the quarter hour.
            const int quarters = std::clamp(int((pos.y() - day.top()) / hourHeight() * 4.0), 0, 95);
            *time = QTime(quarters / 4, (quarters % 4) * 15);
        } else {
            *time = QTime(); // the month keeps the variant's own time of day
        }
        return true;
    }
    return false;
}

QPoint CalendarView::pointOf(const QDate &date, const QTime &time) const
{
    const QRectF day = dayRect(date);
    if (day.isNull())
        return {};
    if (m_mode == Mode::Week)
        return QPointF(day.left() + day.width() / 2,
                       day.top() + (time.hour() + time.minute() / 60.0) * hourHeight() + 2)
            .toPoint();
    return day.center().toPoint();
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    if (m_mode == Mode::Week)
        paintWeek(p);
    else
        paintMonth(p);
    if (m_model) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QRect rect = itemRect(r);
            if (!rect.isNull())
                paintItem(p, r, rect);
        }
    }
    // The variant being dragged, where it would land.
    if (m_dragging && m_model && m_dragRow >= 0) {
        QDate d;
        QTime t;
        if (slotAt(m_dragAt, &d, &t)) {
            if (!t.isValid())
                t = m_model->index(m_dragRow).data(CalendarModel::LocalStartRole).toDateTime().time();
            const QPoint at = pointOf(d, m_mode == Mode::Week ? t : QTime());
            QRect ghost = itemRect(m_dragRow);
            ghost.moveTopLeft(QPoint(at.x() - ghost.width() / 2, m_mode == Mode::Week ? at.y() : at.y()));
            QColor c = palette().highlight().color();
            c.setAlpha(90);
            p.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
            p.setBrush(c);
            p.drawRoundedRect(ghost, 3, 3);
            p.setPen(palette().text().color());
            p.drawText(ghost.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       QLocale().toString(d, QLocale::ShortFormat) + QLatin1Char(' ') +
                           t.toString(QStringLiteral("HH:mm")));
        }
    }
}

void CalendarView::paintWeek(QPainter &p)
{
    const QLocale locale;
    const QColor grid = palette().mid().color();
    const qreal hh = hourHeight();
    p.setPen(palette().text().color());
    for (int hour = 0; hour < 24; ++hour) {
        const qreal y = kHeader + hour * hh;
        p.setPen(QPen(grid, hour % 6 == 0 ? 1.0 : 0.4));
        p.drawLine(QPointF(kGutter, y), QPointF(width(), y));
        if (hh >= 12) {
            p.setPen(palette().placeholderText().color());
            p.drawText(QRectF(0, y, kGutter - 6, std::min<qreal>(hh, 16)), Qt::AlignRight | Qt::AlignTop,
                       QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
        }
    }
    for (QDate d = firstShown(); d <= lastShown(); d = d.addDays(1)) {
        const QRectF day = dayRect(d);
        if (d == QDate::currentDate())
            p.fillRect(day, QColor(255, 248, 214, 120));
        p.setPen(QPen(grid, 1));
        p.drawLine(day.topLeft(), day.bottomLeft());
        QFont f = font();
        f.setBold(d == QDate::currentDate());
        p.setFont(f);
        p.setPen(palette().text().color());
        p.drawText(QRectF(day.left(), 0, day.width(), kHeader), Qt::AlignCenter,
                   locale.toString(d, QStringLiteral("ddd d MMM")));
        p.setFont(font());
    }
}

void CalendarView::paintMonth(QPainter &p)
{
    const QLocale locale;
    const QColor grid = palette().mid().color();
    const qreal w = qreal(width()) / 7.0;
    for (int i = 0; i < 7; ++i)
        p.drawText(QRectF(w * i, 0, w, kHeader), Qt::AlignCenter, locale.dayName(i + 1, QLocale::ShortFormat));
    for (QDate d = firstShown(); d <= lastShown(); d = d.addDays(1)) {
        const QRectF cell = dayRect(d);
        if (d.month() != m_anchor.month())
            p.fillRect(cell, palette().alternateBase());
        if (d == QDate::currentDate())
            p.fillRect(cell, QColor(255, 248, 214, 160));
        p.setPen(QPen(grid, 0.6));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);
        p.setPen(d.month() == m_anchor.month() ? palette().text().color() : palette().placeholderText().color());
        p.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignTop | Qt::AlignRight, QString::number(d.day()));
    }
}

void CalendarView::paintItem(QPainter &p, int row, const QRectF &rect)
{
    const QModelIndex index = m_model->index(row);
    const bool movable = index.data(CalendarModel::MovableRole).toBool();
    const auto platform = domain::Platform(index.data(CalendarModel::PlatformRole).toInt());
    QColor fill = movable ? QColor(0xd6, 0xe6, 0xfb) : QColor(0xe0, 0xe0, 0xe0);
    if (m_dragging && row == m_dragRow)
        fill.setAlpha(110);
    // Approved but not scheduled: dashed, it goes nowhere until dropped or scheduled.
    p.setPen(QPen(movable ? QColor(0x3b, 0x6e, 0xc4) : QColor(0x90, 0x90, 0x90), 1,
                  index.data(CalendarModel::UnscheduledRole).toBool() ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(fill);
    p.drawRoundedRect(rect, 3, 3);
    QRectF text = rect.adjusted(3, 0, -2, 0);
    if (index.data(CalendarModel::PlatformRole).toInt() >= 0 && rect.height() >= 14) {
        const int s = std::min(14, int(rect.height()) - 2);
        p.drawPixmap(QPointF(text.left(), rect.center().y() - s / 2.0), platformIcon(platform).pixmap(s, s));
        text.setLeft(text.left() + s + 3);
    }
    p.setPen(QColor(0x20, 0x20, 0x20));
    p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
               fontMetrics().elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, int(text.width())));
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    m_dragRow = -1;
    m_dragging = false;
    if (event->button() != Qt::LeftButton || !m_model)
        return;
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && m_model->index(row).data(CalendarModel::MovableRole).toBool()) {
        m_dragRow = row;
        m_pressAt = event->position().toPoint();
    }
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_dragRow >= 0 && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (at - m_pressAt).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        m_dragAt = at;
        update();
        return;
    }
    const int row = rowAt(at);
    setCursor(row >= 0 && m_model && m_model->index(row).data(CalendarModel::MovableRole).toBool()
                  ? Qt::OpenHandCursor
                  : Qt::ArrowCursor);
    setToolTip(row >= 0 ? m_model->index(row).data(Qt::ToolTipRole).toString() : QString());
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    const int row = m_dragRow;
    const bool dragged = m_dragging;
    m_dragRow = -1;
    m_dragging = false;
    update();
    if (!dragged || row < 0 || !m_model)
        return;
    QDate date;
    QTime time;
    if (!slotAt(event->position().toPoint(), &date, &time))
        return;
    const QModelIndex index = m_model->index(row);
    if (!time.isValid())
        time = index.data(CalendarModel::LocalStartRole).toDateTime().time();
    m_model->reschedule(index.data(CalendarModel::VariantIdRole).toLongLong(), date, time);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && m_model)
        emit variantActivated(m_model->index(row).data(CalendarModel::VariantIdRole).toLongLong());
}

} // namespace ui
