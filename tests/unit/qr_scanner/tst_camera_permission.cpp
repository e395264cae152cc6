// AppController.cameraPermission over the platform's Permissions: the answer of the fake
// platform (denied until a test grants it) reaches QML as answered(granted) and status, once
// per request; on the desktop it is granted at once.
#include "app_controller.h"
#include "camera_permission.h"
#include "desktop/desktop_permissions.h"
#include "fake/fake_permissions.h"
#include "platform.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using its::platform::FakePermissions;
using its::platform::Permission;
using its::platform::PermissionStatus;

class TestCameraPermission : public QObject
{
    Q_OBJECT

private slots:
    void fakeDeniesUntilGranted()
    {
        FakePermissions permissions;
        CameraPermission camera(&permissions);
        QCOMPARE(camera.status(), CameraPermission::Undetermined);
        QSignalSpy answered(&camera, &CameraPermission::answered);
        QSignalSpy status(&camera, &CameraPermission::statusChanged);

        camera.request();
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(0).toBool(), false);
        QCOMPARE(camera.status(), CameraPermission::Denied);
        QCOMPARE(status.count(), 1);

        permissions.setAnswer(Permission::Camera, PermissionStatus::Granted);
        camera.request();
        QCOMPARE(answered.count(), 2);
        QCOMPARE(answered.at(1).at(0).toBool(), true);
        QCOMPARE(camera.status(), CameraPermission::Granted);
        QCOMPARE(permissions.requestCount(), 2);
    }

    void microphoneAnswerIsNotTheCamera()
    {
        FakePermissions permissions;
        permissions.setAnswer(Permission::Microphone, PermissionStatus::Granted);
        CameraPermission camera(&permissions);
        QSignalSpy answered(&camera, &CameraPermission::answered);
        camera.request();
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(0).toBool(), false);
    }

    void desktopGrants()
    {
        its::platform::DesktopPermissions permissions;
        CameraPermission camera(&permissions);
        QSignalSpy answered(&camera, &CameraPermission::answered);
        camera.request();
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(0).toBool(), true);
        QCOMPARE(camera.status(), CameraPermission::Granted);
    }

    // The app's own instance: the fake platform's permissions, reached through AppController.
    void appControllerExposesIt()
    {
        QTemporaryDir dir;
        AppController::Options options;
        options.kdfCost = its::KdfCost::Test;
        options.systemLanguage = QStringLiteral("en");
        AppController app(its::platform::makeFakePlatform(dir.path()), options);
        CameraPermission *camera = app.cameraPermission();
        QVERIFY(camera);
        QCOMPARE(app.property("cameraPermission").value<CameraPermission *>(), camera);
        auto *fake = dynamic_cast<FakePermissions *>(app.platform().permissions.get());
        QVERIFY(fake);
        fake->setAnswer(Permission::Camera, PermissionStatus::Granted);
        QSignalSpy answered(camera, &CameraPermission::answered);
        camera->request();
        QCOMPARE(answered.count(), 1);
        QVERIFY(answered.at(0).at(0).toBool());
    }
};

QTEST_MAIN(TestCameraPermission)
#include "tst_camera_permission.moc"
