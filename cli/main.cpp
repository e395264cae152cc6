// intheirshoes-cli: the headless tool for admins, tests and benchmarks.
#include "command.h"
#include "commands/report_files.h"
#include "context.h"
#include "vault/vault_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#ifdef ITS_HAVE_REPORT
#include <QGuiApplication>
#endif
#include <iostream>
#include <memory>
#include <sodium.h>

using namespace its::cli;

namespace {

void printHelp(std::ostream &out)
{
    out << "usage: intheirshoes-cli [--vault DIR] [--passphrase-fd N] [--new-passphrase-fd N]\n"
           "                         [--backup-passphrase-fd N] [--verbose] <command> [args]\n\n"
           "Secrets are never taken from the command line:\n"
           "  the vault's passphrase      --passphrase-fd N, else $ITS_PASSPHRASE, else a prompt\n"
           "  a new passphrase (create,   --new-passphrase-fd N, else $ITS_NEW_PASSPHRASE, else\n"
           "    passwd, recover)          a prompt; create also takes --passphrase-fd N or\n"
           "                              $ITS_PASSPHRASE\n"
           "  a backup's (review backup,  --backup-passphrase-fd N, else $ITS_BACKUP_PASSPHRASE,\n"
           "    restore; walk export      else a prompt\n"
           "    --with-evidence, import)\n"
           "  the recovery code (recover) $ITS_RECOVERY_CODE, else a prompt\n"
           "The vault folder is --vault, else $ITS_VAULT_DIR, else the app's data folder.\n"
           "Times are printed in ISO 8601 with the local offset (2026-12-03T10:15:00+01:00).\n"
           "--verbose (anywhere) adds the raw detail to an error, e.g. SQLite's findings.\n\n"
           "commands:\n";
    for (const Command &command : allCommands()) {
        std::string line = std::string("  ") + command.name + " " + command.usage;
        if (line.size() < 44)
            line.resize(44, ' ');
        out << line << " " << command.summary << "\n";
    }
}

QString defaultVaultDir()
{
    const QByteArray fromEnv = qgetenv("ITS_VAULT_DIR");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/vault";
}

bool parseFd(const QString &text, int &fd)
{
    bool ok = false;
    fd = text.toInt(&ok);
    return ok && fd >= 0;
}

// Finds the longest command name matching the leading words of `words`.
const Command *matchCommand(const QStringList &words, qsizetype &consumed)
{
    const Command *best = nullptr;
    for (const Command &command : allCommands()) {
        const QStringList parts = QString::fromLatin1(command.name).split(' ');
        if (parts.size() <= words.size() && words.mid(0, parts.size()) == parts &&
            (!best || parts.size() > consumed)) {
            best = &command;
            consumed = parts.size();
        }
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    // The report files need fonts, so a QGuiApplication; offscreen unless a platform is set, so
    // the CLI still runs headless. Every other command stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
#ifdef ITS_HAVE_REPORT
    if (reportNeedsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName("InTheirShoes");
    QCoreApplication::setApplicationName("InTheirShoes");
    if (sodium_init() < 0) {
        std::cerr << "error: libsodium failed to initialise\n";
        return kExitFailure;
    }

    Context context{defaultVaultDir(),
                    PassphraseSource("ITS_PASSPHRASE", "--passphrase-fd", "Passphrase"),
                    PassphraseSource("ITS_NEW_PASSPHRASE", "--new-passphrase-fd", "New passphrase",
                                     "new passphrase"),
                    PassphraseSource("ITS_BACKUP_PASSPHRASE", "--backup-passphrase-fd",
                                     "Review key backup passphrase", "backup passphrase"),
                    std::cout,
                    std::cerr};

    QStringList args = app.arguments().mid(1);
    // Anywhere on the line ("verify --verbose" as well as "--verbose verify").
    context.verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    while (!args.isEmpty() && args.front().startsWith("--")) {
        const QString option = args.takeFirst();
        if (option == "--help") {
            printHelp(std::cout);
            return kExitOk;
        }
        if (option == "--version") {
            std::cout << "intheirshoes-cli " << ITS_VERSION << "\n";
            return kExitOk;
        }
        if (args.isEmpty()) {
            std::cerr << "error: " << option.toStdString() << " needs a value\n";
            return kExitUsage;
        }
        const QString value = args.takeFirst();
        int fd = -1;
        if (option == "--vault") {
            context.vaultDir = value;
        } else if (option == "--passphrase-fd" && parseFd(value, fd)) {
            context.passphrase.setFd(fd);
        } else if (option == "--new-passphrase-fd" && parseFd(value, fd)) {
            context.newPassphrase.setFd(fd);
        } else if (option == "--backup-passphrase-fd" && parseFd(value, fd)) {
            context.backupPassphrase.setFd(fd);
        } else {
            std::cerr << "error: unknown option or bad value: " << option.toStdString() << " "
                      << value.toStdString() << "\n";
            return kExitUsage;
        }
    }
    if (args.isEmpty()) {
        printHelp(std::cerr);
        return kExitUsage;
    }

    qsizetype consumed = 0;
    const Command *command = matchCommand(args, consumed);
    if (!command) {
        std::cerr << "error: unknown command '" << args.join(' ').toStdString()
                  << "' (see --help)\n";
        return kExitUsage;
    }
    try {
        const int rc = command->run(context, args.mid(consumed));
        if (rc == kExitUsage)
            std::cerr << "usage: intheirshoes-cli " << command->name << " " << command->usage
                      << "\n";
        return rc;
    } catch (const its::VaultError &error) {
        // One sentence to act on; the raw detail (SQLite's findings) only when asked for.
        std::cerr << "error: " << error.what() << "\n";
        if (!error.detail().empty()) {
            if (context.verbose)
                std::cerr << error.detail() << "\n";
            else
                std::cerr << "(run again with --verbose for the technical detail)\n";
        }
        return kExitFailure;
    } catch (const std::exception &error) {
        std::cerr << "error: " << error.what() << "\n";
        return kExitFailure;
    }
}
