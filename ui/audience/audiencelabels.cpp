#include "audience/audiencelabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace ui {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("audience", text);
}
} // namespace

QString countryName(const QString &isoCode)
{
    if (isoCode == QLatin1String("unknown"))
        return QCoreApplication::translate("audience", "Unknown");
    const QLocale::Territory territory = QLocale::codeToTerritory(isoCode);
    return territory == QLocale::AnyTerritory ? isoCode : QLocale::territoryToString(territory);
}

QString interestName(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
        {"business", QT_TRANSLATE_NOOP("audience", "Business")},
        {"news", QT_TRANSLATE_NOOP("audience", "News")},
        {"politics", QT_TRANSLATE_NOOP("audience", "Politics")},
        {"culture", QT_TRANSLATE_NOOP("audience", "Culture")},
        {"travel", QT_TRANSLATE_NOOP("audience", "Travel")},
        {"sport", QT_TRANSLATE_NOOP("audience", "Sport")},
        {"science", QT_TRANSLATE_NOOP("audience", "Science")},
        {"education", QT_TRANSLATE_NOOP("audience", "Education")},
    };
    for (const auto &n : names) {
        if (key == QLatin1String(n.key))
            return translated(n.name);
    }
    return key;
}

QString verifiedKindName(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
        {"mp", QT_TRANSLATE_NOOP("audience", "Members of Parliament")},
        {"mep", QT_TRANSLATE_NOOP("audience", "Members of the European Parliament")},
        {"local_authority", QT_TRANSLATE_NOOP("audience", "Local authorities")},
        {"journalist", QT_TRANSLATE_NOOP("audience", "Journalists and media")},
        {"foreign_correspondent", QT_TRANSLATE_NOOP("audience", "Correspondents in Moscow")},
        {"diplomat", QT_TRANSLATE_NOOP("audience", "Diplomats and embassies")},
        {"business", QT_TRANSLATE_NOOP("audience", "Business")},
        {"other", QT_TRANSLATE_NOOP("audience", "Other")},
    };
    for (const auto &n : names) {
        if (key == QLatin1String(n.key))
            return translated(n.name);
    }
    return key;
}

} // namespace ui
