// QtQuickTest entry point: a fresh temporary data folder with the fake platform and a real
// vault (cheap Argon2 cost) for every tst_*.qml file in this folder.
#include "its_ui_module.h"
#include "quick_test_app.h"
#include "walk_test_hooks.h"

#include <QQmlEngine>
#include <QtQuickTest>

class WalkSetup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        AppController *controller = m_app.install(engine);
        // InTheirShoesWalkTest.WalkHooks for this engine.
        WalkTestHooks::setInstance(new WalkTestHooks(controller, engine));
    }

private:
    QuickTestApp m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(walk, WalkSetup)

#include "tst_walk.moc"
