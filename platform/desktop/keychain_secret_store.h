#pragma once
// SecretStore on QtKeychain: Secret Service / KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows. Never falls back to QtKeychain's plaintext QSettings storage.

#include "secret_store.h"

#include <optional>

namespace its::platform {

class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service);

    // The D-Bus probe runs on first use, not at startup: it costs a round trip.
    bool available() const override { return reason().isEmpty(); }
    QString reason() const override;

    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void read(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;

    // Linux: whether a Secret Service or KWallet is reachable on the session bus. Empty string
    // when one is; otherwise the reason it is not. Other OSes always have a keychain.
    static QString probeBackend();

private:
    QString m_service;
    mutable std::optional<QString> m_reason;
};

} // namespace its::platform
