#pragma once

#include <QDateTime>
#include <QString>

namespace store {
class Database;
}

namespace compose {

// Only one publisher may run per workspace, wherever it runs (the app, `attachectl publish --watch` on a
// server). The lease is a row of the workspace's settings taken by compare-and-swap, so it works on SQLite
// and PostgreSQL alike, and it expires when its holder stops renewing it (a crashed publisher frees it after
// `ttl`).
class PublishLease final
{
public:
    PublishLease(const store::Database &database, QString holder, int ttlSeconds = 60);

    // Takes the lease when it is free, expired or already ours; renews it when ours. False when someone else
    // holds it (holderName() then says who).
    bool acquire(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Gives it up (only if we hold it), so another publisher can start at once.
    void release();
    QString holder() const { return m_holder; }
    void setTtlSeconds(int seconds) { m_ttlSeconds = seconds; }
    QString otherHolder() const { return m_otherHolder; }

private:
    const store::Database &m_database;
    QString m_holder;
    int m_ttlSeconds;
    QString m_otherHolder;
    QString m_written; // the value we last wrote, for a compare-and-swap release
};

} // namespace compose
