#pragma once
// A CLI command: a name, a one-line help text and a function. Commands register themselves in
// the table in commands/registry.cpp; main() only dispatches.

#include <QStringList>
#include <functional>
#include <iosfwd>
#include <span>

namespace its::cli {

struct Context;

struct Command
{
    const char *name;    // e.g. "template import"
    const char *usage;   // arguments after the name
    const char *summary; // one line
    std::function<int(Context &, const QStringList &args)> run;
};

std::span<const Command> allCommands();

} // namespace its::cli
