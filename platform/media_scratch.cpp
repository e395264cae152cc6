#include "media_scratch.h"

#include "storage_paths.h"

#include <QDir>
#include <QFile>
#include <QLockFile>

namespace its::platform {

namespace {
const QString kClaimName = QStringLiteral(".running.lock");
}

MediaScratch::MediaScratch() = default;
MediaScratch::~MediaScratch() = default;

int MediaScratch::sweepAtStart()
{
    const QString dir = folder();
    if (dir.isEmpty() || !ensurePrivateDir(dir))
        return 0;
    auto claim = std::make_unique<QLockFile>(QDir(dir).filePath(kClaimName));
    claim->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!claim->tryLock(0))
        return 0;
    m_claim = std::move(claim);
    return sweep();
}

bool MediaScratch::wipe(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (file.open(QIODevice::ReadWrite)) {
        // RAM-backed, so this is not about the medium: it clears the pages before they are
        // freed and leaves nothing readable to a process that still has the file open.
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 left = file.size(); left > 0; left -= zeros.size())
            file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
        file.flush();
        file.close();
    }
    return QFile::remove(path);
}

int MediaScratch::sweep()
{
    const QString dir = folder();
    if (dir.isEmpty())
        return 0;
    int removed = 0;
    const auto entries = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : entries) {
        if (name != kClaimName)
            removed += wipe(QDir(dir).filePath(name)) ? 1 : 0;
    }
    return removed;
}

} // namespace its::platform
