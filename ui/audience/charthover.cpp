#include "audience/charthover.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QToolTip>
#include <QXYSeries>

namespace ui::charthover {

void onBars(QAbstractBarSeries *series, std::function<QString(QBarSet *, int)> text)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [text = std::move(text)](bool status, int index, QBarSet *set) {
                         if (status)
                             QToolTip::showText(QCursor::pos(), text(set, index));
                         else
                             QToolTip::hideText();
                     });
}

void onPoints(QXYSeries *series, std::function<QString(const QPointF &)> text)
{
    QObject::connect(series, &QXYSeries::hovered, series,
                     [text = std::move(text)](const QPointF &point, bool state) {
                         if (state)
                             QToolTip::showText(QCursor::pos(), text(point));
                         else
                             QToolTip::hideText();
                     });
}

} // namespace ui::charthover
