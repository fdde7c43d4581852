#pragma once

#include "store/result.h"

#include <QString>

namespace store {

class Database;

// The workspace's own settings (its id, time zone, platform app keys): plain values, never secrets.
class SettingsRepository final
{
public:
    explicit SettingsRepository(const Database &database) : m_database(database) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

private:
    const Database &m_database;
};

} // namespace store
