#pragma once
// What the review view-models share: checking the sync target an address names, the time, and
// file helpers. Network work goes through SyncRunner (accounts from SyncCredentials).

#include "sync/sync_target.h"

#include <QString>
#include <QUrl>
#include <exception>
#include <memory>

namespace review {

// Throws SyncError(Config) for a bad address (plain http to a remote host, unknown scheme).
// Opens without an account: for checking an address, never for network work.
std::unique_ptr<its::sync::SyncTarget> openTarget(const QString &address);

qint64 nowMs();

// A local file path from a QML url or a plain path ("" when there is none).
QString localPath(const QUrl &file);

// Writes atomically (QSaveFile); returns "" or a sentence saying why not.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);
// Reads a whole file; on failure returns false and puts the reason in `error`.
bool readWholeFile(const QString &path, QByteArray &bytes, QString &error);

} // namespace review
