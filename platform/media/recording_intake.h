#pragma once
// Streams a finished recording from its scratch file into the vault's evidence store, 256 KiB
// at a time (never twice in memory). The file is left as it is: the caller wipes it once the
// item is stored, and keeps it (in RAM) for another try when storing failed.

#include "evidence_target.h"

#include <QString>

namespace its {
class EvidenceStore;
}

namespace its::media {

IntakeResult storeRecordingFile(EvidenceStore &store, const QString &path, const QString &mime,
                                const EvidenceTarget &target);

} // namespace its::media
