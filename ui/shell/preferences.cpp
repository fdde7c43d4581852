#include "shell/preferences.h"

namespace ui {

QString Preferences::language() const
{
    return m_settings.value(QStringLiteral("interface/language")).toString();
}

void Preferences::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("interface/language"), language);
}

QString Preferences::lastWorkspace() const
{
    return m_settings.value(QStringLiteral("workspace/last")).toString();
}

void Preferences::setLastWorkspace(const QString &path)
{
    m_settings.setValue(QStringLiteral("workspace/last"), path);
}

} // namespace ui
