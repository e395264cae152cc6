#include "storage_paths.h"

#include <QDir>
#include <QFile>

namespace its::platform {

namespace {
QString privateSubdir(const QString &root, const QString &name)
{
    const QString path = QDir(root).filePath(name);
    ensurePrivateDir(path);
    return path;
}
} // namespace

QString StoragePaths::vaultDir() const
{
    return privateSubdir(dataDir(), QStringLiteral("vault"));
}

QString StoragePaths::mediaDir() const
{
    return privateSubdir(dataDir(), QStringLiteral("media"));
}

QString StoragePaths::settingsFile() const
{
    ensurePrivateDir(dataDir());
    return QDir(dataDir()).filePath(QStringLiteral("settings.ini"));
}

bool ensurePrivateDir(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty storage path");
        return false;
    }
    if (!QDir().mkpath(path)) {
        if (error)
            *error = QStringLiteral("cannot create folder %1").arg(path);
        return false;
    }
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::WriteOther | QFileDevice::ExeOther;
    const bool isPrivate = (QFile::permissions(path) & groupOrOther) == 0;
    if (!isPrivate && !QFile::setPermissions(path, ownerOnly)) {
        if (error)
            *error = QStringLiteral("cannot make folder %1 private").arg(path);
        return false;
    }
    return true;
}

} // namespace its::platform
