#pragma once

#include "cli/command.h"

namespace cli {
// attachectl classify [--json]: the language and stance of each line of standard input, one JSON object a
// line.
int runClassify(CommandContext &context);
} // namespace cli
