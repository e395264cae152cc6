// QtQuickTest entry point for the camera scan: the fake platform in a temp folder (camera
// permission denied until a test allows it) and CameraTestHooks for every tst_*.qml here.
#include "camera_test_hooks.h"
#include "its_ui_module.h"
#include "quick_test_app.h"

#include <QQmlEngine>
#include <QtQuickTest>

class CameraSetup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        AppController *controller = m_app.install(engine);
        CameraTestHooks::setInstance(new CameraTestHooks(controller, engine));
    }

private:
    QuickTestApp m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(camera, CameraSetup)

#include "tst_camera.moc"
