#pragma once
// What the review view-models share: opening the sync target an address names (with the WebDAV
// credentials typed in this session) and turning core errors into sentences.

#include "sync/sync_target.h"

#include <QString>
#include <QUrl>
#include <exception>
#include <memory>

namespace review {

// Throws SyncError(Config) for a bad address (plain http to a remote host, unknown scheme).
std::unique_ptr<its::sync::SyncTarget> openTarget(const QString &address);

// WebDAV user and password for this app session only (kept in memory, never written): the
// keychain-backed store is not wired yet. Empty user: connect without credentials.
void setCredentials(const QString &user, const QString &password);

qint64 nowMs();

// A local file path from a QML url or a plain path ("" when there is none).
QString localPath(const QUrl &file);

// Writes atomically (QSaveFile); returns "" or a sentence saying why not.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);
// Reads a whole file; on failure returns false and puts the reason in `error`.
bool readWholeFile(const QString &path, QByteArray &bytes, QString &error);

} // namespace review
