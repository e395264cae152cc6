// walk list / export / import, summary compute / validate
#include "cli_io.h"
#include "command.h"
#include "formats/summary_json.h"
#include "formats/walk_json.h"
#include "scoring/summarize.h"
#include "timing/time_point.h"
#include "vault/walk_import.h"
#include "vault/walk_store.h"

#include <nlohmann/json.hpp>

namespace its::cli {
namespace {

int listWalks(Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return kExitUsage;
    Vault vault = openVault(context);
    for (const WalkHeader &walk : WalkStore(vault.db()).listWalks()) {
        context.out << walk.id << "\t" << isoTime(walk.startedAt.wallMs) << "\t"
                    << (walk.status == WalkStatus::Finished ? "finished" : "in-progress") << "\t"
                    << walk.contactCount << " contacts\t" << walk.templateName << "\n";
    }
    return kExitOk;
}

int exportWalk(Context &context, const QStringList &args)
{
    if (args.size() != 2)
        return kExitUsage;
    Vault vault = openVault(context);
    const Walk walk = WalkStore(vault.db()).loadWalk(args[0].toStdString());
    writeFileAtomically(context, args[1], walkToJson(walk).dump(2) + "\n");
    return kExitOk;
}

int importWalkFile(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    // Parse fully before touching the vault: a malformed file changes nothing.
    const Walk walk = parseWalk(readFile(args[0]));
    Vault vault = openVault(context);
    importWalk(vault.db(), walk);
    context.out << "imported walk " << walk.id << " (" << walk.contacts.size() << " contacts)\n";
    return kExitOk;
}

int computeSummary(Context &context, const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return kExitUsage;
    Vault vault = openVault(context);
    const Walk walk = WalkStore(vault.db()).loadWalk(args[0].toStdString());
    const WalkSummary summary = summarize(walk, SystemClock().now());
    writeFileAtomically(context, args.size() == 2 ? args[1] : QString("-"),
                        summaryToJson(summary).dump(2) + "\n");
    return kExitOk;
}

int validateSummary(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    const WalkSummary summary = parseSummary(readFile(args[0]));
    context.out << "valid summary of walk " << summary.walkId << " revision " << summary.revision
                << ": " << summary.contacts.size() << " contacts, " << summary.moments.size()
                << " moments\n";
    return kExitOk;
}

} // namespace

std::vector<Command> walkCommands()
{
    return {
        {"walk list", "", "list walks, newest first", listWalks},
        {"walk export", "ID FILE|-", "export a whole walk (private backup) as JSON", exportWalk},
        {"walk import", "FILE", "import a walk backup (refuses to overwrite a walk)",
         importWalkFile},
        {"summary compute", "WALK-ID [FILE|-]", "compute the shareable summary of a walk",
         computeSummary},
        {"summary validate", "FILE", "check a summary file against the format", validateSummary},
    };
}

} // namespace its::cli
