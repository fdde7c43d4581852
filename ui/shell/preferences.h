#pragma once

#include <QSettings>
#include <QString>

namespace ui {

// The user's own preferences on this computer (interface language, last workspace). Workspace settings such
// as its time zone live in the workspace; secrets live only in the keychain.
class Preferences final
{
public:
    Preferences() = default;

    // Empty means "follow the system locale".
    QString language() const;
    void setLanguage(const QString &language);
    QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);

private:
    QSettings m_settings;
};

} // namespace ui
