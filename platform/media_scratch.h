#pragma once
// Where QMediaRecorder may write while it records. Qt 6.4's recorder writes only to files, so
// this hands out files in storage that never persists (RAM-backed), in a private folder, and
// wipes them once their content is in the vault. sweep() at startup removes what a crash or a
// kill left behind; the vault is not involved, so earlier evidence stays as it is.

#include <QString>
#include <memory>

class QLockFile;

namespace its::platform {

class MediaScratch
{
public:
    MediaScratch();
    virtual ~MediaScratch();
    MediaScratch(const MediaScratch &) = delete;
    MediaScratch &operator=(const MediaScratch &) = delete;

    // A fresh path (the file does not exist yet) ending in `suffix`, e.g. ".ogg"; empty and
    // `error` filled when there is no RAM-backed private folder.
    virtual QString newFile(const QString &suffix, QString *error) = 0;
    // The folder files are handed out in; empty when there is none.
    virtual QString folder() const = 0;

    // Overwrites `path` with zeros, then deletes it. False when it could not be deleted.
    static bool wipe(const QString &path);
    // Wipes every file in folder() but the running copy's claim; returns how many were removed.
    int sweep();
    // At the app's start: claims the folder for this running copy (until it is destroyed) and
    // sweeps it. Another running copy's claim means its recording may be in progress: then
    // nothing is swept (0). A killed copy's claim is stale and taken over.
    int sweepAtStart();

private:
    std::unique_ptr<QLockFile> m_claim;
};

} // namespace its::platform
