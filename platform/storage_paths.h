#pragma once
// Where the app keeps its files. Every folder handed out exists and is private (0700 on POSIX),
// so the vault, settings and media never land in a world-readable place such as ~/Music.

#include <QString>

namespace its::platform {

class StoragePaths
{
public:
    virtual ~StoragePaths() = default;

    // Root of the app's private data; the vault lives in vaultDir().
    virtual QString dataDir() const = 0;
    QString vaultDir() const;
    // Private folder for recordings before they are moved into the vault (QMediaRecorder
    // can only write files, and by default writes plaintext into ~/Music).
    QString mediaDir() const;
    // Device-local app settings (language, theme, auto-lock minutes). Not secret.
    QString settingsFile() const;
};

// Creates `path` (and parents) if needed and restricts it to the owner. Returns false and fills
// `error` when the folder cannot be created or its permissions cannot be set.
bool ensurePrivateDir(const QString &path, QString *error = nullptr);

} // namespace its::platform
