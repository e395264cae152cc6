#pragma once
// The OS keychain, for the optional "unlock on this device". Asynchronous like the keychains
// themselves. A store may be unavailable (no Secret Service on a headless Linux box): callers
// must check available() and fall back to asking for the passphrase.

#include <QByteArray>
#include <QString>
#include <functional>

namespace its::platform {

struct SecretResult
{
    bool ok = false;
    bool notFound = false; // the key simply is not there (not an error of the store)
    QByteArray data;
    QString error;
};

class SecretStore
{
public:
    using Callback = std::function<void(const SecretResult &)>;
    virtual ~SecretStore() = default;

    // False when this store is known not to work here; reason() says why.
    virtual bool available() const = 0;
    virtual QString reason() const { return {}; }

    virtual void write(const QString &key, const QByteArray &secret, Callback done) = 0;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

} // namespace its::platform
