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

KdfCost takeKdfOption(QStringList &args)
{
    const auto at = args.indexOf("--kdf");
    if (at < 0)
        return KdfCost::Moderate;
    if (at + 1 >= args.size())
        throw std::runtime_error("--kdf needs one of: test, interactive, moderate");
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    if (value == "test")
        return KdfCost::Test;
    if (value == "interactive")
        return KdfCost::Interactive;
    if (value == "moderate")
        return KdfCost::Moderate;
    throw std::runtime_error("--kdf needs one of: test, interactive, moderate");
}

std::string isoTime(std::int64_t wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs).toString(Qt::ISODate).toStdString();
}

} // namespace its::cli
