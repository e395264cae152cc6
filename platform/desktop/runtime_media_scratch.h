#pragma once
// MediaScratch on Linux desktops: a private 0700 folder in $XDG_RUNTIME_DIR, which systemd
// mounts as tmpfs. The file system is checked with statfs: anything but tmpfs or ramfs is
// refused, so a recording never lands on a disk.

#include "media_scratch.h"

#include <QCoreApplication>

namespace its::platform {

class RuntimeMediaScratch final : public MediaScratch
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeMediaScratch)

public:
    // `runtimeDir` defaults to $XDG_RUNTIME_DIR.
    explicit RuntimeMediaScratch(QString runtimeDir = {});
    QString newFile(const QString &suffix, QString *error) override;
    QString folder() const override;

    // True when `path` is on tmpfs or ramfs; `error` says why not.
    static bool isRamBacked(const QString &path, QString *error);

private:
    QString m_runtimeDir;
};

} // namespace its::platform
