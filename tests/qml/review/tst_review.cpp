// QtQuickTest entry point for the review pages: every tst_*.qml file gets a fresh engine, the
// fake platform in a temp folder (for AppController and Theme), and ReviewTestHooks with two
// real vaults: the CCO's review and an executive's device (the InTheirShoesReviewTest module,
// registered declaratively; the engine creates the singleton on first use).
#include "its_ui_module.h"
#include "quick_test_app.h"

#include <QQmlEngine>
#include <QtQuickTest>

class ReviewSetup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { m_app.install(engine); }

private:
    QuickTestApp m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(review, ReviewSetup)

#include "tst_review.moc"
