// The one place that chooses platform implementations per OS.
#include "fake/fake_app_lifecycle.h"
#include "fake/fake_media_scratch.h"
#include "fake/fake_permissions.h"
#include "fake/fake_secret_store.h"
#include "fake/fake_storage_paths.h"
#include "platform.h"

#if defined(Q_OS_ANDROID)
#include "android/android_platform.h"
#elif defined(Q_OS_IOS)
#include "ios/ios_platform.h"
#else
#include "desktop/desktop_permissions.h"
#include "desktop/desktop_storage_paths.h"
#include "desktop/keychain_secret_store.h"
#include "desktop/runtime_media_scratch.h"
#include "qt_app_lifecycle.h"
#endif

namespace its::platform {

Platform makePlatform()
{
#if defined(Q_OS_ANDROID)
    return makeAndroidPlatform();
#elif defined(Q_OS_IOS)
    return makeIosPlatform();
#else
    Platform p;
    p.lifecycle = std::make_unique<QtAppLifecycle>(QtAppLifecycle::InactiveMeans::Foreground);
    p.secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("InTheirShoes"));
    p.paths = std::make_unique<DesktopStoragePaths>();
    p.permissions = std::make_unique<DesktopPermissions>();
    p.mediaScratch = std::make_unique<RuntimeMediaScratch>();
    p.name = QStringLiteral("desktop");
    return p;
#endif
}

Platform makeFakePlatform(const QString &dataDir)
{
    Platform p;
    p.lifecycle = std::make_unique<FakeAppLifecycle>();
    p.secrets = std::make_unique<FakeSecretStore>();
    p.paths = std::make_unique<FakeStoragePaths>(dataDir);
    p.permissions = std::make_unique<FakePermissions>();
    p.mediaScratch = std::make_unique<FakeMediaScratch>(dataDir + QStringLiteral("/scratch"));
    p.name = QStringLiteral("fake");
    return p;
}

} // namespace its::platform
