#include "audience/audiencehintlabel.h"

#include "audience/tailoringhint.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLabel>

namespace ui {

QLabel *newAudienceHintLabel(workspace::Workspace &workspace, const domain::Account &account)
{
    const auto snapshot = workspace.audience().latest(account.id);
    if (!snapshot)
        return nullptr;
    const QString hint = audience::TailoringHint::describe(account, *snapshot);
    if (hint.isEmpty())
        return nullptr;
    auto *label = new QLabel(hint);
    label->setObjectName(QStringLiteral("audienceHint"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(dark); padding: 0 4px 2px 4px;"));
    label->setToolTip(QCoreApplication::translate(
        "ui::audience", "Who this account's audience is, from its latest audience snapshot (aggregates only)."));
    return label;
}

} // namespace ui
