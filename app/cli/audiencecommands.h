#pragma once

#include "cli/command.h"

namespace cli {
// attachectl audience resolve: one location per line of standard input, one JSON object per line of output.
int runAudienceResolve(CommandContext &context);
} // namespace cli
