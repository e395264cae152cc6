#pragma once
// "image://evidence/<id>": a photo decrypted from the vault into memory, never into a file.
// The vault connection belongs to the UI thread, so the provider answers only there: Images
// showing it must keep asynchronous: false (the default). Registered by AppController.

#include <QPointer>
#include <QQuickImageProvider>

class VaultSession;

class EvidenceImageProvider : public QQuickImageProvider
{
public:
    explicit EvidenceImageProvider(VaultSession *session);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<VaultSession> session_;
};
