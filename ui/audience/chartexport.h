#pragma once

#include <QString>

class QChart;
class QChartView;

namespace ui::chartexport {

// A chart as a picture for a report (PNG), as a drawing that scales (SVG), and its figures as CSV for a
// spreadsheet. Each returns false when the file cannot be written.
bool savePng(QChartView *view, const QString &path);
bool saveSvg(QChartView *view, const QString &path);
bool saveCsv(const QChart *chart, const QString &path);
// The CSV text: a header, then one row per point or category, one column per series or bar set.
QString toCsv(const QChart *chart);

// Adds "Save as PNG / SVG / CSV…" to the chart's context menu.
void addExportMenu(QChartView *view);

} // namespace ui::chartexport
