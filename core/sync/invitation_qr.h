#pragma once
// Review invitations as QR codes (zxing-cpp): text -> module matrix for a renderer to paint, and
// an 8-bit grayscale picture (screenshot or photo of the code) -> text. Pure: no QtGui here, the
// UI turns its QImage into a luminance buffer and paints the matrix itself, quiet zone included.

#include "sync/invitation.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace its::sync {

// A QR symbol without its quiet zone: `size` x `size` modules, row by row, true = dark.
struct QrMatrix
{
    int size = 0;
    std::vector<bool> modules;
    bool dark(int x, int y) const
    {
        return modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) +
                       static_cast<std::size_t>(x)];
    }
};

// Modules a renderer leaves light around the symbol (the QR specification asks for 4).
constexpr int kQrQuietZoneModules = 4;

// Error correction M (15% of the symbol may be damaged); byte mode, UTF-8 when the text is not
// plain ASCII. Throws SyncError(Format) when the text is empty or too long for a QR code.
QrMatrix encodeQr(const QString &text);

// An 8-bit luminance picture (0 = black), `bytesPerLine` >= width.
struct GrayImageView
{
    const std::uint8_t *pixels = nullptr;
    int width = 0;
    int height = 0;
    int bytesPerLine = 0;
};

// The text of the first QR code found (tries rotations, inverted and scaled-down pictures).
// Throws SyncError(Format) "no QR code found in the image" when there is none.
QString decodeQr(const GrayImageView &image);

// decodeQr, then parseInvitation: a QR that is not an invitation gives the parser's error.
Invitation readInvitationQr(const GrayImageView &image);

} // namespace its::sync
