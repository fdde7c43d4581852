#include "common/icons.h"

#include <QHash>

// The icons are compiled into this static library; a static library's resources register only when something
// calls their initialiser, which must be named at global scope.
static void registerIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace ui {

namespace {
// Views ask for an icon on every paint: load each file once. (Read-only after first use, GUI thread only.)
QIcon resourceIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    static const bool registered = (registerIconResources(), true);
    Q_UNUSED(registered);
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}
} // namespace

QIcon platformIcon(domain::Platform platform)
{
    return resourceIcon(QStringLiteral("platform-") + domain::platformId(platform));
}

QIcon stateIcon(domain::VariantState state)
{
    using S = domain::VariantState;
    switch (state) {
    case S::Draft:
        return resourceIcon(QStringLiteral("state-draft"));
    case S::InReview:
        return resourceIcon(QStringLiteral("state-review"));
    case S::Approved:
        return resourceIcon(QStringLiteral("state-approved"));
    case S::Scheduled:
        return resourceIcon(QStringLiteral("state-scheduled"));
    case S::Publishing:
        return resourceIcon(QStringLiteral("state-publishing"));
    case S::Published:
        return resourceIcon(QStringLiteral("state-published"));
    case S::Failed:
        return resourceIcon(QStringLiteral("state-failed"));
    }
    return {};
}

QIcon appIcon()
{
    return resourceIcon(QStringLiteral("attache"));
}

QIcon navigationIcon(const QString &name)
{
    return resourceIcon(QStringLiteral("nav-") + name);
}

} // namespace ui
