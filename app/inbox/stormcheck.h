#pragma once

#include <QDateTime>
#include <QString>

namespace store {
class Database;
}

namespace inbox {

// Whether criticism is surging: the last hour against the hourly average of the 24 hours before it. A storm
// needs both a multiple of the baseline and a minimum number, so three angry posts on a quiet night raise no
// alarm.
struct StormCheck
{
    qint64 lastHour = 0;
    double baselinePerHour = 0;
    double multiple = 3.0;
    bool storm = false;

    static StormCheck evaluate(qint64 lastHour, qint64 previousDay, double multiple, qint64 minimum = 10);
    // Reads the counts from the workspace (multiple from the setting "inbox.storm_multiple", default 3).
    static StormCheck read(const store::Database &database,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // One sentence for the banner.
    QString message() const;
};

} // namespace inbox
