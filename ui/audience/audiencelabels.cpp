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
    // The countries an embassy's audience mostly comes from, translated here (QLocale names territories in
    // English only); any other falls back to QLocale's English name.
    static const struct
    {
        const char *code;
        const char *name;
    } names[] = {
        {"GB", QT_TRANSLATE_NOOP("countries", "United Kingdom")},
        {"US", QT_TRANSLATE_NOOP("countries", "United States")},
        {"RU", QT_TRANSLATE_NOOP("countries", "Russia")},
        {"DE", QT_TRANSLATE_NOOP("countries", "Germany")},
        {"FR", QT_TRANSLATE_NOOP("countries", "France")},
        {"IE", QT_TRANSLATE_NOOP("countries", "Ireland")},
        {"IN", QT_TRANSLATE_NOOP("countries", "India")},
        {"CA", QT_TRANSLATE_NOOP("countries", "Canada")},
        {"AU", QT_TRANSLATE_NOOP("countries", "Australia")},
        {"UA", QT_TRANSLATE_NOOP("countries", "Ukraine")},
        {"NL", QT_TRANSLATE_NOOP("countries", "Netherlands")},
        {"IT", QT_TRANSLATE_NOOP("countries", "Italy")},
        {"ES", QT_TRANSLATE_NOOP("countries", "Spain")},
        {"BE", QT_TRANSLATE_NOOP("countries", "Belgium")},
        {"CH", QT_TRANSLATE_NOOP("countries", "Switzerland")},
        {"KZ", QT_TRANSLATE_NOOP("countries", "Kazakhstan")},
        {"BY", QT_TRANSLATE_NOOP("countries", "Belarus")},
        {"LV", QT_TRANSLATE_NOOP("countries", "Latvia")},
        {"LT", QT_TRANSLATE_NOOP("countries", "Lithuania")},
        {"EE", QT_TRANSLATE_NOOP("countries", "Estonia")},
        {"CN", QT_TRANSLATE_NOOP("countries", "China")},
        {"HK", QT_TRANSLATE_NOOP("countries", "Hong Kong")},
        {"TW", QT_TRANSLATE_NOOP("countries", "Taiwan")},
        {"JP", QT_TRANSLATE_NOOP("countries", "Japan")},
        {"PL", QT_TRANSLATE_NOOP("countries", "Poland")},
        {"SE", QT_TRANSLATE_NOOP("countries", "Sweden")},
        {"NO", QT_TRANSLATE_NOOP("countries", "Norway")},
        {"FI", QT_TRANSLATE_NOOP("countries", "Finland")},
        {"DK", QT_TRANSLATE_NOOP("countries", "Denmark")},
        {"AT", QT_TRANSLATE_NOOP("countries", "Austria")},
        {"TR", QT_TRANSLATE_NOOP("countries", "Turkey")},
        {"IL", QT_TRANSLATE_NOOP("countries", "Israel")},
        {"AE", QT_TRANSLATE_NOOP("countries", "United Arab Emirates")},
        {"SA", QT_TRANSLATE_NOOP("countries", "Saudi Arabia")},
        {"SY", QT_TRANSLATE_NOOP("countries", "Syria")},
        {"BR", QT_TRANSLATE_NOOP("countries", "Brazil")},
        {"PT", QT_TRANSLATE_NOOP("countries", "Portugal")},
        {"GR", QT_TRANSLATE_NOOP("countries", "Greece")},
        {"CZ", QT_TRANSLATE_NOOP("countries", "Czechia")},
        {"RS", QT_TRANSLATE_NOOP("countries", "Serbia")},
        {"GE", QT_TRANSLATE_NOOP("countries", "Georgia")},
        {"AM", QT_TRANSLATE_NOOP("countries", "Armenia")},
        {"AZ", QT_TRANSLATE_NOOP("countries", "Azerbaijan")},
        {"UZ", QT_TRANSLATE_NOOP("countries", "Uzbekistan")},
        {"MD", QT_TRANSLATE_NOOP("countries", "Moldova")},
    };
    for (const auto &n : names) {
        if (isoCode == QLatin1String(n.code))
            return QCoreApplication::translate("countries", n.name);
    }
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
