#pragma once

#include "cli/command.h"

namespace cli {
// attachectl demo mentions --count N [--workspace PATH] [--seed S]
int runDemoMentions(CommandContext &context);
} // namespace cli
