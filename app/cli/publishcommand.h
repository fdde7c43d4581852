#pragma once

#include "cli/command.h"

namespace cli {
// attachectl publish [--workspace PATH] [--watch] [--interval SECONDS] [--lease-seconds N]
int runPublish(CommandContext &context);
} // namespace cli
