#pragma once
// The app's root object, exposed to QML as the singleton `AppController`. It owns the platform
// bundle, the settings, the vault session and auto-lock, and decides which screen the shell shows.
// main() and tests construct it and hand it over with setInstance() before QML asks for it.

#include "app_settings.h"
#include "camera_permission.h"
#include "device_unlock.h"
#include "platform.h"
#include "review_outbox_model.h"
#include "sync_credentials.h"
#include "vault/key_file.h"
#include "vault_session.h"

#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
class QJSEngine;
namespace its::platform {
class AutoLock;
}

class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(VaultSession *session READ session CONSTANT)
    Q_PROPERTY(AppSettings *settings READ settings CONSTANT)
    Q_PROPERTY(DeviceUnlock *deviceUnlock READ deviceUnlock CONSTANT)
    Q_PROPERTY(SyncCredentials *syncCredentials READ syncCredentials CONSTANT)
    // The executive's outbox, syncing in the background while the vault is open (enrolled only).
    Q_PROPERTY(OutboxModel *outbox READ outbox CONSTANT)
    // Ask it before opening the camera (QrScanDialog).
    Q_PROPERTY(CameraPermission *cameraPermission READ cameraPermission CONSTANT)
    // "firstRun", "unlock" or "home"
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme NOTIFY darkThemeChanged)
    // "it" or "en": the language actually shown (settings.language may say "system")
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY effectiveLanguageChanged)
    // Why the vault was last locked automatically: "", "idle" or "background"
    Q_PROPERTY(QString lockReason READ lockReason NOTIFY lockReasonChanged)
    Q_PROPERTY(QString platformName READ platformName CONSTANT)
    Q_PROPERTY(QString storagePath READ storagePath CONSTANT)
public:
    struct Options
    {
        its::KdfCost kdfCost = its::KdfCost::Moderate; // tests pass KdfCost::Test
        QString systemLanguage;                        // empty: from QLocale::system()
    };

    AppController(its::platform::Platform platform, Options options, QObject *parent = nullptr);
    ~AppController() override;

    // QML singleton factory: returns the instance given to setInstance(), or builds one on the
    // real platform (qmlscene, tools).
    static AppController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(AppController *instance);

    VaultSession *session() const { return m_session; }
    AppSettings *settings() const { return m_settings; }
    DeviceUnlock *deviceUnlock() const { return m_deviceUnlock; }
    SyncCredentials *syncCredentials() const { return m_syncCredentials; }
    OutboxModel *outbox() const { return m_outbox; }
    CameraPermission *cameraPermission() const { return m_cameraPermission; }
    its::platform::Platform &platform() { return m_platform; }
    its::platform::AutoLock *autoLock() const { return m_autoLock; }
    QString screen() const;
    bool darkTheme() const;
    QString effectiveLanguage() const;
    QString lockReason() const { return m_lockReason; }
    QString platformName() const { return m_platform.name; }
    QString storagePath() const { return m_platform.paths->dataDir(); }

    // Needed to retranslate QML when the language changes.
    void attachEngine(QQmlEngine *engine);

    // The recovery code has been confirmed: leave the first-run flow for Home.
    Q_INVOKABLE void finishFirstRun();
    Q_INVOKABLE void lockNow();

signals:
    void screenChanged();
    void darkThemeChanged();
    void effectiveLanguageChanged();
    void lockReasonChanged();

private:
    void applyLanguage();
    void updateAutoLock();
    void setLockReason(const QString &reason);

    its::platform::Platform m_platform;
    Options m_options;
    AppSettings *m_settings = nullptr;
    VaultSession *m_session = nullptr;
    DeviceUnlock *m_deviceUnlock = nullptr;
    SyncCredentials *m_syncCredentials = nullptr;
    OutboxModel *m_outbox = nullptr;
    CameraPermission *m_cameraPermission = nullptr;
    its::platform::AutoLock *m_autoLock = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; // Qt's own words (file picker, buttons)
    QPointer<QQmlEngine> m_engine;
    QString m_lockReason;
    bool m_firstRun = false;
};
