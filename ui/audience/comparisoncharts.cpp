#include "audience/comparisoncharts.h"

#include "audience/audiencelabels.h"
#include "audience/charthover.h"
#include "audience/citynames.h"
#include "domain/platform.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
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

// The series colours of the theme, so a line, its markers and its bars share the account's colour.
QColor accountColour(const QChart *chart, qsizetype index, bool dark)
{
    static const QColor light[] = {QColor(0x20, 0x9f, 0xdf), QColor(0x99, 0xca, 0x53),
                                   QColor(0xf6, 0xa6, 0x25), QColor(0x6d, 0x5f, 0xd5),
                                   QColor(0xbf, 0x59, 0x3e)};
    static const QColor darkColours[] = {QColor(0x38, 0xad, 0x6b), QColor(0x3c, 0x84, 0xa7),
                                         QColor(0xeb, 0x8b, 0x22), QColor(0xa4, 0x6f, 0xd8),
                                         QColor(0xe5, 0x5b, 0x5b)};
    Q_UNUSED(chart)
    return dark ? darkColours[index % 5] : light[index % 5];
}

// A bar set of the account at `index`, in its colour.
QBarSet *accountBars(const QChart *chart, const QList<AccountFigures> &accounts, qsizetype index, bool dark)
{
    auto *set = new QBarSet(accounts[index].account.displayName);
    set->setColor(accountColour(chart, index, dark));
    set->setBorderColor(accountColour(chart, index, dark));
    return set;
}

// A value axis of whole counts from zero to a round number above `top` (at least `atLeast`).
QValueAxis *countAxis(double top, double atLeast, const QString &title = {})
{
    auto *axis = new QValueAxis;
    if (!title.isEmpty())
        axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(atLeast, top * 1.1));
    axis->applyNiceNumbers();
    return axis;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double p)
{
    return QLocale().toString(p, 'f', 1) + QLatin1Char('%');
}

// Followers at a moment, interpolated between the snapshots around it.
double followersAt(const QList<store::FollowerPoint> &history, const QDateTime &at)
{
    if (history.isEmpty())
        return 0;
    if (at <= history.first().at)
        return double(history.first().followers);
    for (qsizetype i = 1; i < history.size(); ++i) {
        if (at <= history[i].at) {
            const auto &a = history[i - 1], &b = history[i];
            const double span = double(a.at.msecsTo(b.at));
            const double t = span > 0 ? double(a.at.msecsTo(at)) / span : 0;
            return double(a.followers) + t * double(b.followers - a.followers);
        }
    }
    return double(history.last().followers);
}

// The data point of a series nearest to x (hover gives the mouse's position, not the point's).
QPointF nearest(const QXYSeries *series, const QPointF &at)
{
    QPointF best = at;
    double distance = std::numeric_limits<double>::max();
    for (const QPointF &p : series->points()) {
        const double d = std::abs(p.x() - at.x());
        if (d < distance) {
            distance = d;
            best = p;
        }
    }
    return best;
}

QString unavailableNote(const QList<AccountFigures> &accounts, domain::AudienceDimension dimension)
{
    QStringList platforms;
    for (const auto &a : accounts) {
        if (a.snapshot.unavailable.contains(dimension)) {
            const QString name = domain::platformDisplayName(a.account.platform);
            if (!platforms.contains(name))
                platforms << name;
        }
    }
    if (platforms.isEmpty())
        return {};
    return QCoreApplication::translate("audience", "not available: %1 no longer reports it")
        .arg(platforms.join(QStringLiteral(", ")));
}

} // namespace

QString shareLabel(domain::AudienceDimension dimension, const QString &key)
{
    switch (dimension) {
    case domain::AudienceDimension::Country:
        return countryName(key);
    case domain::AudienceDimension::City:
        return QStringLiteral("%1 (%2)").arg(audience::cityDisplayName(key.section(QLatin1Char('/'), 1)),
                                             key.section(QLatin1Char('/'), 0, 0));
    case domain::AudienceDimension::Interest:
        return interestName(key);
    case domain::AudienceDimension::VerifiedKind:
        return verifiedKindName(key);
    }
    return key;
}

