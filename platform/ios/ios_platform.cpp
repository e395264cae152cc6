// iOS platform. Compiled only for iOS; never built or run on this machine.
//
// What it still lacks:
// - Keychain: uses QtKeychain's iOS Keychain backend, but without an access-control flag
//   (kSecAttrAccessibleWhenUnlockedThisDeviceOnly + biometry) that QtKeychain 0.13 cannot set.
// - Permissions: Qt 6.4 has no public QPermission API (6.5+); AVCaptureDevice
//   requestAccessForMediaType needs an Objective-C++ bridge. Until then requests return Denied.
// - Storage: AppDataLocation is inside the sandbox; it is not yet excluded from iCloud backup
//   (NSURLIsExcludedFromBackupKey), which the vault folder should be.
#include "ios_platform.h"

#ifdef Q_OS_IOS
#include "desktop/keychain_secret_store.h"
#include "fake/fake_permissions.h"
#include "qt_app_lifecycle.h"

#include <QStandardPaths>

namespace its::platform {

namespace {
class IosStoragePaths final : public StoragePaths
{
public:
    QString dataDir() const override
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
};
} // namespace

Platform makeIosPlatform()
{
    Platform p;
    p.lifecycle = std::make_unique<QtAppLifecycle>(QtAppLifecycle::InactiveMeans::Background);
    p.secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("InTheirShoes"));
    p.paths = std::make_unique<IosStoragePaths>();
    p.permissions = std::make_unique<FakePermissions>();
    p.name = QStringLiteral("ios");
    return p;
}

} // namespace its::platform
#endif
