#pragma once
// The one way a photo leaves the device: the executive confirms that it shows no faces and no
// names (nor does its caption), and a small copy of it (made by platform/media) is kept beside
// the photo to travel sealed with the walk's summary. Voice never leaves the device. Unsharing
// or deleting the photo removes the copy.

#include "database.h"
#include "evidence_store.h"
#include "scoring/summary.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace its {

// The caps keep a summary small enough to sync over a poor connection.
inline constexpr std::size_t kMaxSharedPhotoBytes = kMaxSummaryPhotoBytes;
inline constexpr int kMaxSharedPhotosPerWalk = static_cast<int>(kMaxSummaryPhotos);

struct SharedPhoto
{
    EvidenceInfo info; // the photo it was made from: walk, contact, caption
    std::string mime;  // of the copy
    std::vector<unsigned char> bytes;
    std::int64_t confirmedAtMs = 0;
};

// Throws InvalidInput for a voice memo, an empty or too large copy, or a walk that already
// shares kMaxSharedPhotosPerWalk other photos; NotFound for an unknown id. Sharing again
// replaces the copy.
void shareEvidence(Database &db, const std::string &evidenceId, std::string_view mime,
                   std::span<const unsigned char> copy, std::int64_t confirmedAtMs);
// Nothing happens for a photo that is not shared. NotFound for an unknown id.
void unshareEvidence(Database &db, const std::string &evidenceId);
bool isEvidenceShared(Database &db, const std::string &evidenceId);
// The walk's shared photos, oldest first.
std::vector<SharedPhoto> sharedPhotos(Database &db, const std::string &walkId);
// Puts the walk's shared photos into its summary, just before it is sealed or shown.
void attachSharedPhotos(Database &db, WalkSummary &summary);

} // namespace its
