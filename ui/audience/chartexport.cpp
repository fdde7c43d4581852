#include "audience/chartexport.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QXYSeries>

namespace ui::chartexport {

namespace {
// RFC 4180: quote a field that holds a comma, a quote or a line break.
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString csvFromXY(const QList<QXYSeries *> &series)
{
    // The x values of line charts here are times (ms since the epoch): written as dates.
    QMap<double, QStringList> rows;
    QStringList header{QCoreApplication::translate("audience", "Date")};
    for (qsizetype s = 0; s < series.size(); ++s) {
        header << field(series[s]->name());
        for (const QPointF &p : series[s]->points()) {
            QStringList &row = rows[p.x()];
            row.resize(series.size());
            row[s] = QString::number(p.y(), 'g', 12);
        }
    }
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString date =
            QDateTime::fromMSecsSinceEpoch(qint64(it.key()), Qt::UTC).date().toString(Qt::ISODate);
        out += date + QLatin1Char(',') + it.value().join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString csvFromBars(const QChart *chart, QAbstractBarSeries *series)
{
    QStringList categories;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            categories = c->categories();
    }
    QStringList header{QCoreApplication::translate("audience", "Category")};
    for (QBarSet *set : series->barSets())
        header << field(set->label());
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QStringList row{field(categories[i])};
        for (QBarSet *set : series->barSets())
            row << (i < set->count() ? QString::number(set->at(int(i)), 'g', 12) : QString());
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // A byte order mark, so spreadsheet programs read Cyrillic and Chinese as UTF-8.
    return file.write("\xEF\xBB\xBF") == 3 && file.write(text.toUtf8()) >= 0 && file.flush();
}
} // namespace

QString toCsv(const QChart *chart)
{
    QList<QXYSeries *> xy;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return csvFromBars(chart, bars);
        if (auto *line = qobject_cast<QXYSeries *>(s))
            xy << line;
    }
    return csvFromXY(xy);
}

bool savePng(QChartView *view, const QString &path)
{
    return view->grab().save(path, "PNG");
}

bool saveSvg(QChartView *view, const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(view->size());
    svg.setViewBox(view->rect());
    svg.setTitle(view->chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    view->render(&painter);
    return painter.end();
}

bool saveCsv(const QChart *chart, const QString &path)
{
    return writeText(path, toCsv(chart));
}

void addExportMenu(QChartView *view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view](const QPoint &at) {
        QMenu menu(view);
        auto save = [view](const QString &filter, bool (*write)(QChartView *, const QString &)) {
            const QString name =
                view->chart()->title().isEmpty() ? QStringLiteral("chart") : view->chart()->title();
            const QString path = QFileDialog::getSaveFileName(
                view, QCoreApplication::translate("audience", "Export"), name, filter);
            if (!path.isEmpty() && !write(view, path))
                QMessageBox::warning(
                    view, QCoreApplication::translate("audience", "Export"),
                    QCoreApplication::translate("audience", "“%1” could not be written.").arg(path));
        };
        menu.addAction(QCoreApplication::translate("audience", "Save as PNG…"), view,
                       [save] { save(QStringLiteral("PNG (*.png)"), &savePng); });
        menu.addAction(QCoreApplication::translate("audience", "Save as SVG…"), view,
                       [save] { save(QStringLiteral("SVG (*.svg)"), &saveSvg); });
        menu.addAction(QCoreApplication::translate("audience", "Save data as CSV…"), view, [save] {
            save(QStringLiteral("CSV (*.csv)"),
                 [](QChartView *v, const QString &path) { return saveCsv(v->chart(), path); });
        });
        menu.exec(view->mapToGlobal(at));
    });
}

} // namespace ui::chartexport
