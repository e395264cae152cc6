// QtQuickTest entry point: every tst_*.qml file in this folder gets a fresh engine, a fresh
// temporary data folder with the fake platform, and a real vault (cheap Argon2 cost).
#include "app_controller.h"
#include "its_ui_module.h"
#include "shell_test_hooks.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>
#include <vector>

class ShellSetup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        auto &dir = m_dirs.emplace_back(std::make_unique<QTemporaryDir>());
        AppController::Options options;
        options.kdfCost = its::KdfCost::Test;
        options.systemLanguage = QStringLiteral("en");
        auto *controller =
            new AppController(its::platform::makeFakePlatform(dir->path()), options, engine);
        AppController::setInstance(controller);
        auto *hooks = new ShellTestHooks(controller, engine);
        ShellTestHooks::setInstance(hooks); // InTheirShoesTest.TestHooks for this engine
    }

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

QUICK_TEST_MAIN_WITH_SETUP(shell, ShellSetup)

#include "tst_shell.moc"
