#pragma once
// The XML half of PROPFIND: the request body, and parsing a 207 multistatus answer into the
// names directly inside a folder (sub-folders with a trailing '/').

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace its::sync {

QByteArray propfindBody();
// `folderPath` is the decoded URL path of the listed folder, ending with '/'. Entries whose href
// is the folder itself or not directly inside it are skipped. Throws SyncError(Format) on bad XML.
QStringList parseMultistatus(const QByteArray &xml, const QString &folderPath);

} // namespace its::sync
