#pragma once

#include <QDate>
#include <QPointer>
#include <QTime>
#include <QWidget>

namespace ui {

class CalendarModel;

// Draws a CalendarModel as a week (seven day columns, the hours down the side, each variant at its time) or a
// month (six weeks of day cells, each listing its variants). A movable variant is dragged with the mouse to
// another day and time (week: to the quarter hour; month: another day, same time) and dropped through the
// model, which applies the scheduling rules.
class CalendarView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarView)
public:
    enum class Mode { Week, Month };

    explicit CalendarView(QWidget *parent = nullptr);

    void setModel(CalendarModel *model);
    CalendarModel *model() const { return m_model; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Shows the week (from its Monday) or the month containing date, and sets the model's range.
    void setAnchor(const QDate &date);
    QDate anchor() const { return m_anchor; }
    QDate firstShown() const;
    QDate lastShown() const;

    // Geometry, for drawing, the mouse and tests: where a model row is drawn, which row is at a point, and the
    // date and time a point stands for (false outside the days).
    QRect itemRect(int row) const;
    int rowAt(const QPoint &pos) const;
    bool slotAt(const QPoint &pos, QDate *date, QTime *time) const;
    // The point at the top left of a date and time's slot (week) or cell (month).
    QPoint pointOf(const QDate &date, const QTime &time) const;

signals:
    void variantActivated(qint64 variantId);
    void rangeChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {900, 560}; }

private:
    static constexpr int kHeader = 26;
    static constexpr int kGutter = 48;
    QRectF dayRect(const QDate &date) const; // the column (week) or cell (month) of a date
    qreal hourHeight() const;
    void paintWeek(QPainter &p);
    void paintMonth(QPainter &p);
    void paintItem(QPainter &p, int row, const QRectF &rect);

    QPointer<CalendarModel> m_model;
    Mode m_mode = Mode::Week;
    QDate m_anchor;
    int m_dragRow = -1;
    QPoint m_pressAt;
    QPoint m_dragAt;
    bool m_dragging = false;
};

} // namespace ui
