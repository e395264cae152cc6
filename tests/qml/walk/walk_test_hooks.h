#pragma once
// What the walk test needs beyond the UI: the starter template files of the source tree, the
// walk as the vault stores it (re-read through WalkStore, not from any view-model), and where
// to save screenshots. Registered only in the test, as InTheirShoesWalkTest.WalkHooks.

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class AppController;
class QJSEngine;
class QQmlEngine;

class WalkTestHooks : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(WalkHooks)
    QML_SINGLETON
public:
    explicit WalkTestHooks(AppController *controller, QObject *parent = nullptr);

    // Declarative registration (so qmllint sees the type): the test builds the hooks for each
    // engine in qmlEngineAvailable() and hands them over here; the factory returns them.
    static void setInstance(WalkTestHooks *hooks);
    static WalkTestHooks *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    Q_INVOKABLE QUrl templateUrl(const QString &fileName) const;
    // The walk re-read from the vault as "intheirshoes.walk" JSON text; "" when locked/absent.
    Q_INVOKABLE QString storedWalk(const QString &walkId) const;
    // ITS_SCREENSHOT_DIR, or "" (no screenshots).
    Q_INVOKABLE QString screenshotDir() const;

private:
    AppController *m_controller;
};
