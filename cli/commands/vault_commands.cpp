// create, verify, passwd, recover
#include "cli_io.h"
#include "command.h"

#include <iostream>

namespace its::cli {
namespace {

int create(Context &context, QStringList args)
{
    const KdfCost cost = takeKdfOption(context, args);
    if (!args.isEmpty())
        return kExitUsage;
    const std::filesystem::path dir = context.vaultDir.toStdString();
    Vault::requireAbsent(dir); // before asking for a passphrase
    // A new vault has one passphrase: the documented --passphrase-fd / $ITS_PASSPHRASE work
    // as well as the new-passphrase sources.
    context.newPassphrase.setFallback(&context.passphrase);
    CreatedVault created = Vault::create(dir, context.newPassphrase.getConfirmed(), cost);
    context.out << "Vault created in " << dir.string() << "\n\n"
                << "Recovery code (shown once; write it down and keep it apart from the "
                   "device):\n\n    "
                << created.recoveryCode << "\n\n";
    return kExitOk;
}

int verify(Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return kExitUsage;
    Vault vault = openVault(context);
    const VerifyReport report = vault.verify();
    context.out << "cipher_version: " << report.cipherVersion << "\n"
                << "schema_version: " << report.schemaVersion << "\n"
                << "integrity_check: " << (report.ok ? "ok" : "failed") << "\n";
    for (const auto &[table, rows] : report.rowCounts)
        context.out << "rows." << table << ": " << rows << "\n";
    if (!report.ok) {
        // One sentence; SQLite's findings (often dozens of lines) only with --verbose.
        context.err << "error: vault damaged: vault.db failed its full integrity check; restore "
                       "the vault folder from a backup.\n";
        if (context.verbose)
            context.err << report.integrityCheck << "\n";
        else
            context.err << "(run again with --verbose for the technical detail)\n";
        return kExitFailure;
    }
    context.out << "vault ok\n";
    return kExitOk;
}

int passwd(Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return kExitUsage;
    Vault vault = openVault(context); // proves the old passphrase before asking for a new one
    vault.lock();
    vault.changePassphrase(context.passphrase.get(), context.newPassphrase.getConfirmed());
    context.out << "passphrase changed\n";
    return kExitOk;
}

int recover(Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return kExitUsage;
    Vault::requireDatabase(context.vaultDir.toStdString()); // before asking for the code
    PassphraseSource code("ITS_RECOVERY_CODE", "", "Recovery code", "recovery code");
    Vault vault = Vault::recover(context.vaultDir.toStdString(), code.get(),
                                 context.newPassphrase.getConfirmed());
    context.out << "vault recovered; the new passphrase is set\n";
    return kExitOk;
}

} // namespace

std::vector<Command> vaultCommands()
{
    return {
        {"create", "[--kdf interactive|moderate]", "create a vault; prints the recovery code once",
         create},
        {"verify", "", "unlock and check integrity, cipher and schema", verify},
        {"passwd", "", "change the passphrase (re-wraps the key, rewrites no data)", passwd},
        {"recover", "", "set a new passphrase using the recovery code ($ITS_RECOVERY_CODE)",
         recover},
    };
}

} // namespace its::cli
