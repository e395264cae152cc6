#include "runtime_media_scratch.h"

#include "storage_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QUuid>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace its::platform {
namespace {

constexpr long kTmpfsMagic = 0x01021994;
constexpr long kRamfsMagic = 0x858458f6;

} // namespace

RuntimeMediaScratch::RuntimeMediaScratch(QString runtimeDir)
    : m_runtimeDir(runtimeDir.isEmpty() ? qEnvironmentVariable("XDG_RUNTIME_DIR")
                                        : std::move(runtimeDir))
{
}

bool RuntimeMediaScratch::isRamBacked(const QString &path, QString *error)
{
#if defined(Q_OS_LINUX)
    struct statfs info
    {
    };
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0) {
        if (error)
            *error = tr("Recording is not possible: the folder %1 cannot be checked.").arg(path);
        return false;
    }
    const auto type = static_cast<long>(info.f_type);
    if (type == kTmpfsMagic || type == kRamfsMagic)
        return true;
#endif
    if (error)
        *error = tr("Recording is not possible: %1 is not in memory (tmpfs), and a recording "
                    "must never be written to disk.")
                     .arg(path);
    return false;
}

QString RuntimeMediaScratch::folder() const
{
    if (m_runtimeDir.isEmpty())
        return {};
    return QDir(m_runtimeDir).filePath(QStringLiteral("intheirshoes-media"));
}

QString RuntimeMediaScratch::newFile(const QString &suffix, QString *error)
{
    if (m_runtimeDir.isEmpty()) {
        if (error)
            *error = tr("Recording is not possible: XDG_RUNTIME_DIR is not set, so there is no "
                        "memory-backed folder to record into.");
        return {};
    }
    if (!isRamBacked(m_runtimeDir, error))
        return {};
    QString dirError;
    if (!ensurePrivateDir(folder(), &dirError)) {
        if (error)
            *error = tr("Recording is not possible: %1.").arg(dirError);
        return {};
    }
    return QDir(folder()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + suffix);
}

} // namespace its::platform
