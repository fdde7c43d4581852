#include "audience/tailoringhint.h"

#include "audience/aggregator.h"
#include "audience/citynames.h"
#include "domain/platform.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace audience {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("audience::TailoringHint", text);
}

// Short names where the long ones would crowd the line; otherwise the dashboards' own country names.
QString countryShortName(const QString &code)
{
    if (code == QLatin1String("GB"))
        return QCoreApplication::translate("audience::TailoringHint", "UK");
    if (code == QLatin1String("US"))
        return QCoreApplication::translate("audience::TailoringHint", "US");
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    const QByteArray english = QLocale::territoryToString(territory).toUtf8();
    return QCoreApplication::translate("countries", english.constData());
}

QString interestPhrase(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *phrase;
    } phrases[] = {
        {"business", QT_TRANSLATE_NOOP("audience::TailoringHint", "most interested in business")},
        {"news", QT_TRANSLATE_NOOP("audience::TailoringHint", "most interested in news")},
        {"politics", QT_TRANSLATE_NOOP("audience::TailoringHint", "most interested in politics")},
        {"culture", QT_TRANSLATE_NOOP("audience::TailoringHint", "most interested in culture")},
        {"sport", QT_TRANSLATE_NOOP("audience::TailoringHint", "most interested in sport")},
        {"science", QT_TRANSLATE_NOOP("audience::TailoringHint", "most interested in science")},
        {"travel", QT_TRANSLATE_NOOP("audience::TailoringHint", "most interested in travel")},
        {"education", QT_TRANSLATE_NOOP("audience::TailoringHint", "most interested in education")},
    };
    for (const auto &p : phrases) {
        if (key == QLatin1String(p.key))
            return tr(p.phrase);
    }
    return {};
}
} // namespace

QString TailoringHint::fractionWords(double fraction)
{
    if (fraction >= 0.9)
        return QCoreApplication::translate("audience::TailoringHint", "nearly all");
    if (fraction >= 0.7)
        return QCoreApplication::translate("audience::TailoringHint", "most");
    if (fraction >= 0.6)
        return QCoreApplication::translate("audience::TailoringHint", "two thirds");
    if (fraction >= 0.4)
        return QCoreApplication::translate("audience::TailoringHint", "half");
    if (fraction >= 0.3)
        return QCoreApplication::translate("audience::TailoringHint", "a third");
    if (fraction >= 0.2)
        return QCoreApplication::translate("audience::TailoringHint", "a quarter");
    return {};
}

QString TailoringHint::describe(const domain::Account &account, const domain::AudienceSnapshot &snapshot)
{
    if (snapshot.id == 0 && snapshot.shares.isEmpty())
        return {};
    using D = domain::AudienceDimension;
    // Shares come ordered by count within each dimension; the first known country and interest lead.
    const domain::AudienceShare *country = nullptr;
    const domain::AudienceShare *interest = nullptr;
    for (const auto &s : snapshot.shares) {
        if (s.dimension == D::Country && !country && s.key != AudienceAggregator::unknownCountryKey())
            country = &s;
        if (s.dimension == D::Interest && (!interest || s.count > interest->count))
            interest = &s;
    }
    QStringList parts;
    if (country && snapshot.sampleSize > 0) {
        const int percent = int(std::lround(100.0 * double(country->count) / double(snapshot.sampleSize)));
        QString where = QCoreApplication::translate("audience::TailoringHint", "%1% %2")
                            .arg(percent)
                            .arg(countryShortName(country->key));
        // The largest city of that country, as a part of it.
        const domain::AudienceShare *city = nullptr;
        for (const auto &s : snapshot.shares) {
            if (s.dimension == D::City && s.key.startsWith(country->key + QLatin1Char('/')) &&
                (!city || s.count > city->count))
                city = &s;
        }
        if (city && country->count > 0) {
            const QString words = fractionWords(double(city->count) / double(country->count));
            if (!words.isEmpty())
                where = QCoreApplication::translate("audience::TailoringHint", "%1, %2 in %3")
                            .arg(where, words, cityDisplayName(city->key.section(QLatin1Char('/'), 1)));
        }
        parts << where;
    }
    if (interest && interest->count > 0) {
        const QString phrase = interestPhrase(interest->key);
        if (!phrase.isEmpty())
            parts << phrase;
    }
    if (parts.isEmpty())
        return {};
    QString line = QCoreApplication::translate("audience::TailoringHint", "%1: %2")
                       .arg(domain::platformDisplayName(account.platform), parts.join(QStringLiteral("; ")));
    if (snapshot.sampleSize > 0 && snapshot.sampleSize < snapshot.followers)
        line +=
            QLatin1Char(' ') + QCoreApplication::translate("audience::TailoringHint", "(from a sample of %1)")
                                   .arg(QLocale().toString(snapshot.sampleSize));
    return line;
}

} // namespace audience
