#include "sync/folder_target.h"

#include "sync/sync_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

namespace its::sync {

namespace {

[[noreturn]] void ioError(const std::string &what, const QString &path, int error)
{
    throw SyncError(SyncErrorKind::Io,
                    what + " " + path.toStdString() + ": " + std::strerror(error));
}

void writeAll(int fd, const QByteArray &bytes, const QString &path)
{
    const char *data = bytes.constData();
    auto left = static_cast<std::size_t>(bytes.size());
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            ioError("cannot write", path, errno);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
}

void fsyncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        ioError("cannot open folder", dir, errno);
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0 && error != EINVAL) // some network file systems cannot fsync a folder
        ioError("cannot sync folder", dir, error);
}

} // namespace

FolderTarget::FolderTarget(QString root, Create create)
    : root_(QDir::cleanPath(QDir(root).absolutePath()))
{
    if (create == Create::IfMissing && !QDir().mkpath(root_))
        throw SyncError(SyncErrorKind::Io, "cannot create sync folder " + root_.toStdString());
}

void FolderTarget::requireRoot() const
{
    // Never recreate a missing root: an unmounted share or unplugged stick would silently
    // become a local folder, and the summaries would never reach the review.
    if (!QFileInfo(root_).isDir())
        throw SyncError(SyncErrorKind::Io,
                        "sync folder " + root_.toStdString() + " is not available (not mounted?)");
}

QString FolderTarget::resolve(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    if (clean.isEmpty() || clean.startsWith('/') || clean == ".." || clean.startsWith("../"))
        throw SyncError(SyncErrorKind::Config,
                        "path escapes the sync folder: " + path.toStdString());
    return root_ + '/' + clean;
}

void FolderTarget::put(const QString &path, const QByteArray &bytes)
{
    requireRoot();
    const QString full = resolve(path);
    QFile existing(full);
    if (existing.open(QIODevice::ReadOnly) && existing.size() == bytes.size() &&
        existing.readAll() == bytes)
        return; // same name, same bytes: nothing to do
    existing.close();

    const QString dir = QFileInfo(full).absolutePath();
    if (!QDir().mkpath(dir))
        throw SyncError(SyncErrorKind::Io, "cannot create folder " + dir.toStdString());
    const QString temp = QStringLiteral("%1/.%2.tmp-%3")
                             .arg(dir, QFileInfo(full).fileName())
                             .arg(randombytes_random(), 8, 16, QLatin1Char('0'));
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        ioError("cannot create", temp, errno);
    try {
        writeAll(fd, bytes, temp);
        if (::fsync(fd) != 0)
            ioError("cannot sync", temp, errno);
    } catch (...) {
        ::close(fd);
        ::unlink(tempName.constData());
        throw;
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        ioError("cannot close", temp, error);
    }
    if (::rename(tempName.constData(), QFile::encodeName(full).constData()) != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        ioError("cannot rename into place", full, error);
    }
    fsyncDir(dir);
}

QByteArray FolderTarget::get(const QString &path)
{
    requireRoot();
    const QString full = resolve(path);
    QFile file(full);
    if (!file.exists())
        throw SyncError(SyncErrorKind::NotFound,
                        "no such file on the sync folder: " + path.toStdString());
    if (!file.open(QIODevice::ReadOnly))
        throw SyncError(SyncErrorKind::Io, "cannot read " + full.toStdString() + ": " +
                                               file.errorString().toStdString());
    return file.readAll();
}

QStringList FolderTarget::list(const QString &folder)
{
    requireRoot();
    const QString full = folder.isEmpty() ? root_ : resolve(folder);
    QDir dir(full);
    if (!dir.exists())
        return {};
    QStringList names;
    // Hidden entries are our own temp files (or the OS's); never list them.
    const auto entries =
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries)
        names << (entry.isDir() ? entry.fileName() + '/' : entry.fileName());
    return names;
}

} // namespace its::sync
