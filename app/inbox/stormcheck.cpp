#include "inbox/stormcheck.h"

#include "store/mentionrepository.h"
#include "store/settingsrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace inbox {

StormCheck StormCheck::evaluate(qint64 lastHour, qint64 previousDay, double multiple, qint64 minimum)
{
    StormCheck c;
    c.lastHour = lastHour;
    c.baselinePerHour = double(previousDay) / 24.0;
    c.multiple = multiple;
    // A baseline below one an hour counts as one, so a first handful after silence is not "infinitely" more.
    c.storm = lastHour >= minimum && double(lastHour) >= multiple * std::max(1.0, c.baselinePerHour);
    return c;
}

StormCheck StormCheck::read(const store::Database &database, const QDateTime &now)
{
    const store::MentionRepository mentions(database);
    const auto lastHour = mentions.countStance(domain::Stance::Criticism, now.addSecs(-3600), now);
    const auto previousDay =
        mentions.countStance(domain::Stance::Criticism, now.addSecs(-25 * 3600), now.addSecs(-3600));
    bool ok = false;
    double multiple =
        store::SettingsRepository(database).value(QStringLiteral("inbox.storm_multiple")).toDouble(&ok);
    if (!ok || multiple <= 1.0)
        multiple = 3.0;
    return evaluate(lastHour ? *lastHour : 0, previousDay ? *previousDay : 0, multiple);
}

QString StormCheck::message() const
{
    return QCoreApplication::translate("inbox",
                                       "Storm of criticism: %1 critical items in the last hour, against "
                                       "about %2 an hour over the day before.")
        .arg(QLocale().toString(lastHour), QLocale().toString(baselinePerHour, 'f', 1));
}

} // namespace inbox
