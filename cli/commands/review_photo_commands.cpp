// review photo: writes one photo that travelled with a received summary to a file the admin
// names, as the review's drill-down shows it.
#include "cli_io.h"
#include "command.h"
#include "review/received_photos.h"

#include <ostream>
#include <stdexcept>

namespace its::cli {
namespace {

int exportReceivedPhoto(Context &context, const QStringList &args)
{
    if (args.size() != 4 || args[2] != QStringLiteral("--out") || args[3].isEmpty())
        return kExitUsage;
    Vault vault = openVault(context);
    const std::optional<sync::ReceivedPhoto> photo =
        sync::receivedPhoto(vault.db(), args[0], args[1]);
    if (!photo)
        throw std::runtime_error("walk " + args[0].toStdString() + " has no shared photo " +
                                 args[1].toStdString() + " (see 'review show " +
                                 args[0].toStdString() + "')");
    writeFileAtomically(context, args[3], photo->bytes.toStdString());
    if (args[3] != QStringLiteral("-"))
        context.out << "exported " << photo->bytes.size() << " bytes\n";
    return kExitOk;
}

} // namespace

std::vector<Command> reviewPhotoCommands()
{
    return {
        {"review photo", "WALK-ID PHOTO-ID --out FILE|-",
         "write a photo shared with a received summary (a JPEG) to FILE", exportReceivedPhoto},
    };
}

} // namespace its::cli
