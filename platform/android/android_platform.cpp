// Android platform. Compiled only for Android; never built or run on this machine.
//
// What it still lacks:
// - Keystore: the Android Keystore is FAKED here (an in-memory store that reports itself
//   unavailable), so "unlock on this device" is off on Android until a JNI KeyStore-backed
//   SecretStore (AES-GCM key with setUserAuthenticationRequired) is written.
// - Permissions: Qt 6.4 has no public QPermission API (6.5+); camera/microphone requests return
//   Denied until a JNI ActivityCompat.requestPermissions bridge exists.
// - Lifecycle uses QGuiApplication states, which Qt maps from onPause/onResume: sufficient.
#include "android_platform.h"

#ifdef Q_OS_ANDROID
#include "fake/fake_permissions.h"
#include "fake/fake_secret_store.h"
#include "qt_app_lifecycle.h"

#include <QStandardPaths>

namespace its::platform {

namespace {
class AndroidStoragePaths final : public StoragePaths
{
public:
    // AppDataLocation is the app's internal storage: private to the app's uid already.
    QString dataDir() const override
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
};
} // namespace

Platform makeAndroidPlatform()
{
    Platform p;
    p.lifecycle = std::make_unique<QtAppLifecycle>(QtAppLifecycle::InactiveMeans::Background);
    auto secrets = std::make_unique<FakeSecretStore>();
    secrets->setAvailable(false, QStringLiteral("Android Keystore not implemented yet"));
    p.secrets = std::move(secrets);
    p.paths = std::make_unique<AndroidStoragePaths>();
    p.permissions = std::make_unique<FakePermissions>();
    p.name = QStringLiteral("android");
    return p;
}

} // namespace its::platform
#endif
