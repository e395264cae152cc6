#pragma once
// Sync commands (docs/SYNC.md): executive side enroll / push / sync status, review side
// review create|invite|backup|restore, roster, roster accept, revoke, pull, summaries.
// Register with the others in commands/registry.cpp.

#include "command.h"

#include <vector>

namespace its::cli {

std::vector<Command> syncCommands();

} // namespace its::cli
