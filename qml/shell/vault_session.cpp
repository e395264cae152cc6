#include "vault_session.h"

#include "vault/vault.h"
#include "vault/vault_error.h"

#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>
#include <filesystem>

struct VaultSession::Outcome
{
    std::unique_ptr<its::Vault> vault;
    QString recoveryCode;
    QString passphrase; // the passphrase that now opens the vault, for "unlock on this device"
    bool ok = false;
    its::VaultErrorCode code = its::VaultErrorCode::Io;
    QString detail;
};

namespace {

std::filesystem::path toPath(const QString &dir)
{
    return std::filesystem::path(dir.toStdString());
}

} // namespace

// Runs a vault operation and turns every failure into an Outcome: nothing escapes the worker.
template <typename F> std::shared_ptr<VaultSession::Outcome> VaultSession::runCaught(F &&operation)
{
    auto outcome = std::make_shared<VaultSession::Outcome>();
    try {
        operation(*outcome);
        outcome->ok = true;
    } catch (const its::VaultError &e) {
        outcome->code = e.code();
        outcome->detail = QString::fromStdString(e.what());
    } catch (const std::exception &e) {
        outcome->code = its::VaultErrorCode::Io;
        outcome->detail = QString::fromStdString(e.what());
    }
    return outcome;
}

VaultSession::VaultSession(QString vaultDir, its::KdfCost cost, QObject *parent)
    : QObject(parent)
    , m_vaultDir(std::move(vaultDir))
    , m_cost(cost)
    , m_exists(its::Vault::exists(toPath(m_vaultDir)))
    , m_damaged(its::Vault::damaged(toPath(m_vaultDir)))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VaultSession::onFinished);
}

VaultSession::~VaultSession()
{
    // A create() in flight is writing the key file: let it finish rather than leave half a vault.
    m_watcher.waitForFinished();
    if (m_vault)
        m_vault->lock();
}

its::Vault *VaultSession::vault() const
{
    return m_vault.get();
}

bool VaultSession::unlocked() const
{
    return m_vault && m_vault->isOpen();
}

void VaultSession::create(const QString &passphrase)
{
    const std::string secret = passphrase.toStdString();
    const auto dir = toPath(m_vaultDir);
    const its::KdfCost cost = m_cost;
    run([secret, dir, cost, passphrase] {
        return runCaught([&](Outcome &o) {
            o.passphrase = passphrase;
            its::CreatedVault created = its::Vault::create(dir, secret, cost);
            o.recoveryCode = QString::fromStdString(created.recoveryCode);
            o.vault = std::make_unique<its::Vault>(std::move(created.vault));
        });
    });
}

void VaultSession::unlock(const QString &passphrase)
{
    const std::string secret = passphrase.toStdString();
    const auto dir = toPath(m_vaultDir);
    run([secret, dir, passphrase] {
        return runCaught([&](Outcome &o) {
            o.passphrase = passphrase;
            o.vault = std::make_unique<its::Vault>(its::Vault::unlock(dir, secret));
        });
    });
}

void VaultSession::recover(const QString &recoveryCode, const QString &newPassphrase)
{
    const std::string code = recoveryCode.trimmed().toStdString();
    const std::string secret = newPassphrase.toStdString();
    const auto dir = toPath(m_vaultDir);
    run([code, secret, dir, newPassphrase] {
        return runCaught([&](Outcome &o) {
            o.passphrase = newPassphrase;
            o.vault = std::make_unique<its::Vault>(its::Vault::recover(dir, code, secret));
        });
    });
}

void VaultSession::lock()
{
    if (!m_vault)
        return;
    emit aboutToLock();
    m_vault->lock();
    m_vault.reset();
    emit unlockedChanged();
}

void VaultSession::clearError()
{
    setError({});
}

void VaultSession::run(Job job)
{
    if (m_busy)
        return; // one vault operation at a time; the UI disables its buttons while busy
    setError({});
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
    emit busyChanged();
}

void VaultSession::onFinished()
{
    std::shared_ptr<Outcome> outcome = m_watcher.result();
    // busy turns false last, once the outcome is in place.
    auto done = qScopeGuard([this] {
        m_busy = false;
        emit busyChanged();
    });
    // Looked at again after every try: a folder restored from a backup meanwhile unlocks.
    const bool damaged = !outcome->ok && its::Vault::damaged(toPath(m_vaultDir));
    if (damaged != m_damaged) {
        m_damaged = damaged;
        emit damagedChanged();
    }
    if (!outcome->ok) {
        const QString message = messageFor(outcome->code, outcome->detail);
        setError(message);
        emit failed(message);
        return;
    }
    if (m_vault)
        lock();
    m_vault = std::move(outcome->vault);
    if (!m_exists) {
        m_exists = true;
        emit existsChanged();
    }
    if (!outcome->recoveryCode.isEmpty())
        emit created(outcome->recoveryCode);
    emit unlockedChanged();
    emit passphraseAccepted(outcome->passphrase);
}

QString VaultSession::messageFor(its::VaultErrorCode code, const QString &detail)
{
    using C = its::VaultErrorCode;
    switch (code) {
    case C::WrongPassphrase:
        return tr("That passphrase does not open this vault. Nothing was changed: check the "
                  "keyboard language and Caps Lock, or use your recovery code.");
    case C::WrongRecoveryCode:
        return tr("That recovery code does not match this vault. Nothing was changed.");
    case C::Corrupt:
        return tr("The vault files look damaged, so they were left untouched. Keep a copy of "
                  "the folder and restore a backup. (%1)")
            .arg(detail);
    case C::AlreadyExists:
        return tr("A vault already exists here. Unlock it instead.");
    case C::DiskFull:
        return tr("The disk is full. Nothing was written; free some space and try again.");
    case C::UnsupportedVersion:
        return tr("This vault was written by a newer version of the app. Update the app.");
    case C::InvalidInput:
        return tr("The passphrase cannot be empty.");
    case C::Busy:
        return tr("The vault is in use by another program. Close it and try again.");
    case C::CipherUnavailable:
        return tr("This build cannot encrypt (SQLCipher is missing). Nothing was written.");
    case C::NotFound:
        return tr("No vault was found in %1.").arg(detail);
    case C::Locked:
    case C::Io:
        break;
    }
    return tr("The vault could not be opened: %1").arg(detail);
}

void VaultSession::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}
