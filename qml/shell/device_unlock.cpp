#include "device_unlock.h"

#include "app_settings.h"
#include "secret_store.h"
#include "vault_session.h"

#include <QDateTime>
#include <QPointer>

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
}

DeviceUnlock::DeviceUnlock(its::platform::SecretStore *store, AppSettings *settings,
                           VaultSession *session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_session(session)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_stored(settings->lastPassphraseUnlockMs() > 0 && settings->deviceUnlock())
{
    connect(m_settings, &AppSettings::deviceUnlockChanged, this, [this] {
        if (!m_settings->deviceUnlock())
            forget();
        emit offeredChanged();
    });
    connect(m_session, &VaultSession::passphraseAccepted, this,
            &DeviceUnlock::onPassphraseAccepted);
    connect(m_session, &VaultSession::failed, this, [this] {
        if (m_fromKeychain) { // the kept passphrase no longer opens the vault: drop it
            m_fromKeychain = false;
            forget();
        }
    });
    connect(m_settings, &AppSettings::deviceUnlockDaysChanged, this, &DeviceUnlock::offeredChanged);
}

bool DeviceUnlock::available() const
{
    return m_store && m_store->available();
}

QString DeviceUnlock::unavailableReason() const
{
    return m_store ? m_store->reason() : QString();
}

QString DeviceUnlock::key() const
{
    return QStringLiteral("vault-passphrase:") + m_session->vaultDir();
}

bool DeviceUnlock::expired() const
{
    const qint64 last = m_settings->lastPassphraseUnlockMs();
    return last <= 0 || m_now() - last >= qint64{m_settings->deviceUnlockDays()} * kDayMs ||
           m_now() < last; // a clock set backwards does not extend the period
}

bool DeviceUnlock::offered() const
{
    return m_stored && m_settings->deviceUnlock() && available() && !expired();
}

bool DeviceUnlock::waitingForPassphrase() const
{
    return m_settings->deviceUnlock() && available() && !m_stored;
}

void DeviceUnlock::unlock()
{
    if (!offered() || m_session->busy())
        return;
    setError({});
    // Keychain answers may arrive after this object is gone (app quitting): guard `this`.
    m_store->read(key(), [self = QPointer<DeviceUnlock>(this)](
                             const its::platform::SecretResult &result) {
        DeviceUnlock *const me = self.data();
        if (!me)
            return;
        if (!result.ok) {
            me->setError(tr("This device could not provide the passphrase (%1). Enter it instead.")
                             .arg(result.error));
            me->forget();
            return;
        }
        me->m_fromKeychain = true;
        me->m_session->unlock(QString::fromUtf8(result.data));
    });
}

void DeviceUnlock::onPassphraseAccepted(const QString &passphrase)
{
    if (m_fromKeychain) {
        m_fromKeychain = false;
        return;
    }
    m_settings->setLastPassphraseUnlockMs(m_now());
    if (!m_settings->deviceUnlock() || !available()) {
        emit offeredChanged();
        return;
    }
    m_store->write(
        key(), passphrase.toUtf8(),
        [self = QPointer<DeviceUnlock>(this)](const its::platform::SecretResult &result) {
            DeviceUnlock *const me = self.data();
            if (!me)
                return;
            me->m_stored = result.ok;
            if (!result.ok)
                me->setError(
                    tr("The passphrase could not be kept on this device: %1").arg(result.error));
            emit me->offeredChanged();
        });
}

void DeviceUnlock::forget()
{
    const bool was = m_stored;
    m_stored = false;
    if (m_store && m_store->available())
        m_store->remove(key(), [](const its::platform::SecretResult &) {});
    if (was)
        emit offeredChanged();
}

void DeviceUnlock::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}
