#include "domain/platform.h"

#include <QCoreApplication>

namespace domain {

QString platformId(Platform platform)
{
    switch (platform) {
    case Platform::X:
        return QStringLiteral("x");
    case Platform::Facebook:
        return QStringLiteral("facebook");
    case Platform::Weibo:
        return QStringLiteral("weibo");
    }
    Q_UNREACHABLE();
}

std::optional<Platform> platformFromId(QStringView id)
{
    for (Platform p : {Platform::X, Platform::Facebook, Platform::Weibo}) {
        if (id == platformId(p))
            return p;
    }
    return std::nullopt;
}

QString platformDisplayName(Platform platform)
{
    switch (platform) {
    case Platform::X:
        return QCoreApplication::translate("domain", "X");
    case Platform::Facebook:
        return QCoreApplication::translate("domain", "Facebook");
    case Platform::Weibo:
        return QCoreApplication::translate("domain", "Weibo");
    }
    Q_UNREACHABLE();
}

} // namespace domain
