#pragma once
// The open vault as QML and the C++ models see it. Owned by AppController; QML reaches it as
// AppController.session and hands it to models (`property VaultSession session`).
// Create/unlock/recover run Argon2id (deliberately slow), so they run on a worker thread and
// report back through signals; `busy` is true meanwhile.

#include "vault/key_file.h"
#include "vault/vault_error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace its {
class Vault;
}

class VaultSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VaultSession is owned by AppController: use AppController.session")
    Q_PROPERTY(bool exists READ exists NOTIFY existsChanged)
    // The key file is there but vault.db is missing or empty: unlock cannot work, and nothing
    // may be created in its place. The unlock page says so and points to the backup.
    Q_PROPERTY(bool damaged READ damaged NOTIFY damagedChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString vaultDir READ vaultDir CONSTANT)
public:
    struct Outcome; // the result of one worker-thread operation

    VaultSession(QString vaultDir, its::KdfCost cost, QObject *parent = nullptr);
    ~VaultSession() override;

    // The open vault for C++ models; nullptr while locked. Do not keep the pointer across
    // aboutToLock().
    its::Vault *vault() const;

    bool exists() const { return m_exists; }
    bool damaged() const { return m_damaged; }
    bool unlocked() const;
    // True from run() until the outcome is applied (not merely until the worker returns), so
    // whoever sees busy turn false also sees the error or the open vault.
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    QString vaultDir() const { return m_vaultDir; }

    // Each answers with created(code) / unlockedChanged() on success or failed(message).
    Q_INVOKABLE void create(const QString &passphrase);
    Q_INVOKABLE void unlock(const QString &passphrase);
    Q_INVOKABLE void recover(const QString &recoveryCode, const QString &newPassphrase);
    // Emits aboutToLock (models drop their statements), then closes the store.
    Q_INVOKABLE void lock();
    Q_INVOKABLE void clearError();
    // Said by whoever finishes a walk in this vault (WalkController), so the outbox can queue
    // and send its summary at once instead of at its next timer tick.
    void notifyWalkFinished(const QString &walkId) { emit walkFinished(walkId); }

signals:
    void existsChanged();
    void damagedChanged();
    void unlockedChanged();
    void busyChanged();
    void errorMessageChanged();
    void aboutToLock();
    void walkFinished(const QString &walkId);
    // An outbox run ended (OutboxModel): every other OutboxModel on this vault reloads, so
    // "Sync now" on one page shows on Walks at once.
    void outboxChanged();
    // The recovery code of a new vault: show it once, never store it.
    void created(const QString &recoveryCode);
    void failed(const QString &message);
    // After every successful create/unlock/recover: the passphrase that opens the vault now.
    // C++ only (DeviceUnlock); not meant for QML.
    void passphraseAccepted(const QString &passphrase);

private:
    using Job = std::function<std::shared_ptr<Outcome>()>;
    void run(Job job);
    void onFinished();
    void setError(const QString &message);
    template <typename F> static std::shared_ptr<Outcome> runCaught(F &&operation);
    static QString messageFor(its::VaultErrorCode code, const QString &detail);

    QString m_vaultDir;
    its::KdfCost m_cost;
    bool m_exists = false;
    bool m_damaged = false;
    std::unique_ptr<its::Vault> m_vault;
    QString m_errorMessage;
    bool m_busy = false;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
};
