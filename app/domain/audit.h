#pragma once

#include <QDateTime>
#include <QString>

namespace domain {

// One line of the append-only audit log: who did what to which record, when and why.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;        // UTC
    QString actor;
    QString entity;      // "variant", "post", "account", "mention"
    qint64 entityId = 0;
    QString action;      // "transition", "edit", "create", ...
    QString fromState;
    QString toState;
    QString reason;
};

} // namespace domain
