#include "audience/audiencecharts.h"

#include "audience/audiencelabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace ui::charts {

namespace {
void style(QChart *chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
}

QString labelFor(domain::AudienceDimension dimension, const QString &key)
{
    switch (dimension) {
    case domain::AudienceDimension::Country:
        return countryName(key);
    case domain::AudienceDimension::City:
        return QStringLiteral("%1 (%2)").arg(key.section(QLatin1Char('/'), 1),
                                             key.section(QLatin1Char('/'), 0, 0));
    case domain::AudienceDimension::Interest:
        return interestName(key);
    case domain::AudienceDimension::VerifiedKind:
        return verifiedKindName(key);
    }
    return key;
}
} // namespace

QChart *followerGrowth(const QList<AccountHistory> &histories, bool dark)
{
    auto *chart = new QChart;
    style(chart, dark);
    chart->setTitle(QCoreApplication::translate("audience", "Followers over the year"));
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(7);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 top = 0;
    QDateTime first, last;
    for (const auto &h : histories) {
        if (h.points.isEmpty())
            continue;
        auto *series = new QLineSeries;
        series->setName(h.account.displayName);
        for (const auto &p : h.points) {
            series->append(double(p.at.toMSecsSinceEpoch()), double(p.followers));
            top = std::max(top, p.followers);
        }
        if (!first.isValid() || h.points.first().at < first)
            first = h.points.first().at;
        if (!last.isValid() || h.points.last().at > last)
            last = h.points.last().at;
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (first.isValid())
        x->setRange(first, last);
    y->setRange(0, double(top) * 1.1);
    y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *shareBars(const domain::AudienceSnapshot &snapshot, domain::AudienceDimension dimension,
                  const QString &title, int limit, bool dark)
{
    auto *chart = new QChart;
    style(chart, dark);
    chart->setTitle(title);
    chart->legend()->hide();
    QList<domain::AudienceShare> shares;
    for (const auto &s : snapshot.shares) {
        if (s.dimension == dimension)
            shares << s;
    }
    std::stable_sort(shares.begin(), shares.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    // Verified kinds are shares of the verified followers; everything else of the sample.
    qint64 total = dimension == domain::AudienceDimension::VerifiedKind ? snapshot.verifiedFollowers
                                                                        : snapshot.sampleSize;
    if (total <= 0)
        total = 1;
    auto *set = new QBarSet(title);
    QStringList categories;
    qint64 rest = 0;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        if (i < limit) {
            categories << labelFor(dimension, shares[i].key);
            *set << 100.0 * double(shares[i].count) / double(total);
        } else {
            rest += shares[i].count;
        }
    }
    if (rest > 0 && dimension == domain::AudienceDimension::Country) {
        categories << QCoreApplication::translate("audience", "Other countries");
        *set << 100.0 * double(rest) / double(total);
    }
    // Horizontal bars read top-down in the order given bottom-up: reverse so the largest is on top.
    std::reverse(categories.begin(), categories.end());
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.prepend(set->at(i));
    set->remove(0, set->count());
    set->append(values);
    set->setLabelColor(dark ? Qt::white : Qt::black);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(2);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    // Qt Charts elides a category that is taller than its band: a slightly smaller font keeps names whole.
    QFont labelFont = axisY->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    axisY->setLabelsFont(labelFont);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d%"));
    double maxValue = 0;
    for (qreal v : values)
        maxValue = std::max(maxValue, double(v));
    axisX->setRange(0, std::max(10.0, maxValue * 1.15));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    return chart;
}

QChart *stanceMix(const QList<store::StanceDay> &days, const QDate &from, const QDate &to, bool dark)
{
    auto *chart = new QChart;
    style(chart, dark);
    chart->setTitle(QCoreApplication::translate("audience", "Opinion in the inbox, per day"));
    using domain::Stance;
    const struct
    {
        Stance stance;
        QColor colour;
    } order[] = {{Stance::Criticism, QColor(0xc0, 0x39, 0x2b)},
                 {Stance::Question, QColor(0xe6, 0x7e, 0x22)},
                 {Stance::Support, QColor(0x27, 0xae, 0x60)},
                 {Stance::Neutral, QColor(0x95, 0xa5, 0xa6)}};
    QStringList categories;
    for (QDate d = from; d <= to; d = d.addDays(1))
        categories << QLocale().toString(d, QStringLiteral("d MMM"));
    auto *series = new QStackedBarSeries;
    double top = 0;
    QList<double> totals(categories.size(), 0.0);
    for (const auto &o : order) {
        auto *set = new QBarSet(domain::stanceDisplayName(o.stance));
        set->setColor(o.colour);
        set->setBorderColor(o.colour);
        QList<qreal> values(categories.size(), 0.0);
        for (const auto &d : days) {
            const qint64 index = from.daysTo(d.day);
            if (d.stance == o.stance && index >= 0 && index < values.size())
                values[index] += double(d.count);
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            totals[i] += values[i];
        set->append(values);
        series->append(set);
    }
    for (double t : totals)
        top = std::max(top, t);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max(5.0, top * 1.1));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace ui::charts
