#pragma once
// How a view-model reaches the vault: through the typed VaultSession (qml/shell), never through
// a global. Every entry point returns nullptr while the vault is locked, so a model that
// outlives an auto-lock simply shows nothing instead of touching a closed database.

#include <QObject>
#include <QPointer>
#include <QString>
#include <exception>

class VaultSession;
namespace its {
class Database;
} // namespace its

// The open vault database of `session`, or nullptr (no session, or locked).
its::Database *sessionDatabase(VaultSession *session);

// A sentence a person can read for any exception the core throws (VaultError, FormatError,
// std::invalid_argument...).
QString errorText(const std::exception &error);

// The setSession() every vault-backed view-model has: points `slot` at `session`, drops the old
// session's connections to `model`, and calls model->reload() now and whenever the vault is
// unlocked or locked. False (nothing done) when `slot` already points there; the caller then
// emits its sessionChanged().
bool bindSession(QPointer<VaultSession> &slot, VaultSession *session, QObject *model,
                 void (*reload)(QObject *model));

template <typename Model>
bool bindSession(QPointer<VaultSession> &slot, VaultSession *session, Model *model)
{
    return bindSession(slot, session, model,
                       [](QObject *object) { static_cast<Model *>(object)->reload(); });
}
