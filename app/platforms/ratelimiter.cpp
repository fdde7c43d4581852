#include "platforms/ratelimiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace platforms {

namespace {

int maxUsage(const QJsonObject &o)
{
    return std::max({o.value(QLatin1String("call_count")).toInt(), o.value(QLatin1String("total_cputime")).toInt(),
                     o.value(QLatin1String("total_time")).toInt()});
}

} // namespace

void RateLimiter::record(const QString &bucket, const QHash<QByteArray, QByteArray> &headers, const QDateTime &now)
{
    // X: per endpoint, remaining and the epoch second the window resets.
    const QByteArray remaining = headers.value("x-rate-limit-remaining");
    const QByteArray reset = headers.value("x-rate-limit-reset");
    if (!reset.isEmpty()) {
        bool ok = false;
        const qint64 epoch = reset.toLongLong(&ok);
        if (ok && epoch > 0) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
            m_reset.insert(bucket, at);
            if (remaining.trimmed() == "0" && at > now)
                blockUntil(bucket, at);
        }
    }
    // Graph: X-App-Usage is a percentage of the app's hourly budget.
    const QByteArray appUsage = headers.value("x-app-usage");
    if (!appUsage.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(appUsage).object();
        if (maxUsage(o) >= UsageCeilingPercent)
            blockUntil(appWide(), now.addSecs(UsagePauseSecs));
    }
    // Graph: X-Business-Use-Case-Usage says how long until access returns (minutes), per business object.
    const QByteArray buc = headers.value("x-business-use-case-usage");
    if (!buc.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(buc).object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonArray entries = it.value().toArray();
            for (const auto &v : entries) {
                const QJsonObject e = v.toObject();
                const int minutes = e.value(QLatin1String("estimated_time_to_regain_access")).toInt();
                if (minutes > 0)
                    blockUntil(appWide(), now.addSecs(qint64(minutes) * 60));
                else if (maxUsage(e) >= UsageCeilingPercent)
                    blockUntil(appWide(), now.addSecs(UsagePauseSecs));
            }
        }
    }
}

void RateLimiter::blockUntil(const QString &bucket, const QDateTime &until)
{
    const QDateTime current = m_blocked.value(bucket);
    if (!current.isValid() || until > current)
        m_blocked.insert(bucket, until);
}

QDateTime RateLimiter::blockedUntil(const QString &bucket, const QDateTime &now) const
{
    QDateTime until;
    for (const QString &b : {bucket, appWide()}) {
        const QDateTime t = m_blocked.value(b);
        if (t.isValid() && t > now && (!until.isValid() || t > until))
            until = t;
    }
    return until;
}

QDateTime RateLimiter::announcedReset(const QString &bucket) const
{
    return m_reset.value(bucket);
}

} // namespace platforms
