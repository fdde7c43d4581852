#pragma once

#include "cli/command.h"

namespace cli {
// attachectl audience resolve: one location per line of standard input, one JSON object per line of output.
int runAudienceResolve(CommandContext &context);
// attachectl audience import --account ID [--workspace PATH] [--followers N] FILE: a follower export (CSV or
// JSON) becomes one aggregate snapshot of the account; every bad line is reported and then nothing is stored.
int runAudienceImport(CommandContext &context);
} // namespace cli
