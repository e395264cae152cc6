#pragma once
// What the QML shell test needs beyond the UI: the fake platform's switches and a look at the
// vault's bytes. Registered only in the test, as the singleton InTheirShoesTest.TestHooks.

#include <QObject>
#include <QtQml/qqmlregistration.h>

class AppController;
class QJSEngine;
class QQmlEngine;

class ShellTestHooks : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(TestHooks)
    QML_SINGLETON
public:
    explicit ShellTestHooks(AppController *controller, QObject *parent = nullptr);

    // Declarative registration (so qmllint sees the type): the test builds the hooks for each
    // engine in qmlEngineAvailable() and hands them over here; the factory returns them.
    static void setInstance(ShellTestHooks *hooks);
    static ShellTestHooks *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // Fake lifecycle: false sends the app to the background.
    Q_INVOKABLE void setForeground(bool foreground);
    // Moves the auto-lock clock forward and runs its check, as its timer would.
    Q_INVOKABLE void advanceIdleMinutes(int minutes);
    // SHA-256 over every file name and byte in the vault folder.
    Q_INVOKABLE QString vaultDigest() const;
    // Damages the vault as a user might: "empty" truncates vault.db (`: > vault.db`),
    // "missing" deletes it. The key file stays.
    Q_INVOKABLE bool damageVault(const QString &how);
    // ITS_SCREENSHOT_DIR (created), or "" when no screenshots are wanted.
    Q_INVOKABLE QString screenshotDir() const;

private:
    AppController *m_controller;
    qint64 m_clockMs = 0;
};
