#pragma once
// What the sync UI test needs beyond the UI: a review circle in a second real vault with a
// real folder target, this app's vault enrolled in it and accepted, a finished walk written
// through WalkStore (as finishing one in the app does), and a look into the fake keychain.
// Registered only in the test, as InTheirShoesSyncTest.SyncHooks.

#include "vault/vault.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtQml/qqmlregistration.h>
#include <optional>

class AppController;
class QJSEngine;
class QQmlEngine;

class SyncTestHooks : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(SyncHooks)
    QML_SINGLETON
public:
    explicit SyncTestHooks(AppController *controller, QObject *parent = nullptr);
    ~SyncTestHooks() override;

    static void setInstance(SyncTestHooks *hooks);
    static SyncTestHooks *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // Creates the review circle (folder target) and enrolls the app's open vault in it.
    Q_INVOKABLE bool joinFolderCircle();
    // A walk of a starter template, finished now; returns its id ("" on failure).
    Q_INVOKABLE QString finishWalk(const QString &persona);
    // The same walk left in progress, for the app to finish.
    Q_INVOKABLE QString startWalk(const QString &persona);
    // Envelope files on the folder target.
    Q_INVOKABLE int envelopesOnTarget() const;
    // Whether the fake keychain holds `key`.
    Q_INVOKABLE bool keychainHas(const QString &key) const;
    // ITS_SCREENSHOT_DIR, or "" (no screenshots).
    Q_INVOKABLE QString screenshotDir() const;

private:
    AppController *m_controller;
    QTemporaryDir m_dir;
    std::optional<its::Vault> m_review;
};
