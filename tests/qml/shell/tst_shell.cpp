// QtQuickTest entry point: every tst_*.qml file in this folder gets a fresh engine, a fresh
// temporary data folder with the fake platform, and a real vault (cheap Argon2 cost).
#include "its_ui_module.h"
#include "quick_test_app.h"
#include "shell_test_hooks.h"

#include <QQmlEngine>
#include <QtQuickTest>

class ShellSetup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        AppController *controller = m_app.install(engine);
        auto *hooks = new ShellTestHooks(controller, engine);
        ShellTestHooks::setInstance(hooks); // InTheirShoesTest.TestHooks for this engine
    }

private:
    QuickTestApp m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(shell, ShellSetup)

#include "tst_shell.moc"
