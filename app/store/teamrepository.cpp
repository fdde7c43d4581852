#include "store/teamrepository.h"

#include "store/settingsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace store {

QStringList TeamRepository::members() const
{
    const QString stored = SettingsRepository(m_database).value(settingKey());
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(stored.toUtf8()).array()) {
        if (const QString name = v.toString().trimmed(); !name.isEmpty())
            names << name;
    }
    return names;
}

Status TeamRepository::setMembers(const QStringList &members)
{
    QJsonArray array;
    QSet<QString> seen;
    for (const QString &member : members) {
        const QString name = member.trimmed();
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        array.append(name);
    }
    return SettingsRepository(m_database)
        .setValue(settingKey(), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace store
