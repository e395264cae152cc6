// evidence list / export: read-only views of a walk's photos and voice memos. Plaintext media
// leaves the vault only where the admin names a file with --out.
#include "cli_io.h"
#include "command.h"
#include "vault/evidence_store.h"
#include "vault/vault_error.h"

#include <ostream>

namespace its::cli {
namespace {

int listEvidence(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    Vault vault = openVault(context);
    const std::vector<EvidenceInfo> items = EvidenceStore(vault.db()).list(args[0].toStdString());
    std::int64_t photos = 0;
    std::int64_t bytes = 0;
    for (const EvidenceInfo &item : items) {
        photos += item.kind == EvidenceKind::Photo ? 1 : 0;
        bytes += item.size;
    }
    context.out << photos << " photos, " << static_cast<std::int64_t>(items.size()) - photos
                << " voice memos, " << bytes << " bytes\n";
    for (const EvidenceInfo &item : items) {
        context.out << item.id << "\t" << toString(item.kind) << "\t" << item.mime << "\t"
                    << item.size << " bytes\t" << isoTime(item.createdAtMs) << "\t"
                    << (item.contactId ? "contact " + *item.contactId : std::string("walk")) << "\t"
                    << (item.contactOffsetMs
                            ? "+" + std::to_string(*item.contactOffsetMs / 1000) + " s"
                            : std::string("-"))
                    << "\t" << item.caption << "\n";
    }
    return kExitOk;
}

int exportEvidence(Context &context, const QStringList &args)
{
    // Only with --out: the decrypted bytes never go anywhere the admin did not name.
    if (args.size() != 3 || args[1] != QStringLiteral("--out") || args[2].isEmpty())
        return kExitUsage;
    Vault vault = openVault(context);
    const std::vector<unsigned char> bytes = EvidenceStore(vault.db()).read(args[0].toStdString());
    writeFileAtomically(context, args[2], std::string(bytes.begin(), bytes.end()));
    if (args[2] != QStringLiteral("-"))
        context.out << "exported " << bytes.size() << " bytes\n";
    return kExitOk;
}

} // namespace

std::vector<Command> evidenceCommands()
{
    return {
        {"evidence list", "WALK-ID", "a walk's photos and voice memos: counts, sizes, captions",
         listEvidence},
        {"evidence export", "ID --out FILE|-",
         "write one decrypted item (plaintext) to FILE; only with --out", exportEvidence},
    };
}

} // namespace its::cli
