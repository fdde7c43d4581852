#include "domain/audience.h"

namespace domain {

QString dimensionId(AudienceDimension dimension)
{
    switch (dimension) {
    case AudienceDimension::Country:
        return QStringLiteral("country");
    case AudienceDimension::City:
        return QStringLiteral("city");
    case AudienceDimension::Interest:
        return QStringLiteral("interest");
    case AudienceDimension::VerifiedKind:
        return QStringLiteral("verified_kind");
    }
    Q_UNREACHABLE();
}

} // namespace domain
