#pragma once

#include "cli/command.h"

namespace cli {
int runVersion(CommandContext &context);
}
