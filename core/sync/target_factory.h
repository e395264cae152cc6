#pragma once
// Opens the sync target an address names: http(s):// is WebDAV, file:// or a local path is a
// folder. Anything else, and plain http to a non-loopback host, is a SyncError(Config).

#include "sync/credentials.h"
#include "sync/sync_target.h"

#include <memory>

namespace its::sync {

std::unique_ptr<SyncTarget> openTarget(const QString &address, CredentialProvider *credentials,
                                       int transferTimeoutMs = 30'000);

} // namespace its::sync
