#pragma once
// What the walk test needs beyond the UI: the starter template files of the source tree, the
// walk as the vault stores it (re-read through WalkStore, not from any view-model), and where
// to save screenshots. Registered only in the test, as InTheirShoesWalkTest.WalkHooks.

#include <QObject>
#include <QUrl>

class AppController;

class WalkTestHooks : public QObject
{
    Q_OBJECT
public:
    explicit WalkTestHooks(AppController *controller, QObject *parent = nullptr);

    Q_INVOKABLE QUrl templateUrl(const QString &fileName) const;
    // The walk re-read from the vault as "intheirshoes.walk" JSON text; "" when locked/absent.
    Q_INVOKABLE QString storedWalk(const QString &walkId) const;
    // ITS_SCREENSHOT_DIR, or "" (no screenshots).
    Q_INVOKABLE QString screenshotDir() const;

private:
    AppController *m_controller;
};
