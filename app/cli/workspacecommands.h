#pragma once

#include "cli/command.h"

namespace cli {
// attachectl demo create PATH
int runDemoCreate(CommandContext &context);
// attachectl workspace check PATH
int runWorkspaceCheck(CommandContext &context);
} // namespace cli
