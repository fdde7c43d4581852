#pragma once

#include "cli/command.h"

namespace cli {
// attachectl count --platform x|weibo|facebook [--json]: one count per line of standard input.
int runCount(CommandContext &context);
} // namespace cli
