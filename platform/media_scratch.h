#pragma once
// Where QMediaRecorder may write while it records. Qt 6.4's recorder writes only to files, so
// this hands out files in storage that never persists (RAM-backed), in a private folder, and
// wipes them once their content is in the vault. sweep() at startup removes what a crash or a
// kill left behind; the vault is not involved, so earlier evidence stays as it is.

#include <QString>

namespace its::platform {

class MediaScratch
{
public:
    virtual ~MediaScratch() = default;

    // A fresh path (the file does not exist yet) ending in `suffix`, e.g. ".ogg"; empty and
    // `error` filled when there is no RAM-backed private folder.
    virtual QString newFile(const QString &suffix, QString *error) = 0;
    // The folder files are handed out in; empty when there is none.
    virtual QString folder() const = 0;

    // Overwrites `path` with zeros, then deletes it. False when it could not be deleted.
    static bool wipe(const QString &path);
    // Wipes every file in folder(); returns how many were removed.
    int sweep();
};

} // namespace its::platform
