#pragma once
// Photos enter the vault only through here. Decoded and re-encoded in memory: scaled to at most
// kMaxLongSide on the long side and written as a fresh JPEG, so no EXIF, GPS, comment or
// colour-profile segment of the original survives. Nothing touches the disk but the vault.

#include "evidence_target.h"

#include <QByteArray>
#include <QImage>

class QVideoFrame;

namespace its {
class EvidenceStore;
}

namespace its::media {

inline constexpr int kMaxLongSide = 2048;
inline constexpr int kJpegQuality = 85;

// The clean JPEG for `image` (scaled, transparency flattened on white, no metadata). Empty
// for a null image.
QByteArray cleanJpeg(const QImage &image);

// From a file's bytes (picked or pasted): any format Qt reads; EXIF orientation is applied
// before the metadata is dropped. Unreadable or empty bytes: an error, nothing stored.
IntakeResult storePhotoBytes(EvidenceStore &store, const QByteArray &bytes,
                             const EvidenceTarget &target);
IntakeResult storePhotoImage(EvidenceStore &store, const QImage &image,
                             const EvidenceTarget &target);
// A camera frame (ImageCapture's preview or a VideoSink frame).
IntakeResult storePhotoFrame(EvidenceStore &store, const QVideoFrame &frame,
                             const EvidenceTarget &target);

} // namespace its::media
