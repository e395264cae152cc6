#include "photo_sharing.h"

#include "photo_intake.h"
#include "vault/evidence_sharing.h"
#include "vault/vault_error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>

namespace its::media {
namespace {

// The translation context of the messages below.
struct PhotoSharing
{
    Q_DECLARE_TR_FUNCTIONS(PhotoSharing)
};

QByteArray encode(const QImage &image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    return writer.write(image) ? out : QByteArray();
}

QString vaultMessage(const VaultError &e)
{
    if (e.code() == VaultErrorCode::DiskFull)
        return PhotoSharing::tr("The disk is full: the photo was not marked as shareable.");
    if (e.code() == VaultErrorCode::InvalidInput &&
        QString::fromUtf8(e.what()).contains(QStringLiteral("at most")))
        return PhotoSharing::tr("A walk shares at most %1 photos: make another one private first.")
            .arg(kMaxSharedPhotosPerWalk);
    if (e.code() == VaultErrorCode::InvalidInput)
        return PhotoSharing::tr("Only photos can be shared; voice memos never leave the device.");
    return PhotoSharing::tr("The photo could not be shared: %1").arg(QString::fromUtf8(e.what()));
}

} // namespace

QByteArray sharedCopy(const QByteArray &photo)
{
    QImage image;
    if (!image.loadFromData(photo) || image.isNull())
        return {};
    // The stored photo is already a clean JPEG (photo intake); scaling it keeps it clean.
    for (int side : {kSharedLongSide, 960, 640}) {
        const QImage scaled =
            std::max(image.width(), image.height()) > side
                ? image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                : image;
        for (int quality : {80, 70, 60, 50, 40}) {
            QByteArray jpeg = encode(scaled.convertToFormat(QImage::Format_RGB32), quality);
            if (!jpeg.isEmpty() && std::size_t(jpeg.size()) <= kMaxSharedPhotoBytes)
                return jpeg;
        }
    }
    return {};
}

QString sharePhoto(Database &db, const std::string &evidenceId, std::int64_t confirmedAtMs)
{
    try {
        EvidenceStore store(db);
        if (store.info(evidenceId).kind != EvidenceKind::Photo)
            return PhotoSharing::tr(
                "Only photos can be shared; voice memos never leave the device.");
        const std::vector<unsigned char> stored = store.read(evidenceId);
        const QByteArray copy = sharedCopy(QByteArray(reinterpret_cast<const char *>(stored.data()),
                                                      static_cast<qsizetype>(stored.size())));
        if (copy.isEmpty())
            return PhotoSharing::tr("The photo could not be made small enough to share.");
        shareEvidence(db, evidenceId, "image/jpeg",
                      std::span(reinterpret_cast<const unsigned char *>(copy.constData()),
                                static_cast<std::size_t>(copy.size())),
                      confirmedAtMs);
        return {};
    } catch (const VaultError &e) {
        return vaultMessage(e);
    }
}

QString unsharePhoto(Database &db, const std::string &evidenceId)
{
    try {
        unshareEvidence(db, evidenceId);
        return {};
    } catch (const VaultError &e) {
        return vaultMessage(e);
    }
}

} // namespace its::media
