#include "sync_credentials.h"

#include "secret_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {

QString keychainName(const QString &key)
{
    return QStringLiteral("webdav:") + key;
}

QByteArray encode(const its::sync::Credentials &credentials)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("user"), credentials.user},
                                     {QStringLiteral("password"), credentials.password}})
        .toJson(QJsonDocument::Compact);
}

std::optional<its::sync::Credentials> decode(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    const QString user = object.value(QStringLiteral("user")).toString();
    if (user.isEmpty())
        return std::nullopt;
    return its::sync::Credentials{user, object.value(QStringLiteral("password")).toString()};
}

} // namespace

SyncCredentials::SyncCredentials(its::platform::SecretStore *store, QObject *parent)
    : QObject(parent)
    , store_(store)
{
}

bool SyncCredentials::keychainAvailable() const
{
    return store_ && store_->available();
}

QString SyncCredentials::keychainUnavailableReason() const
{
    return store_ ? store_->reason() : QString();
}

QString SyncCredentials::accountKey(const QString &address)
{
    QUrl url(address.trimmed());
    if (url.scheme().isEmpty())
        return address.trimmed(); // a folder: no account, but a stable key all the same
    url.setUserInfo({});
    url.setHost(url.host().toLower());
    url.setScheme(url.scheme().toLower());
    if (!url.path().endsWith('/'))
        url.setPath(url.path() + '/');
    return url.toString(QUrl::FullyEncoded);
}

void SyncCredentials::remember(const QString &key, const Result &credentials)
{
    if (credentials) {
        known_.insert(key, *credentials);
        absent_.remove(key);
    } else {
        known_.remove(key);
        absent_.insert(key, true);
    }
    ++revision_;
    emit changed();
}

void SyncCredentials::save(const QString &address, const QString &user, const QString &password)
{
    const QString key = accountKey(address);
    if (user.trimmed().isEmpty()) {
        forget(address);
        return;
    }
    const its::sync::Credentials credentials{user.trimmed(), password};
    remember(key, credentials);
    if (!keychainAvailable()) {
        emit saved(address, true,
                   tr("Kept until the app quits: the keychain is not available (%1).")
                       .arg(keychainUnavailableReason()));
        return;
    }
    QPointer<SyncCredentials> self(this);
    store_->write(keychainName(key), encode(credentials),
                  [self, address](const its::platform::SecretResult &result) {
                      if (!self)
                          return;
                      if (!result.ok) {
                          emit self->saved(
                              address, false,
                              tr("Kept until the app quits: the keychain refused it (%1).")
                                  .arg(result.error));
                          return;
                      }
                      emit self->saved(address, true, tr("Saved in this device's keychain."));
                  });
}

void SyncCredentials::forget(const QString &address)
{
    const QString key = accountKey(address);
    remember(key, std::nullopt);
    const QString done = tr("The account was removed from this device.");
    if (!keychainAvailable()) {
        emit forgotten(address, true, done);
        return;
    }
    QPointer<SyncCredentials> self(this);
    store_->remove(
        keychainName(key), [self, address, done](const its::platform::SecretResult &result) {
            if (!self)
                return;
            if (!result.ok && !result.notFound) {
                // Forgotten for now, but the keychain would give it back next time.
                emit self->forgotten(address, false,
                                     tr("The keychain could not remove the account (%1): it would "
                                        "be used again after a restart.")
                                         .arg(result.error));
                return;
            }
            emit self->forgotten(address, true, done);
        });
}

QString SyncCredentials::userFor(const QString &address) const
{
    const auto it = known_.constFind(accountKey(address));
    return it == known_.constEnd() ? QString() : it->user;
}

void SyncCredentials::load(const QString &address)
{
    fetch(address, [](const Result &) {});
}

void SyncCredentials::fetch(const QString &address, std::function<void(const Result &)> done)
{
    const QString key = accountKey(address);
    if (const auto it = known_.constFind(key); it != known_.constEnd())
        return done(*it);
    if (absent_.contains(key) || !keychainAvailable())
        return done(std::nullopt);
    QPointer<SyncCredentials> self(this);
    store_->read(keychainName(key), [self, key, done](const its::platform::SecretResult &result) {
        if (!self)
            return;
        if (result.ok) {
            const Result credentials = decode(result.data);
            self->remember(key, credentials);
            return done(credentials);
        }
        if (result.notFound)
            self->absent_.insert(key, true);
        else
            qWarning("keychain: cannot read the account for %s: %s", qPrintable(key),
                     qPrintable(result.error));
        done(std::nullopt);
    });
}
