// The platform fakes behave like the real implementations they stand in for, and the desktop
// pieces that can run here (private folders, lifecycle mapping, keychain probe) do their job.
#include "desktop/keychain_secret_store.h"
#include "fake/fake_app_lifecycle.h"
#include "fake/fake_permissions.h"
#include "fake/fake_secret_store.h"
#include "fake/fake_storage_paths.h"
#include "platform.h"
#include "qt_app_lifecycle.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace its::platform;

namespace {
constexpr auto kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// POSIX mode bits, read with stat() rather than through Qt's permission flags.
unsigned modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xffff;
    return st.st_mode & 0777U;
}

// Runs one asynchronous SecretStore call to completion.
SecretResult await(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretResult> result;
    call([&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return SecretResult{false, false, {}, QStringLiteral("timed out")};
    return *result;
}
} // namespace

class TstPlatformFakes : public QObject
{
    Q_OBJECT
private slots:
    void secretStoreRoundTrip()
    {
        FakeSecretStore store;
        QVERIFY(store.available());
        const QByteArray secret("\x00\x01wrapped\xff", 10);
        QVERIFY(await([&](auto cb) { store.write("k", secret, cb); }).ok);
        const SecretResult read = await([&](auto cb) { store.read("k", cb); });
        QVERIFY(read.ok);
        QCOMPARE(read.data, secret);
        QVERIFY(await([&](auto cb) { store.remove("k", cb); }).ok);
        const SecretResult gone = await([&](auto cb) { store.read("k", cb); });
        QVERIFY(!gone.ok);
        QVERIFY(gone.notFound);
    }

    void secretStoreAnswersAsynchronously()
    {
        FakeSecretStore store;
        bool answered = false;
        store.write("k", "v", [&](const SecretResult &) { answered = true; });
        QVERIFY(!answered); // like a real keychain: never inside the call
        QTRY_VERIFY(answered);
    }

    void unavailableStoreRefusesAndKeepsNothing()
    {
        FakeSecretStore store;
        store.setAvailable(false, "no Secret Service");
        QVERIFY(!store.available());
        QCOMPARE(store.reason(), QString("no Secret Service"));
        const SecretResult r = await([&](auto cb) { store.write("k", "v", cb); });
        QVERIFY(!r.ok);
        QVERIFY(!r.notFound);
        QCOMPARE(r.error, QString("no Secret Service"));
        QVERIFY(!store.contains("k"));
    }

    void failingStoreReportsError()
    {
        FakeSecretStore store;
        QVERIFY(await([&](auto cb) { store.write("k", "v", cb); }).ok);
        store.setFailing(true);
        const SecretResult r = await([&](auto cb) { store.read("k", cb); });
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }

    void permissionsAnswerWhatWasConfigured()
    {
        FakePermissions permissions;
        QCOMPARE(permissions.status(Permission::Camera), PermissionStatus::Undetermined);
        permissions.setAnswer(Permission::Camera, PermissionStatus::Granted);
        PermissionStatus got = PermissionStatus::Undetermined;
        permissions.request(Permission::Camera, [&](PermissionStatus s) { got = s; });
        QCOMPARE(got, PermissionStatus::Granted);
        QCOMPARE(permissions.status(Permission::Camera), PermissionStatus::Granted);
        // Not configured: denied, like a user tapping "Don't allow".
        permissions.request(Permission::Microphone, [&](PermissionStatus s) { got = s; });
        QCOMPARE(got, PermissionStatus::Denied);
        QCOMPARE(permissions.requestCount(), 2);
    }

    void lifecycleSignalsOnlyOnChange()
    {
        FakeAppLifecycle lifecycle;
        QSignalSpy spy(&lifecycle, &AppLifecycle::foregroundChanged);
        lifecycle.setForeground(true);
        QCOMPARE(spy.count(), 0);
        lifecycle.setForeground(false);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toBool(), false);
        QVERIFY(!lifecycle.isForeground());
    }

    void desktopInactiveIsForegroundButPhoneInactiveIsNot()
    {
        using IM = QtAppLifecycle::InactiveMeans;
        QVERIFY(QtAppLifecycle::isForegroundState(Qt::ApplicationActive, IM::Background));
        QVERIFY(QtAppLifecycle::isForegroundState(Qt::ApplicationInactive, IM::Foreground));
        QVERIFY(!QtAppLifecycle::isForegroundState(Qt::ApplicationInactive, IM::Background));
        QVERIFY(!QtAppLifecycle::isForegroundState(Qt::ApplicationHidden, IM::Foreground));
        QVERIFY(!QtAppLifecycle::isForegroundState(Qt::ApplicationSuspended, IM::Foreground));
    }

    void storageFoldersArePrivate()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath("app");
        FakeStoragePaths paths(root);
        for (const QString &dir : {paths.dataDir(), paths.vaultDir(), paths.mediaDir()}) {
            QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir));
            QCOMPARE(modeOf(dir), 0700U);
        }
        QVERIFY(paths.mediaDir().startsWith(root)); // never ~/Music
        QVERIFY(paths.settingsFile().startsWith(root));
    }

    void ensurePrivateDirTightensLooseFolder()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("loose");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir,
                                      kOwnerOnly | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(ensurePrivateDir(dir));
        QCOMPARE(modeOf(dir), 0700U);
    }

    void ensurePrivateDirReportsImpossiblePath()
    {
        QTemporaryDir tmp;
        QFile file(tmp.filePath("a-file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QVERIFY(!ensurePrivateDir(tmp.filePath("a-file/sub"), &error));
        QVERIFY(error.contains("cannot create"));
        QVERIFY(!ensurePrivateDir(QString(), &error));
    }

    void keychainProbeWithoutSessionBusIsUnavailable()
    {
        // Point D-Bus at a socket that does not exist: the store must say so instead of
        // hanging or silently storing secrets in plaintext.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/its-test-bus");
        KeychainSecretStore store("InTheirShoesTest");
        QVERIFY(!store.available());
        QVERIFY(!store.reason().isEmpty());
        const SecretResult r = await([&](auto cb) { store.read("k", cb); });
        QVERIFY(!r.ok);
    }

    void fakePlatformBundleIsComplete()
    {
        QTemporaryDir tmp;
        Platform p = makeFakePlatform(tmp.path());
        QVERIFY(p.lifecycle && p.secrets && p.paths && p.permissions);
        QCOMPARE(p.name, QString("fake"));
        QCOMPARE(p.paths->dataDir(), tmp.path());
    }
};

QTEST_GUILESS_MAIN(TstPlatformFakes)
#include "tst_platform_fakes.moc"
