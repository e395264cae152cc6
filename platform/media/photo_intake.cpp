#include "photo_intake.h"

#include "vault/evidence_store.h"
#include "vault/vault_error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QVideoFrame>

namespace its::media {
namespace {

// The translation context of the messages below.
struct PhotoIntake
{
    Q_DECLARE_TR_FUNCTIONS(PhotoIntake)
};

IntakeResult failure(const QString &message)
{
    return IntakeResult{{}, message};
}

} // namespace

QByteArray cleanJpeg(const QImage &image)
{
    if (image.isNull())
        return {};
    QSize size = image.size();
    if (std::max(size.width(), size.height()) > kMaxLongSide)
        size.scale(kMaxLongSide, kMaxLongSide, Qt::KeepAspectRatio);
    // A new image, not a converted copy: conversion keeps text keys, which the JPEG writer
    // would emit as comment segments.
    QImage fresh(size, QImage::Format_RGB32);
    fresh.fill(Qt::white);
    {
        QPainter painter(&fresh);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(QPoint(0, 0), size), image);
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(kJpegQuality);
    if (!writer.write(fresh))
        return {};
    return out;
}

IntakeResult storePhotoImage(EvidenceStore &store, const QImage &image,
                             const EvidenceTarget &target)
{
    if (image.isNull() || image.width() == 0 || image.height() == 0)
        return failure(PhotoIntake::tr("The picture is empty."));
    const QByteArray jpeg = cleanJpeg(image);
    if (jpeg.isEmpty())
        return failure(PhotoIntake::tr("The picture could not be encoded as JPEG."));
    try {
        const auto *data = reinterpret_cast<const unsigned char *>(jpeg.constData());
        const std::string id =
            store.put(target.walkId, target.contactId, EvidenceKind::Photo, "image/jpeg",
                      std::span(data, static_cast<std::size_t>(jpeg.size())), target.createdAtMs,
                      EvidenceNote{target.caption, target.contactOffsetMs});
        return IntakeResult{id, {}};
    } catch (const VaultError &e) {
        if (e.code() == VaultErrorCode::DiskFull)
            return failure(
                PhotoIntake::tr("The disk is full: the photo was not saved. Free some space and "
                                "try again."));
        return failure(
            PhotoIntake::tr("The photo was not saved: %1").arg(QString::fromUtf8(e.what())));
    }
}

IntakeResult storePhotoBytes(EvidenceStore &store, const QByteArray &bytes,
                             const EvidenceTarget &target)
{
    if (bytes.isEmpty())
        return failure(PhotoIntake::tr("The file is empty: there is no picture to add."));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // the orientation tag goes with the EXIF block
    const QImage image = reader.read();
    if (image.isNull())
        return failure(PhotoIntake::tr("This file is not a picture the app can read (%1).")
                           .arg(reader.errorString()));
    return storePhotoImage(store, image, target);
}

IntakeResult storePhotoFrame(EvidenceStore &store, const QVideoFrame &frame,
                             const EvidenceTarget &target)
{
    if (!frame.isValid())
        return failure(PhotoIntake::tr("The camera gave no picture."));
    return storePhotoImage(store, frame.toImage(), target);
}

} // namespace its::media
