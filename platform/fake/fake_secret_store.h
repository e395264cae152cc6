#pragma once
// In-memory SecretStore. Can pretend to be unavailable or to fail every call, to test fallbacks.
// Answers asynchronously (next event-loop turn), as real keychains do.

#include "secret_store.h"

#include <QHash>
#include <QObject>

namespace its::platform {

class FakeSecretStore final : public SecretStore
{
public:
    void setAvailable(bool available, QString reason = QStringLiteral("fake store unavailable"));
    void setFailing(bool failing) { m_failing = failing; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }

    bool available() const override { return m_available; }
    QString reason() const override { return m_available ? QString() : m_reason; }
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void read(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    bool refuse(const Callback &done);

    void answerLater(const Callback &done, SecretResult result);

    QObject m_context; // pending answers die with the store, like a real keychain's jobs
    QHash<QString, QByteArray> m_secrets;
    bool m_available = true;
    bool m_failing = false;
    QString m_reason;
};

} // namespace its::platform
