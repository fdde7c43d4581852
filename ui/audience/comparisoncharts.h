#pragma once

#include "audience/dashboarddata.h"

#include <QList>

class QChart;

namespace ui::charts {

// The dashboard's charts for one or several accounts over a date range, each with hover values. Several
// accounts are overlaid in one chart (a line or a bar set per account); the side-by-side view calls them once
// per account. Each returns a new chart the caller owns.

// Followers over the range, a line per account, with a marker at each published post (hover: the post's title
// and its reach).
QChart *growthWithPosts(const QList<AccountFigures> &accounts, const QDate &from, const QDate &to, bool dark);

// Shares of one dimension of each account's latest snapshot in the range, in percent of its sample (of its
// verified followers for kinds), the `limit` largest across accounts. Says "not available" when the platform no
// longer serves the breakdown, and "no data" when there is none.
QChart *shareComparison(const QList<AccountFigures> &accounts, domain::AudienceDimension dimension,
                        const QString &title, int limit, bool dark);

// Reach (impressions where the platform gives no reach) per post as bars coloured by account, engagement
// (reactions, comments, shares, quotes) as a line on its own axis; the latest `limit` posts of the range.
QChart *postPerformance(const QList<AccountFigures> &accounts, int limit, bool dark);

// What came back in the inbox by stance, per day — per week when the range is longer than six weeks.
QChart *stanceOverRange(const QList<store::StanceDay> &days, const QDate &from, const QDate &to, bool dark);

// The label of a share's key as the dashboards show it (country name, "London (GB)" with the city in the
// interface's language, interest, kind).
QString shareLabel(domain::AudienceDimension dimension, const QString &key);

} // namespace ui::charts
