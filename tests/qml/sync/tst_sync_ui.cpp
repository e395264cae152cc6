// QtQuickTest entry point for the sync UI: a fresh temporary data folder with the fake platform
// (fake keychain) and a real vault (cheap Argon2 cost) for every tst_*.qml file here.
#include "its_ui_module.h"
#include "quick_test_app.h"
#include "sync_test_hooks.h"

#include <QQmlEngine>
#include <QtQuickTest>

class SyncSetup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        AppController *controller = m_app.install(engine);
        SyncTestHooks::setInstance(new SyncTestHooks(controller, engine));
    }

private:
    QuickTestApp m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(sync_ui, SyncSetup)

#include "tst_sync_ui.moc"
