#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace platforms {

// Remembers what the platforms' rate-limit headers said, so the transport waits before the platform has to
// refuse. Buckets are per endpoint for X ("POST /2/tweets") and "*" (the whole app) for Graph's usage headers.
class RateLimiter
{
public:
    // Usage percentages (Graph) at or above this make the app pause before sending more.
    static constexpr int UsageCeilingPercent = 95;
    static constexpr qint64 UsagePauseSecs = 60;

    // headers: lower-case names. now: UTC.
    void record(const QString &bucket, const QHash<QByteArray, QByteArray> &headers, const QDateTime &now);
    // The platform said "wait until then" (a 429 or a usage header); nothing for this bucket is sent before.
    void blockUntil(const QString &bucket, const QDateTime &until);
    // When the next request of this bucket may go; invalid = now.
    QDateTime blockedUntil(const QString &bucket, const QDateTime &now) const;
    // The reset time X announced for this bucket (for error messages), invalid when unknown.
    QDateTime announcedReset(const QString &bucket) const;

    static QString appWide() { return QStringLiteral("*"); }

private:
    QHash<QString, QDateTime> m_blocked;
    QHash<QString, QDateTime> m_reset;
};

} // namespace platforms
