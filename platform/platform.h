#pragma once
// Everything the app needs from the OS, as one bundle. makePlatform() is the ONE place that picks
// the implementation for the OS the app was built for; tests use makeFakePlatform().

#include "app_lifecycle.h"
#include "media_scratch.h"
#include "permissions.h"
#include "secret_store.h"
#include "storage_paths.h"

#include <memory>

namespace its::platform {

struct Platform
{
    std::unique_ptr<AppLifecycle> lifecycle;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<StoragePaths> paths;
    std::unique_ptr<Permissions> permissions;
    std::unique_ptr<MediaScratch> mediaScratch; // where recordings live until they are stored
    QString name; // "desktop", "android", "ios", "fake": shown in Settings > About
};

// Needs a QGuiApplication with organization and application names set.
Platform makePlatform();

// Fakes only: storage under `dataDir`, an in-memory keychain, foreground until told otherwise,
// permissions denied until configured.
Platform makeFakePlatform(const QString &dataDir);

} // namespace its::platform
