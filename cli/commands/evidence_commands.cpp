// evidence list / export: read-only views of a walk's photos and voice memos. Plaintext media
// leaves the vault only where the admin names a file with --out.
#include "cli_io.h"
#include "command.h"
#ifdef ITS_HAVE_MEDIA
#include "photo_sharing.h"
#endif
#include "vault/evidence_sharing.h"
#include "vault/evidence_store.h"
#include "vault/vault_error.h"

#include <QDateTime>
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
                    << "\t" << (isEvidenceShared(vault.db(), item.id) ? "shared" : "private")
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

// The confirmation is the flag's own words: a script cannot share a photo by accident.
const QString kConfirmation = QStringLiteral("--confirm-no-faces-no-names");

int shareEvidence(Context &context, const QStringList &args)
{
    if (args.size() != 2 || args[1] != kConfirmation)
        return kExitUsage;
#ifndef ITS_HAVE_MEDIA
    (void)context;
    throw VaultError(VaultErrorCode::InvalidInput,
                     "this build has no image support (built without the app's Qt modules)");
#else
    Vault vault = openVault(context);
    const QString error =
        media::sharePhoto(vault.db(), args[0].toStdString(), QDateTime::currentMSecsSinceEpoch());
    if (!error.isEmpty())
        throw VaultError(VaultErrorCode::InvalidInput, error.toStdString());
    const std::string walk = EvidenceStore(vault.db()).info(args[0].toStdString()).walkId;
    for (const SharedPhoto &photo : sharedPhotos(vault.db(), walk))
        if (photo.info.id == args[0].toStdString())
            context.out << "shared: a copy of " << photo.bytes.size()
                        << " bytes travels sealed with the walk's next summary\n";
    return kExitOk;
#endif
}

int unshareEvidence(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    Vault vault = openVault(context);
    its::unshareEvidence(vault.db(), args[0].toStdString());
    context.out << "private: the photo stays on this device\n";
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
        {"evidence share", "ID --confirm-no-faces-no-names",
         "let a photo (never a voice memo) travel with the walk's summary as a small copy, once "
         "you have checked that neither it nor its caption shows a face or a name",
         shareEvidence},
        {"evidence unshare", "ID", "keep a shared photo on this device again", unshareEvidence},
    };
}

} // namespace its::cli
