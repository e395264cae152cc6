// QtQuickTest entry point for the review pages: every tst_*.qml file gets a fresh engine, the
// fake platform in a temp folder (for AppController and Theme), and ReviewTestHooks with two
// real vaults: the CCO's review and an executive's device (the InTheirShoesReviewTest module,
// registered declaratively; the engine creates the singleton on first use).
#include "app_controller.h"
#include "its_ui_module.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>
#include <vector>

class ReviewSetup : public QObject
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
        AppController::setInstance(
            new AppController(its::platform::makeFakePlatform(dir->path()), options, engine));
    }

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

QUICK_TEST_MAIN_WITH_SETUP(review, ReviewSetup)

#include "tst_review.moc"
