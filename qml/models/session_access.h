#pragma once
// How a view-model reaches the vault: through the typed VaultSession (qml/app), never through
// a global. Every entry point returns nullptr while the vault is locked, so a model that
// outlives an auto-lock simply shows nothing instead of touching a closed database.

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
