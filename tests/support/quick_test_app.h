#pragma once
// What every QtQuickTest main does for each new engine: qrc:/ on the import path, a fresh
// temporary data folder with the fake platform, and an AppController over a real vault (cheap
// Argon2 cost, English) handed over before QML first asks for the singleton.

#include "app_controller.h"
#include "platform.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <memory>
#include <vector>

class QuickTestApp
{
public:
    AppController *install(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        auto &dir = m_dirs.emplace_back(std::make_unique<QTemporaryDir>());
        AppController::Options options;
        options.kdfCost = its::KdfCost::Test;
        options.systemLanguage = QStringLiteral("en");
        auto *controller =
            new AppController(its::platform::makeFakePlatform(dir->path()), options, engine);
        AppController::setInstance(controller);
        return controller;
    }

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs; // one per engine, kept to the end
};
