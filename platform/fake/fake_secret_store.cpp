#include "fake_secret_store.h"

#include <QTimer>

namespace its::platform {

void FakeSecretStore::answerLater(const Callback &done, SecretResult result)
{
    QTimer::singleShot(0, &m_context, [done, result] { done(result); });
}

void FakeSecretStore::setAvailable(bool available, QString reason)
{
    m_available = available;
    m_reason = std::move(reason);
}

bool FakeSecretStore::refuse(const Callback &done)
{
    if (m_available && !m_failing)
        return false;
    SecretResult result;
    result.error = m_available ? QStringLiteral("fake keychain failure") : m_reason;
    answerLater(done, result);
    return true;
}

void FakeSecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    if (refuse(done))
        return;
    m_secrets.insert(key, secret);
    answerLater(done, SecretResult{true, false, {}, {}});
}

void FakeSecretStore::read(const QString &key, Callback done)
{
    if (refuse(done))
        return;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend()) {
        answerLater(done, SecretResult{false, true, {}, QStringLiteral("not found")});
        return;
    }
    answerLater(done, SecretResult{true, false, *it, {}});
}

void FakeSecretStore::remove(const QString &key, Callback done)
{
    if (refuse(done))
        return;
    m_secrets.remove(key);
    answerLater(done, SecretResult{true, false, {}, {}});
}

} // namespace its::platform
