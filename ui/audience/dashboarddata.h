#pragma once

#include "audience/audiencesummarymodel.h"
#include "domain/account.h"
#include "domain/audience.h"
#include "store/audiencerepository.h"
#include "store/mentionrepository.h"
#include "store/postmetricsrepository.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace store {
class Database;
}

namespace ui {

// What the Dashboards pane asks: which accounts, over which days.
struct DashboardQuery
{
    QList<domain::Account> all;      // every account, for the summary table
    QList<qint64> selected;          // the accounts compared in the charts
    QDate from;                      // inclusive, in UTC days
    QDate to;                        // inclusive
};

// One compared account's figures in the range.
struct AccountFigures
{
    domain::Account account;
    QList<store::FollowerPoint> history;     // snapshots in the range
    domain::AudienceSnapshot snapshot;       // the latest at or before the range's end (id 0: none)
    QList<store::PostMetric> metrics;        // posts published in the range, with their reach and engagement
    QList<store::PublishedPost> published;   // variants published in the range (markers on the growth chart)
};

// Everything one refresh of the dashboards reads, as plain values: built by loadDashboard on any thread with
// that thread's own connection, turned into models and charts on the GUI thread.
struct DashboardData
{
    DashboardQuery query;
    QList<AudienceSummaryModel::Row> summary;
    QList<AccountFigures> accounts;          // in the order of query.selected
    QList<store::StanceDay> stance;          // per day in the range
    QStringList errors;                      // what could not be read, for the status bar
};

DashboardData loadDashboard(const store::Database &database, const DashboardQuery &query);

} // namespace ui
