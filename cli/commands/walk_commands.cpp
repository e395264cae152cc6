// walk list / export / import, summary compute / validate
#include "cli_io.h"
#include "command.h"
#include "formats/summary_json.h"
#include "formats/walk_json.h"
#include "scoring/summarize.h"
#include "timing/time_point.h"
#include "vault/evidence_sharing.h"
#include "vault/evidence_store.h"
#include "vault/walk_archive.h"
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

int exportWalk(Context &context, const QStringList &argsIn)
{
    QStringList args = argsIn;
    // --with-evidence: photos and memos too, so the file is encrypted like the vault is.
    const bool withEvidence = args.removeAll(QStringLiteral("--with-evidence")) > 0;
    const KdfCost cost = withEvidence ? takeKdfOption(context, args) : KdfCost::Moderate;
    if (args.size() != 2 || (withEvidence && args[1] == QStringLiteral("-")))
        return kExitUsage;
    Vault vault = openVault(context);
    if (withEvidence) {
        const std::string archive = exportWalkArchive(
            vault.db(), args[0].toStdString(), context.backupPassphrase.getConfirmed(), cost);
        writeFileAtomically(context, args[1], archive);
        context.out << "exported walk " << args[0].toStdString() << " with "
                    << EvidenceStore(vault.db()).list(args[0].toStdString()).size()
                    << " photos and memos, encrypted\n";
        return kExitOk;
    }
    const Walk walk = WalkStore(vault.db()).loadWalk(args[0].toStdString());
    writeFileAtomically(context, args[1], walkToJson(walk).dump(2) + "\n");
    return kExitOk;
}

int importWalkFile(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    const std::string text = readFile(args[0]);
    if (looksLikeWalkArchive(text)) {
        const std::string &passphrase = context.backupPassphrase.get();
        Vault vault = openVault(context);
        const ArchiveRestore restored = importWalkArchive(vault.db(), text, passphrase);
        context.out << "imported walk " << restored.walkId << " with " << restored.evidence
                    << " photos and memos\n";
        return kExitOk;
    }
    // Parse fully before touching the vault: a malformed file changes nothing.
    const Walk walk = parseWalk(text);
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
    WalkSummary summary = summarize(walk, SystemClock().now());
    attachSharedPhotos(vault.db(), summary); // exactly what the outbox would seal
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
        {"walk export", "ID FILE|- | ID FILE --with-evidence",
         "export a whole walk (private backup) as JSON; with its photos and memos, encrypted "
         "with $ITS_BACKUP_PASSPHRASE",
         exportWalk},
        {"walk import", "FILE",
         "import a walk backup, or an encrypted one with evidence (refuses to overwrite a walk)",
         importWalkFile},
        {"summary compute", "WALK-ID [FILE|-]", "compute the shareable summary of a walk",
         computeSummary},
        {"summary validate", "FILE", "check a summary file against the format", validateSummary},
    };
}

} // namespace its::cli
