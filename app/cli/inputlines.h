#pragma once

#include "cli/command.h"

#include <functional>

namespace cli {

// Reads standard input one text per line — with json, each line a JSON string, so a text may hold newlines —
// and hands each text to `handle`, which prints one line for it. A line that is not a JSON string gets "null"
// (so output lines stay aligned with input lines) and a numbered error on stderr, and the rest goes on.
// Returns ExitOk, or ExitBadInput when a line was rejected.
int forEachInputLine(CommandContext &context, bool json, const std::function<void(const QString &)> &handle);

} // namespace cli
