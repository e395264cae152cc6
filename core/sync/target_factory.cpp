#include "sync/target_factory.h"

#include "sync/folder_target.h"
#include "sync/sync_error.h"
#include "sync/webdav_target.h"

#include <QUrl>

namespace its::sync {

std::unique_ptr<SyncTarget> openTarget(const QString &address, CredentialProvider *credentials,
                                       int transferTimeoutMs)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        throw SyncError(SyncErrorKind::Config, "no sync target address given");
    if (trimmed.startsWith('/'))
        return std::make_unique<FolderTarget>(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == "file")
        return std::make_unique<FolderTarget>(url.toLocalFile());
    if (scheme == "http" || scheme == "https")
        return std::make_unique<WebDavTarget>(url,
                                              WebDavOptions{transferTimeoutMs, credentials, {}});
    throw SyncError(SyncErrorKind::Config,
                    "unsupported sync target '" + trimmed.toStdString() +
                        "': use https://… (WebDAV), file:///… or an absolute folder path");
}

} // namespace its::sync
