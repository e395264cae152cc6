#pragma once
// The CCO's findings from the CLI: review report (the compile, core/review/compile.h, as JSON)
// and review show (one received summary as the CCO sees it). Registered in registry.cpp.

#include "command.h"

#include <vector>

namespace its::cli {

std::vector<Command> reviewCommands();

} // namespace its::cli
