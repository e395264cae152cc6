#pragma once
// "Unlock on this device": after an unlock with the passphrase, the passphrase is kept in the OS
// keychain (which encrypts it under the user's login), so later unlocks need one tap. The
// passphrase is still required every `deviceUnlockDays` days, and whenever the keychain is
// unavailable (e.g. no Secret Service on a headless Linux box): then the option is hidden and
// the app simply asks for the passphrase. Exposed as AppController.deviceUnlock.

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>

class AppSettings;
class VaultSession;
namespace its::platform {
class SecretStore;
}

class DeviceUnlock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DeviceUnlock is owned by AppController: use AppController.deviceUnlock")
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString unavailableReason READ unavailableReason CONSTANT)
    // True when the unlock page may offer the one-tap unlock.
    Q_PROPERTY(bool offered READ offered NOTIFY offeredChanged)
    // Switched on, but no passphrase is kept yet: the vault holds only its key while unlocked,
    // so the passphrase is kept at the next unlock that types it (Settings says so).
    Q_PROPERTY(bool waitingForPassphrase READ waitingForPassphrase NOTIFY offeredChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    using Clock = std::function<qint64()>; // wall-clock ms since epoch
    DeviceUnlock(its::platform::SecretStore *store, AppSettings *settings, VaultSession *session,
                 QObject *parent = nullptr);

    void setClock(Clock clock) { m_now = std::move(clock); }
    bool available() const;
    QString unavailableReason() const;
    bool offered() const;
    bool waitingForPassphrase() const;
    QString errorMessage() const { return m_errorMessage; }

    // Reads the kept passphrase and unlocks with it.
    Q_INVOKABLE void unlock();
    // Called on VaultSession::passphraseAccepted. A passphrase the user typed is kept (if
    // enabled) and restarts the N-day period; one that came from the keychain changes nothing.
    void onPassphraseAccepted(const QString &passphrase);
    // Turning the option off, or a failed device unlock, removes the kept secret.
    void forget();

signals:
    void offeredChanged();
    void errorMessageChanged();

private:
    bool expired() const;
    void setError(const QString &message);
    QString key() const;

    its::platform::SecretStore *m_store;
    AppSettings *m_settings;
    VaultSession *m_session;
    Clock m_now;
    bool m_stored = false;
    bool m_fromKeychain = false; // the unlock in flight used the kept passphrase
    QString m_errorMessage;
};
