#pragma once

#include "domain/platform.h"
#include "domain/workflow.h"

#include <QIcon>

namespace ui {

// Every icon the interface uses, by meaning; the artwork lives in resources/icons (generic shapes, not
// logos).
QIcon platformIcon(domain::Platform platform);
QIcon stateIcon(domain::VariantState state);
QIcon appIcon();
QIcon navigationIcon(const QString &name); // "compose", "inbox", "dashboards", "settings", ...

} // namespace ui
