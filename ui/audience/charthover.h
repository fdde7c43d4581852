#pragma once

#include <QString>
#include <functional>

class QAbstractBarSeries;
class QBarSet;
class QXYSeries;
class QPointF;

namespace ui::charthover {

// Hover values: the chart shows a tooltip with the figure under the mouse (bars and points), as the
// supervisors asked — a number read off an axis is never exact. The text function gets the bar set and the
// category index, or the point; it lives as long as the series.
void onBars(QAbstractBarSeries *series, std::function<QString(QBarSet *set, int index)> text);
void onPoints(QXYSeries *series, std::function<QString(const QPointF &point)> text);

} // namespace ui::charthover
