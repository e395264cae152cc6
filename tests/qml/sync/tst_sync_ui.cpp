// QtQuickTest entry point for the sync UI: a fresh temporary data folder with the fake platform
// (fake keychain) and a real vault (cheap Argon2 cost) for every tst_*.qml file here.
#include "app_controller.h"
#include "its_ui_module.h"
#include "sync_test_hooks.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>
#include <vector>

class SyncSetup : public QObject
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
        SyncTestHooks::setInstance(new SyncTestHooks(controller, engine));
    }

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

QUICK_TEST_MAIN_WITH_SETUP(sync_ui, SyncSetup)

#include "tst_sync_ui.moc"
