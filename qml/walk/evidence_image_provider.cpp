#include "evidence_image_provider.h"

#include "session_access.h"
#include "vault/evidence_store.h"
#include "vault_session.h"

#include <QCoreApplication>
#include <QThread>

EvidenceImageProvider::EvidenceImageProvider(VaultSession *session)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , session_(session)
{
}

QImage EvidenceImageProvider::requestImage(const QString &id, QSize *size,
                                           const QSize &requestedSize)
{
    // Off the UI thread (an asynchronous Image) the vault is not ours to touch: no picture.
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return {};
    its::Database *db = sessionDatabase(session_.data());
    if (!db)
        return {};
    QImage image;
    try {
        const std::vector<unsigned char> bytes = its::EvidenceStore(*db).read(id.toStdString());
        image.loadFromData(bytes.data(), static_cast<int>(bytes.size()), "JPEG");
    } catch (const std::exception &) {
        return {}; // a deleted or unreadable item shows as no picture
    }
    if (size)
        *size = image.size();
    // A thumbnail (sourceSize) is scaled here, so the full photo is not kept by the item.
    const int w = requestedSize.width();
    const int h = requestedSize.height();
    if (image.isNull())
        return image;
    if (w > 0 && h > 0)
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    else if (w > 0)
        image = image.scaledToWidth(w, Qt::SmoothTransformation);
    else if (h > 0)
        image = image.scaledToHeight(h, Qt::SmoothTransformation);
    return image;
}
