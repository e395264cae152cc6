#include "review_support.h"

#include "sync/credentials.h"
#include "sync/target_factory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QUrl>

namespace review {
std::unique_ptr<its::sync::SyncTarget> openTarget(const QString &address)
{
    return its::sync::openTarget(address, nullptr);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString localPath(const QUrl &file)
{
    if (file.isLocalFile())
        return file.toLocalFile();
    return file.scheme().isEmpty() ? file.toString() : QString();
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return QCoreApplication::translate("review", "No file was chosen.");
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return QCoreApplication::translate("review", "Cannot write %1: %2")
            .arg(path, out.errorString());
    return {};
}

bool readWholeFile(const QString &path, QByteArray &bytes, QString &error)
{
    if (path.isEmpty()) {
        error = QCoreApplication::translate("review", "No file was chosen.");
        return false;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        error =
            QCoreApplication::translate("review", "Cannot read %1: %2").arg(path, in.errorString());
        return false;
    }
    bytes = in.readAll();
    return true;
}

} // namespace review
