#include "audience/dashboarddata.h"

#include "store/database.h"

namespace ui {

namespace {
QDateTime startOf(const QDate &day)
{
    return day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC) : QDateTime();
}
QDateTime endOf(const QDate &day)
{
    return day.isValid() ? QDateTime(day, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime();
}
} // namespace

DashboardData loadDashboard(const store::Database &database, const DashboardQuery &query)
{
    DashboardData data;
    data.query = query;
    const store::AudienceRepository audience(database);
    const store::PostMetricsRepository posts(database);
    // An open start still needs a time for the inbox query: the epoch.
    const QDateTime from = query.from.isValid() ? startOf(query.from) : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const QDateTime to = endOf(query.to);
    for (const domain::Account &account : query.all) {
        auto history = audience.followerHistory(account.id);
        if (!history) {
            data.errors << history.error().message;
            continue;
        }
        const bool compared = query.selected.contains(account.id);
        QList<store::FollowerPoint> inRange;
        for (const auto &p : std::as_const(*history)) {
            if ((!from.isValid() || p.at >= from) && (!to.isValid() || p.at <= to))
                inRange << p;
        }
        // The summary is as of the range's end: followers then, and 30 days before.
        if (!inRange.isEmpty()) {
            AudienceSummaryModel::Row row{account, inRange.last().followers, inRange.first().followers,
                                          inRange.last().verifiedFollowers, 0};
            const QDateTime monthAgo = inRange.last().at.addDays(-30);
            for (const auto &p : std::as_const(*history)) {
                if (p.at <= monthAgo)
                    row.followersMonthAgo = p.followers;
            }
            data.summary << row;
        }
        if (!compared)
            continue;
        AccountFigures figures;
        figures.account = account;
        figures.history = inRange;
        if (auto latest = audience.latest(account.id, to))
            figures.snapshot = std::move(latest).value();
        else
            data.errors << latest.error().message;
        if (auto metrics = posts.forAccount(account.id, from, to))
            figures.metrics = std::move(metrics).value();
        else
            data.errors << metrics.error().message;
        if (auto published = posts.published(account.id, from, to))
            figures.published = std::move(published).value();
        else
            data.errors << published.error().message;
        data.accounts << figures;
    }
    // The summary's sample column: the snapshot its shares come from.
    for (auto &row : data.summary) {
        for (const auto &figures : std::as_const(data.accounts)) {
            if (figures.account.id == row.account.id)
                row.sample = figures.snapshot.sampleSize;
        }
        if (row.sample == 0) {
            if (const auto latest = audience.latest(row.account.id, to))
                row.sample = latest->sampleSize;
        }
    }
    // Compared accounts in the order they were picked.
    std::stable_sort(data.accounts.begin(), data.accounts.end(), [&query](const auto &a, const auto &b) {
        return query.selected.indexOf(a.account.id) < query.selected.indexOf(b.account.id);
    });
    if (auto days = store::MentionRepository(database).stanceByDay(from)) {
        for (const auto &d : std::as_const(*days)) {
            if (!query.to.isValid() || d.day <= query.to)
                data.stance << d;
        }
    } else {
        data.errors << days.error().message;
    }
    return data;
}

} // namespace ui
