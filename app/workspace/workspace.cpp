#include "workspace/workspace.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

namespace workspace {

namespace {
const QString kIdKey = QStringLiteral("workspace.id");
const QString kTimeZoneKey = QStringLiteral("workspace.time_zone");
const QByteArray kDefaultTimeZone = QByteArrayLiteral("Europe/London");

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("attache") : user;
}
} // namespace

Workspace::Workspace(std::unique_ptr<store::Database> database)
    : m_database(std::move(database)), m_settings(*m_database), m_accounts(*m_database), m_posts(*m_database),
      m_mentions(*m_database), m_audience(*m_database), m_actor(currentUser())
{
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::open(const QString &path, const store::OpenOptions &options,
                                           store::Database::OpenError *error)
{
    auto database = store::Database::openSqlite(path, options, error);
    if (!database)
        return nullptr;
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database)));
    workspace->m_id = workspace->m_settings.value(kIdKey);
    if (workspace->m_id.isEmpty() && options.migrate) {
        workspace->m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (const auto saved = workspace->m_settings.setValue(kIdKey, workspace->m_id); !saved) {
            if (error)
                *error = {store::OpenFailure::CannotCreate, saved.error()};
            return nullptr;
        }
    }
    return workspace;
}

QString Workspace::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("workspace.attache"));
}

QTimeZone Workspace::timeZone() const
{
    const QTimeZone zone(m_settings.value(kTimeZoneKey, QString::fromLatin1(kDefaultTimeZone)).toUtf8());
    return zone.isValid() ? zone : QTimeZone(kDefaultTimeZone);
}

store::Status Workspace::setTimeZone(const QTimeZone &zone)
{
    return m_settings.setValue(kTimeZoneKey, QString::fromUtf8(zone.id()));
}

} // namespace workspace
