#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace i18n {

// The interface languages Attaché ships, as locale names ("en", "ru", "zh_CN").
QStringList availableLanguages();
// The language's own name for itself ("Русский"), for the settings dialog.
QString nativeName(const QString &language);
// Installs the translators for language (empty: the system locale) on app; returns the language used.
QString install(QCoreApplication &app, const QString &language);

} // namespace i18n
