#include "session_access.h"

#include "vault/vault.h"
#include "vault_session.h"

its::Database *sessionDatabase(VaultSession *session)
{
    if (!session)
        return nullptr;
    its::Vault *vault = session->vault();
    if (!vault || !vault->isOpen())
        return nullptr;
    return &vault->db();
}

QString errorText(const std::exception &error)
{
    return QString::fromUtf8(error.what());
}

bool bindSession(QPointer<VaultSession> &slot, VaultSession *session, QObject *model,
                 void (*reload)(QObject *model))
{
    if (slot == session)
        return false;
    if (slot)
        QObject::disconnect(slot, nullptr, model, nullptr);
    slot = session;
    if (slot)
        QObject::connect(slot, &VaultSession::unlockedChanged, model,
                         [model, reload] { reload(model); });
    reload(model);
    return true;
}
