#include "recording_intake.h"

#include "vault/evidence_store.h"
#include "vault/vault_error.h"

#include <QCoreApplication>
#include <QFile>

namespace its::media {
namespace {

// The translation context of the messages below.
struct RecordingIntake
{
    Q_DECLARE_TR_FUNCTIONS(RecordingIntake)
};

IntakeResult failure(const QString &message)
{
    return IntakeResult{{}, message};
}

} // namespace

IntakeResult storeRecordingFile(EvidenceStore &store, const QString &path, const QString &mime,
                                const EvidenceTarget &target)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(RecordingIntake::tr("The recording could not be read back (%1).")
                           .arg(file.errorString()));
    if (file.size() == 0)
        return failure(
            RecordingIntake::tr("The recording is empty: nothing was heard from the microphone."));
    try {
        const EvidenceStore::Reader reader = [&file](std::span<unsigned char> buffer) {
            const qint64 n = file.read(reinterpret_cast<char *>(buffer.data()),
                                       static_cast<qint64>(buffer.size()));
            if (n < 0)
                throw VaultError(VaultErrorCode::Io, "the recording could not be read");
            return static_cast<std::size_t>(n);
        };
        const std::string id = store.put(target.walkId, target.contactId, EvidenceKind::Voice,
                                         mime.toStdString(), reader, target.createdAtMs,
                                         EvidenceNote{target.caption, target.contactOffsetMs});
        return IntakeResult{id, {}};
    } catch (const VaultError &e) {
        if (e.code() == VaultErrorCode::DiskFull)
            return failure(RecordingIntake::tr("The disk is full: the voice memo is not saved yet. "
                                               "Free some space and save it again."));
        return failure(RecordingIntake::tr("The voice memo was not saved: %1")
                           .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace its::media
