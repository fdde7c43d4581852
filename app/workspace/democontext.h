#pragma once

#include "domain/account.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace workspace::demo {

// What the parts of the demo share while they build it.
struct Context
{
    Workspace &workspace;
    QRandomGenerator random;
    QDateTime now; // UTC
    QList<domain::Account> accounts;

    const domain::Account &account(const QString &handle) const
    {
        for (const auto &a : accounts) {
            if (a.handle == handle)
                return a;
        }
        Q_UNREACHABLE();
    }
};

// Handles of the demo accounts, named once.
inline const QString kEmbassyEn = QStringLiteral("@EmbassyLondonEN");
inline const QString kAmbassador = QStringLiteral("@AmbassadorLondon");
inline const QString kEmbassyRu = QStringLiteral("@EmbassyLondonRU");
inline const QString kFacebook = QStringLiteral("EmbassyInLondon");
inline const QString kWeibo = QStringLiteral("驻伦敦大使馆");

} // namespace workspace::demo
