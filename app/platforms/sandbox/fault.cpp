#include "platforms/sandbox/fault.h"

namespace platforms::sandbox {

std::optional<Fault::Kind> Fault::kindFromId(const QString &id)
{
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("rate-limit"), Kind::RateLimit},       {QStringLiteral("server-error"), Kind::ServerError},
        {QStringLiteral("slow"), Kind::Slow},                  {QStringLiteral("drop"), Kind::Drop},
        {QStringLiteral("malformed"), Kind::Malformed},        {QStringLiteral("expired-token"), Kind::ExpiredToken},
        {QStringLiteral("revoked-token"), Kind::RevokedToken}, {QStringLiteral("duplicate"), Kind::Duplicate},
        {QStringLiteral("metric-retired"), Kind::MetricRetired},
    };
    const auto it = kinds.constFind(id);
    if (it == kinds.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Fault> Fault::fromJson(const QJsonObject &o)
{
    const auto kind = kindFromId(o.value(QLatin1String("kind")).toString());
    if (!kind)
        return std::nullopt;
    Fault f;
    f.kind = *kind;
    f.platform = o.value(QLatin1String("platform")).toString();
    f.pathContains = o.value(QLatin1String("path")).toString();
    f.count = std::max(1, o.value(QLatin1String("count")).toInt(1));
    f.delayMs = std::clamp(o.value(QLatin1String("delay_ms")).toInt(2000), 0, 600000);
    f.resetSecs = std::clamp(o.value(QLatin1String("reset_secs")).toInt(60), 0, 86400);
    f.metric = o.value(QLatin1String("metric")).toString();
    return f;
}

} // namespace platforms::sandbox
