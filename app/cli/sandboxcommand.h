#pragma once

#include "cli/command.h"

namespace cli {
// attachectl sandbox serve --port N [--seed S] [--rate PER_MINUTE]: the platforms' sandbox, standalone.
int runSandboxServe(CommandContext &context);
} // namespace cli
