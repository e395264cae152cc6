#include "cli_io.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <iostream>
#include <stdexcept>

namespace its::cli {

Vault openVault(Context &context)
{
    const std::filesystem::path dir = context.vaultDir.toStdString();
    if (!Vault::exists(dir))
        throw std::runtime_error("no vault in " + dir.string() + " (create one with 'create')");
    Vault::requireDatabase(dir); // a damaged vault is said before the passphrase is asked for
    return Vault::unlock(dir, context.passphrase.get());
}

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    const QByteArray bytes = file.readAll();
    return bytes.toStdString();
}

void writeFileAtomically(Context &context, const QString &path, const std::string &bytes)
{
    if (path == "-") {
        context.out << bytes;
        if (!bytes.empty() && bytes.back() != '\n')
            context.out << '\n';
        return;
    }
    QSaveFile file(path);
    const auto size = static_cast<qint64>(bytes.size());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), size) != size ||
        !file.commit()) {
        throw std::runtime_error("cannot write " + path.toStdString() + ": " +
                                 file.errorString().toStdString() + " (nothing was changed)");
    }
}

KdfCost takeKdfOption(Context &context, QStringList &args)
{
    const auto at = args.indexOf("--kdf");
    if (at < 0)
        return KdfCost::Moderate;
    const QString value = at + 1 < args.size() ? args.at(at + 1) : QString();
    if (value == "interactive" || value == "moderate" || value == "test")
        args.remove(at, 2);
    if (value == "interactive")
        return KdfCost::Interactive;
    if (value == "moderate")
        return KdfCost::Moderate;
    if (value == "test") {
        // Left out of --help: 8 MiB and one pass make guessing the passphrase cheap.
        context.err << "warning: --kdf test is insecure (Argon2id with 8 MiB and one pass, so a "
                       "stolen key file is cheap to attack): for automated tests only, never for "
                       "a real vault\n";
        return KdfCost::Test;
    }
    throw std::runtime_error("--kdf needs one of: interactive, moderate");
}

std::string isoTime(std::int64_t wallMs)
{
    // Local time with its offset (2026-12-03T10:15:00+01:00; "Z" in UTC): output read in
    // another zone, or after a change to summer time, still names one instant.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(wallMs);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate).toStdString();
}

} // namespace its::cli