QChart *growthWithPosts(const QList<AccountFigures> &accounts, const QDate &from, const QDate &to, bool dark)
{
    auto *chart = new QChart;
    style(chart, dark);
    chart->setTitle(QCoreApplication::translate("audience", "Followers, with published posts marked"));
    auto *x = new QDateTimeAxis;
    x->setFormat(from.daysTo(to) > 120 ? QStringLiteral("MMM yy") : QStringLiteral("d MMM"));
    x->setTickCount(7);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 top = 0, bottom = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const AccountFigures &a = accounts[i];
        if (a.history.isEmpty())
            continue;
        const QColor colour = accountColour(chart, i, dark);
        auto *line = new QLineSeries;
        line->setName(a.account.displayName);
        line->setColor(colour);
        for (const auto &p : a.history) {
            line->append(double(p.at.toMSecsSinceEpoch()), double(p.followers));
            top = std::max(top, p.followers);
            bottom = std::min(bottom, p.followers);
        }
        const QString name = a.account.displayName;
        charthover::onPoints(line, [line, name](const QPointF &at) {
            const QPointF p = nearest(line, at);
            return QCoreApplication::translate("audience", "%1, %2: %3 followers")
                .arg(name,
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC).date(),
                                        QLocale::ShortFormat),
                     number(qint64(p.y())));
        });
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        if (a.published.isEmpty())
            continue;
        // The posts on the line, so a jump can be read against what was published.
        auto *marks = new QScatterSeries;
        marks->setName(QCoreApplication::translate("audience", "%1: posts").arg(a.account.displayName));
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(9);
        marks->setColor(colour.darker(dark ? 70 : 130));
        marks->setBorderColor(dark ? Qt::white : Qt::black);
        QHash<qint64, QString> describe; // by x
        for (const auto &post : a.published) {
            const double at = double(post.publishedAt.toMSecsSinceEpoch());
            marks->append(at, followersAt(a.history, post.publishedAt));
            QString text = QCoreApplication::translate("audience", "%1 — “%2”, %3")
                               .arg(name, post.title,
                                    QLocale().toString(post.publishedAt.toLocalTime(), QLocale::ShortFormat));
            for (const auto &m : a.metrics) {
                if (m.remoteId == post.remoteId) {
                    const qint64 reach = m.reach >= 0 ? m.reach : m.impressions;
                    text += QLatin1Char('\n') +
                            QCoreApplication::translate("audience", "reach %1, engagement %2")
                                .arg(number(std::max<qint64>(reach, 0)), number(m.engagement()));
                }
            }
            describe.insert(qint64(at), text);
        }
        charthover::onPoints(marks, [marks, describe](const QPointF &at) {
            return describe.value(qint64(nearest(marks, at).x()));
        });
        chart->addSeries(marks);
        marks->attachAxis(x);
        marks->attachAxis(y);
    }
    x->setRange(QDateTime(from, QTime(0, 0), Qt::UTC), QDateTime(to, QTime(23, 59), Qt::UTC));
    if (top == 0)
        bottom = 0;
    // Growth is the point: start the axis near the lowest figure rather than at zero.
    const double low = bottom == std::numeric_limits<qint64>::max() ? 0 : double(bottom) * 0.9;
    y->setRange(low, std::max(10.0, double(top) * 1.05));
    y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *shareComparison(const QList<AccountFigures> &accounts, domain::AudienceDimension dimension,
                        const QString &title, int limit, bool dark)
{
    using D = domain::AudienceDimension;
    auto *chart = new QChart;
    style(chart, dark);
    // Percent of each account's total, and counts for the tooltips.
    struct Figures
    {
        QHash<QString, double> percent;
        QHash<QString, qint64> count;
        qint64 total = 0;
    };
    QList<Figures> figures;
    QHash<QString, double> weight;
    for (const auto &a : accounts) {
        Figures f;
        f.total = dimension == D::VerifiedKind ? a.snapshot.verifiedFollowers : a.snapshot.sampleSize;
        for (const auto &s : a.snapshot.shares) {
            if (s.dimension != dimension || f.total <= 0)
                continue;
            // One decimal is what a share means; more would be noise on the bars.
            const double p = std::round(1000.0 * double(s.count) / double(f.total)) / 10.0;
            f.percent.insert(s.key, p);
            f.count.insert(s.key, s.count);
            weight[s.key] += p;
        }
        figures << f;
    }
    QStringList keys = weight.keys();
    std::sort(keys.begin(), keys.end(), [&weight](const QString &a, const QString &b) {
        return weight.value(a) != weight.value(b) ? weight.value(a) > weight.value(b) : a < b;
    });
    const bool other = dimension == D::Country && keys.size() > limit;
    keys = keys.mid(0, limit);
    const QString note = unavailableNote(accounts, dimension);
    if (keys.isEmpty()) {
        chart->setTitle(
            title + QStringLiteral(" — ") +
            (note.isEmpty() ? QCoreApplication::translate("audience", "no data in this range") : note));
        chart->legend()->hide();
        return chart;
    }
    chart->setTitle(note.isEmpty() ? title : title + QStringLiteral(" — ") + note);
    // Horizontal bars are drawn bottom-up: the largest goes last so it is on top.
    std::reverse(keys.begin(), keys.end());
    QStringList categories;
    if (other)
        categories << QCoreApplication::translate("audience", "Other countries");
    for (const QString &k : keys)
        categories << shareLabel(dimension, k);
    auto *series = new QHorizontalBarSeries;
    double maxValue = 0;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        auto *set = accountBars(chart, accounts, i, dark);
        set->setLabelColor(dark ? Qt::white : Qt::black);
        const Figures &f = figures[i];
        if (other) {
            double rest = f.total > 0 ? 100.0 : 0.0;
            for (auto it = f.percent.cbegin(); it != f.percent.cend(); ++it) {
                if (keys.contains(it.key()))
                    rest -= it.value();
            }
            // "unknown" is part of the countries' total, so the rest is what the top countries leave.
            *set << std::max(0.0, rest);
            maxValue = std::max(maxValue, rest);
        }
        for (const QString &k : keys) {
            *set << f.percent.value(k);
            maxValue = std::max(maxValue, f.percent.value(k));
        }
        series->append(set);
    }
    // Values on the bars when they are few enough to read; hover always.
    series->setLabelsVisible(accounts.size() == 1);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    const QList<QString> keyOrder = keys;
    charthover::onBars(series, [figures, categories, keyOrder, other, accounts](QBarSet *set, int index) {
        qsizetype account = 0;
        for (; account < accounts.size(); ++account) {
            if (accounts[account].account.displayName == set->label())
                break;
        }
        QString text =
            QStringLiteral("%1 — %2: %3").arg(set->label(), categories.value(index), percent(set->at(index)));
        const qsizetype keyIndex = other ? index - 1 : index;
        if (account < figures.size() && keyIndex >= 0 && keyIndex < keyOrder.size())
            text += QLatin1Char('\n') + QCoreApplication::translate("audience", "%1 of %2")
                                            .arg(number(figures[account].count.value(keyOrder[keyIndex])),
                                                 number(figures[account].total));
        return text;
    });
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QFont labelFont = axisY->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    axisY->setLabelsFont(labelFont);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d%"));
    axisX->setRange(0, std::max(10.0, maxValue * 1.15));
    axisX->applyNiceNumbers(); // ticks at round percentages
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    if (accounts.size() > 1)
        chart->legend()->setAlignment(Qt::AlignBottom);
    else
        chart->legend()->hide();
    return chart;
}

