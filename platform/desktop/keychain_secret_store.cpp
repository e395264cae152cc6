#include "keychain_secret_store.h"

#include <QtGlobal>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace its::platform {

namespace {
SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult result;
    result.ok = job.error() == QKeychain::NoError;
    result.notFound = job.error() == QKeychain::EntryNotFound;
    if (!result.ok)
        result.error = job.errorString();
    return result;
}

template <typename JobT> JobT *startJob(const QString &service, const QString &key)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

QString KeychainSecretStore::reason() const
{
    if (!m_reason)
        m_reason = probeBackend();
    return *m_reason;
}

QString KeychainSecretStore::probeBackend()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session bus");
    QDBusConnectionInterface *iface = bus.interface();
    const QStringList wanted = {QStringLiteral("org.freedesktop.secrets"),
                                QStringLiteral("org.kde.kwalletd5"),
                                QStringLiteral("org.kde.kwalletd6")};
    for (const QString &name : wanted) {
        if (iface->isServiceRegistered(name).value())
            return {};
    }
    // A keyring that is D-Bus activatable counts too: it starts on first use.
    const QDBusReply<QStringList> activatable = iface->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid()) {
        for (const QString &name : wanted) {
            if (activatable.value().contains(name))
                return {};
        }
    }
    return QStringLiteral("no Secret Service or KWallet on the session bus");
#else
    return {};
#endif
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    auto *job = startJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done](QKeychain::Job *j) { done(resultOf(*j)); });
    job->start();
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = startJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done, job](QKeychain::Job *j) {
        SecretResult result = resultOf(*j);
        if (result.ok)
            result.data = job->binaryData();
        done(result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = startJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done](QKeychain::Job *j) { done(resultOf(*j)); });
    job->start();
}

} // namespace its::platform
