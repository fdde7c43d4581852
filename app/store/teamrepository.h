#pragma once

#include "store/result.h"

#include <QStringList>

namespace store {

class Database;

// The names inbox items can be assigned to: the workspace setting `team.members` (a JSON array of strings).
// Assignees on items stay free text, so renaming or removing a member never rewrites history.
class TeamRepository final
{
public:
    explicit TeamRepository(const Database &database) : m_database(database) {}

    // Members in the order they were saved; empty when none were set (or the setting is unreadable).
    QStringList members() const;
    // Trims names, drops empty ones and duplicates (case-insensitively), keeps the order.
    Status setMembers(const QStringList &members);

    static QString settingKey() { return QStringLiteral("team.members"); }

private:
    const Database &m_database;
};

} // namespace store
