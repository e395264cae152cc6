#pragma once
// Marks a stored photo as shareable once the executive has confirmed that it (and its caption)
// shows no faces and no names: a smaller JPEG copy, within kMaxSharedPhotoBytes, is kept in the
// vault to travel sealed with the summary (vault/evidence_sharing.h). Voice never leaves.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <string>

namespace its {
class Database;
}

namespace its::media {

inline constexpr int kSharedLongSide = 1280;

// The travelling copy of a JPEG/PNG: at most kSharedLongSide on the long side, re-encoded until
// it fits kMaxSharedPhotoBytes. Empty when `photo` cannot be decoded.
QByteArray sharedCopy(const QByteArray &photo);

// An empty string on success, else a message the UI can show as is. Nothing changes on error.
QString sharePhoto(Database &db, const std::string &evidenceId, std::int64_t confirmedAtMs);
QString unsharePhoto(Database &db, const std::string &evidenceId);

} // namespace its::media
