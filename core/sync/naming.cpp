#include "sync/naming.h"

#include "sync/sync_error.h"

#include <QDateTime>
#include <QRegularExpression>

namespace its::sync {

bool isSafeId(const QString &id)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return safe.match(id).hasMatch();
}

QString monthFolder(qint64 finishedMs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(finishedMs, Qt::UTC);
    return QStringLiteral("%1/%2").arg(QLatin1String(kSummariesFolder), when.toString("yyyy-MM"));
}

QString envelopePath(const QString &deviceId, const QString &walkId, int revision,
                     qint64 finishedMs)
{
    if (!isSafeId(deviceId) || !isSafeId(walkId))
        throw SyncError(SyncErrorKind::Config,
                        "device and walk ids must be 1-64 letters, digits or '-': '" +
                            deviceId.toStdString() + "', '" + walkId.toStdString() + "'");
    if (revision < 1)
        throw SyncError(SyncErrorKind::Config, "revision must be >= 1");
    return QStringLiteral("%1/%2_%3_r%4.env")
        .arg(monthFolder(finishedMs), deviceId, walkId)
        .arg(revision);
}

QString enrollmentPath(const QString &deviceId)
{
    if (!isSafeId(deviceId))
        throw SyncError(SyncErrorKind::Config, "unsafe device id: " + deviceId.toStdString());
    return QStringLiteral("%1/%2.json").arg(QLatin1String(kEnrollmentsFolder), deviceId);
}

std::optional<EnvelopeName> parseEnvelopeName(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9-]{1,64})_([A-Za-z0-9-]{1,64})_r([1-9][0-9]{0,8})\\.env$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    return EnvelopeName{match.captured(1), match.captured(2), match.captured(3).toInt()};
}

} // namespace its::sync