QChart *postPerformance(const QList<AccountFigures> &accounts, int limit, bool dark)
{
    auto *chart = new QChart;
    style(chart, dark);
    chart->setTitle(QCoreApplication::translate("audience", "Reach and engagement per post"));
    struct Item
    {
        qsizetype account;
        store::PostMetric metric;
    };
    QList<Item> items;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        for (const auto &m : accounts[i].metrics)
            items.append({i, m});
    }
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.metric.publishedAt < b.metric.publishedAt; });
    if (items.size() > limit)
        items = items.mid(items.size() - limit);
    if (items.isEmpty()) {
        chart->setTitle(chart->title() + QStringLiteral(" — ") +
                        QCoreApplication::translate("audience", "no published posts measured in this range"));
        chart->legend()->hide();
        return chart;
    }
    QStringList categories;
    for (const Item &item : items) {
        QString label =
            QLocale().toString(item.metric.publishedAt.toLocalTime().date(), QStringLiteral("d MMM"));
        // Category names must be unique.
        QString unique = label;
        for (int n = 2; categories.contains(unique); ++n)
            unique = label + QStringLiteral(" (%1)").arg(n);
        categories << unique;
    }
    // One bar set per account, stacked: each post has a bar of its own account's colour only.
    auto *bars = new QStackedBarSeries;
    double top = 0;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        auto *set = accountBars(chart, accounts, i, dark);
        for (const Item &item : items) {
            const qint64 reach = item.metric.reach >= 0 ? item.metric.reach : item.metric.impressions;
            const double value = item.account == i ? double(std::max<qint64>(reach, 0)) : 0.0;
            *set << value;
            top = std::max(top, value);
        }
        bars->append(set);
    }
    auto describe = [items, accounts](int index) {
        if (index < 0 || index >= items.size())
            return QString();
        const store::PostMetric &m = items[index].metric;
        QString text = QStringLiteral("%1 — %2").arg(accounts[items[index].account].account.displayName,
                                                     m.title.isEmpty() ? m.remoteId : m.title);
        text += QLatin1Char('\n') + QLocale().toString(m.publishedAt.toLocalTime(), QLocale::ShortFormat);
        if (m.reach >= 0)
            text +=
                QLatin1Char('\n') + QCoreApplication::translate("audience", "Reach: %1").arg(number(m.reach));
        if (m.impressions >= 0)
            text += QLatin1Char('\n') +
                    QCoreApplication::translate("audience", "Impressions: %1").arg(number(m.impressions));
        text += QLatin1Char('\n') +
                QCoreApplication::translate("audience", "Reactions %1, comments %2, shares %3")
                    .arg(number(std::max<qint64>(m.reactions, 0)), number(std::max<qint64>(m.comments, 0)),
                         number(std::max<qint64>(m.shares, 0)));
        if (m.quotes >= 0)
            text += QLatin1Char('\n') +
                    QCoreApplication::translate("audience", "Quotes: %1").arg(number(m.quotes));
        return text;
    };
    charthover::onBars(bars, [describe](QBarSet *, int index) { return describe(index); });
    chart->addSeries(bars);
    auto *engagement = new QLineSeries;
    engagement->setName(QCoreApplication::translate("audience", "Engagement"));
    engagement->setPointsVisible(true);
    engagement->setColor(dark ? QColor(0xf1, 0xc4, 0x0f) : QColor(0xc0, 0x39, 0x2b));
    double topEngagement = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        engagement->append(double(i), double(items[i].metric.engagement()));
        topEngagement = std::max(topEngagement, double(items[i].metric.engagement()));
    }
    charthover::onPoints(engagement, [engagement, describe](const QPointF &at) {
        return describe(int(std::lround(nearest(engagement, at).x())));
    });
    chart->addSeries(engagement);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 8 ? -90 : 0);
    auto *y = countAxis(top, 10.0, QCoreApplication::translate("audience", "Reach"));
    auto *y2 = countAxis(topEngagement, 10.0, QCoreApplication::translate("audience", "Engagement"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(y2, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    engagement->attachAxis(x);
    engagement->attachAxis(y2);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *stanceOverRange(const QList<store::StanceDay> &days, const QDate &from, const QDate &to, bool dark)
{
    auto *chart = new QChart;
    style(chart, dark);
    const bool weekly = from.daysTo(to) > 42;
    chart->setTitle(weekly ? QCoreApplication::translate("audience", "Opinion in the inbox, per week")
                           : QCoreApplication::translate("audience", "Opinion in the inbox, per day"));
    using domain::Stance;
    const struct
    {
        Stance stance;
        QColor colour;
    } order[] = {{Stance::Criticism, QColor(0xc0, 0x39, 0x2b)},
                 {Stance::Question, QColor(0xe6, 0x7e, 0x22)},
                 {Stance::Support, QColor(0x27, 0xae, 0x60)},
                 {Stance::Neutral, QColor(0x95, 0xa5, 0xa6)}};
    // Buckets: days, or weeks starting on Monday.
    const QDate first = weekly ? from.addDays(1 - from.dayOfWeek()) : from;
    const int step = weekly ? 7 : 1;
    QStringList categories;
    for (QDate d = first; d <= to; d = d.addDays(step))
        categories << QLocale().toString(d, QStringLiteral("d MMM")); // a week is named by its Monday
    auto *series = new QStackedBarSeries;
    QList<double> totals(categories.size(), 0.0);
    for (const auto &o : order) {
        auto *set = new QBarSet(domain::stanceDisplayName(o.stance));
        set->setColor(o.colour);
        set->setBorderColor(o.colour);
        QList<qreal> values(categories.size(), 0.0);
        for (const auto &d : days) {
            const qint64 index = first.daysTo(d.day) / step;
            if (d.stance == o.stance && d.day >= from && index >= 0 && index < values.size())
                values[index] += double(d.count);
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            totals[i] += values[i];
        set->append(values);
        series->append(set);
    }
    charthover::onBars(series, [categories, totals](QBarSet *set, int index) {
        return QCoreApplication::translate("audience", "%1, %2: %3 of %4")
            .arg(categories.value(index), set->label(), number(qint64(set->at(index))),
                 number(qint64(totals.value(index))));
    });
    double top = 0;
    for (double t : totals)
        top = std::max(top, t);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 16 ? -90 : 0);
    auto *y = countAxis(top, 5.0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace ui::charts
