// zxing-cpp 1.4 returns std::wstring from Result::text() unless told to use UTF-8.
#define ZX_USE_UTF8
#include "sync/invitation_qr.h"

#include "sync/sync_error.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <exception>
#include <string>

namespace its::sync {

namespace {

// MultiFormatWriter's 0-8 scale: 3-4 select level M for QR codes.
constexpr int kEccLevelM = 4;

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QrMatrix encodeQr(const QString &text)
{
    if (text.isEmpty())
        throw SyncError(SyncErrorKind::Format, "nothing to put in a QR code");
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEccLevel(kEccLevelM).setMargin(0); // the renderer paints the quiet zone
    // Plain ASCII needs no ECI marker, which some older phone scanners mishandle.
    if (!isAscii(text))
        writer.setEncoding(ZXing::CharacterSet::UTF8);
    ZXing::BitMatrix bits;
    try {
        bits = writer.encode(text.toStdString(), 0, 0);
    } catch (const std::exception &error) {
        throw SyncError(SyncErrorKind::Format,
                        std::string("cannot make a QR code of this text: ") + error.what());
    }
    if (bits.width() <= 0 || bits.width() != bits.height())
        throw SyncError(SyncErrorKind::Format, "cannot make a QR code of this text");
    QrMatrix matrix;
    matrix.size = bits.width();
    matrix.modules.resize(static_cast<std::size_t>(matrix.size) *
                          static_cast<std::size_t>(matrix.size));
    for (int y = 0; y < matrix.size; ++y)
        for (int x = 0; x < matrix.size; ++x)
            matrix.modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(matrix.size) +
                           static_cast<std::size_t>(x)] = bits.get(x, y);
    return matrix;
}

QString decodeQr(const GrayImageView &image)
{
    if (!image.pixels || image.width <= 0 || image.height <= 0 || image.bytesPerLine < image.width)
        throw SyncError(SyncErrorKind::Format, "the image is empty or could not be read");
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode)
        .setTryHarder(true)
        .setTryRotate(true)
        .setTryDownscale(true);
    const ZXing::ImageView view(image.pixels, image.width, image.height, ZXing::ImageFormat::Lum,
                                image.bytesPerLine);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        throw SyncError(SyncErrorKind::Format, "no QR code found in the image");
    return QString::fromStdString(result.text());
}

Invitation readInvitationQr(const GrayImageView &image)
{
    return parseInvitation(decodeQr(image));
}

} // namespace its::sync
