#pragma once
// The WebDAV account for a sync address: user name and password, kept in the OS keychain
// (platform SecretStore) under "webdav:<address>", so nobody retypes them and they are never
// written to the vault or to settings. Where the keychain is unavailable (a headless Linux box)
// they are kept in memory until the app quits, and `remembered` says so.
// Exposed as AppController.syncCredentials; view-models fetch() before each sync.

#include "sync/credentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace its::platform {
class SecretStore;
}

class SyncCredentials : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SyncCredentials is owned by AppController: use AppController.syncCredentials")
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable CONSTANT)
    Q_PROPERTY(QString keychainUnavailableReason READ keychainUnavailableReason CONSTANT)
    // Bumped whenever an account is saved or forgotten: bindings on userFor() re-evaluate.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
public:
    using Result = std::optional<its::sync::Credentials>;
    explicit SyncCredentials(its::platform::SecretStore *store, QObject *parent = nullptr);

    bool keychainAvailable() const;
    QString keychainUnavailableReason() const;
    int revision() const { return revision_; }

    // The key an address is kept under: scheme, host, port and path, no user info, one
    // trailing slash ("https://dav.example.com/its/").
    static QString accountKey(const QString &address);

    // Keeps the account in memory at once and in the keychain; emits saved(address, ok, message).
    // An empty user forgets the account.
    Q_INVOKABLE void save(const QString &address, const QString &user, const QString &password);
    Q_INVOKABLE void forget(const QString &address);
    // The user name known for `address` ("" if none known yet in this run; see load()).
    Q_INVOKABLE QString userFor(const QString &address) const;
    // Reads the keychain for `address` in the background; `revision` changes when it is known.
    Q_INVOKABLE void load(const QString &address);

    // Memory first, then the keychain. `done` runs once, on this thread, possibly at once;
    // nullopt means "connect without credentials". A keychain error is logged and also means
    // nullopt: the server then refuses (401), which the walk's sync state shows.
    void fetch(const QString &address, std::function<void(const Result &)> done);

signals:
    void changed();
    void saved(const QString &address, bool ok, const QString &message);
    // After forget(): ok false when the keychain kept the account (the message says so).
    void forgotten(const QString &address, bool ok, const QString &message);

private:
    void remember(const QString &key, const Result &credentials);

    its::platform::SecretStore *store_;
    QHash<QString, its::sync::Credentials> known_; // by accountKey(); loaded or typed this run
    QHash<QString, bool> absent_;                  // keychain said: nothing kept for this key
    int revision_ = 0;
};
