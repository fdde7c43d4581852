#include "compose/publishlease.h"

#include "store/database.h"

#include <QSqlQuery>

namespace compose {

namespace {
const QString kKey = QStringLiteral("publisher.lease");

// Stored as "<expiry ms>|<holder>".
struct Held
{
    qint64 expiresMs = 0;
    QString holder;
};

Held parse(const QString &value)
{
    const qsizetype bar = value.indexOf(QLatin1Char('|'));
    if (bar < 0)
        return {};
    return {value.left(bar).toLongLong(), value.mid(bar + 1)};
}
} // namespace

PublishLease::PublishLease(const store::Database &database, QString holder, int ttlSeconds)
    : m_database(database), m_holder(std::move(holder)), m_ttlSeconds(ttlSeconds)
{
}

bool PublishLease::acquire(const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kKey);
    if (!q.exec())
        return false;
    const bool exists = q.next();
    const QString old = exists ? q.value(0).toString() : QString();
    q.finish();
    const Held held = parse(old);
    if (exists && held.holder != m_holder && held.expiresMs > now.toMSecsSinceEpoch()) {
        m_otherHolder = held.holder;
        return false;
    }
    const QString mine =
        QString::number(now.toMSecsSinceEpoch() + qint64(m_ttlSeconds) * 1000) + QLatin1Char('|') + m_holder;
    if (exists) {
        // Compare-and-swap: only if nobody changed the lease since we read it.
        q.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = ? AND value = ?"));
        q.addBindValue(mine);
        q.addBindValue(kKey);
        q.addBindValue(old);
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
        q.addBindValue(kKey);
        q.addBindValue(mine);
    }
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    m_otherHolder.clear();
    m_written = mine;
    return true;
}

void PublishLease::release()
{
    QSqlQuery q(m_database.connection());
    if (m_written.isEmpty())
        return;
    q.prepare(QStringLiteral("UPDATE settings SET value = '' WHERE key = ? AND value = ?"));
    q.addBindValue(kKey);
    q.addBindValue(m_written);
    q.exec();
    m_written.clear();
}

} // namespace compose
