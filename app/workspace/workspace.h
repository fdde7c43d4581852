#pragma once

#include "store/accountrepository.h"
#include "store/audiencerepository.h"
#include "store/database.h"
#include "store/mentionrepository.h"
#include "store/postrepository.h"
#include "store/settingsrepository.h"

#include <QTimeZone>
#include <memory>

namespace workspace {

// One open workspace: its database and the repositories over it. The GUI and attachectl both start here.
class Workspace final
{
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens (creating when allowed) the SQLite workspace at path. On failure, error says why; the file is
    // untouched.
    static std::unique_ptr<Workspace> open(const QString &path, const store::OpenOptions &options,
                                           store::Database::OpenError *error);
    // Where a workspace lives when none is named: the user's application data folder.
    static QString defaultPath();

    // A stable id, used to key this workspace's secrets in the keychain.
    QString id() const { return m_id; }
    QString path() const { return m_database->path(); }
    QString actor() const { return m_actor; }

    // The time zone schedules are shown in (default Europe/London); stored times are always UTC.
    QTimeZone timeZone() const;
    store::Status setTimeZone(const QTimeZone &zone);

    store::Database &database() { return *m_database; }
    store::SettingsRepository &settings() { return m_settings; }
    store::AccountRepository &accounts() { return m_accounts; }
    store::PostRepository &posts() { return m_posts; }
    store::MentionRepository &mentions() { return m_mentions; }
    store::AudienceRepository &audience() { return m_audience; }

private:
    explicit Workspace(std::unique_ptr<store::Database> database);

    std::unique_ptr<store::Database> m_database;
    store::SettingsRepository m_settings;
    store::AccountRepository m_accounts;
    store::PostRepository m_posts;
    store::MentionRepository m_mentions;
    store::AudienceRepository m_audience;
    QString m_id;
    QString m_actor;
};

} // namespace workspace
