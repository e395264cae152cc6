#include "command.h"
#include "review_commands.h"
#include "sync_commands.h"

#include <vector>

namespace its::cli {

std::vector<Command> vaultCommands();
std::vector<Command> templateCommands();
std::vector<Command> walkCommands();
std::vector<Command> evidenceCommands();
std::vector<Command> reviewPhotoCommands();

std::span<const Command> allCommands()
{
    static const std::vector<Command> commands = [] {
        std::vector<Command> all;
        for (auto group : {vaultCommands(), templateCommands(), walkCommands(), evidenceCommands(),
                           syncCommands(), reviewCommands(), reviewPhotoCommands()})
            all.insert(all.end(), group.begin(), group.end());
        return all;
    }();
    return commands;
}

} // namespace its::cli
