#pragma once

#include "domain/account.h"
#include "domain/audience.h"
#include "store/audiencerepository.h"
#include "store/mentionrepository.h"

#include <QList>

class QChart;

namespace ui {

// Builders of the dashboard's charts from aggregate audience data. Each returns a new chart the caller owns.
namespace charts {

struct AccountHistory
{
    domain::Account account;
    QList<store::FollowerPoint> points;
};

// Followers over time, one line per account.
QChart *followerGrowth(const QList<AccountHistory> &histories, bool dark);
// Shares of one dimension of a snapshot as horizontal bars (percent of the sample), the top `limit` and
// "other".
QChart *shareBars(const domain::AudienceSnapshot &snapshot, domain::AudienceDimension dimension,
                  const QString &title, int limit, bool dark);

// What came back per day, stacked by stance (criticism, questions, support, neutral): the week's opinion.
QChart *stanceMix(const QList<store::StanceDay> &days, const QDate &from, const QDate &to, bool dark);

} // namespace charts
} // namespace ui
