#pragma once
// The "vault" component's schema: templates, walks, contacts, phase events, handoffs,
// observations, criterion scores and chunked evidence. Works on keyed and unkeyed databases.

#include "migrations.h"

#include <span>
#include <string_view>

namespace its {

inline constexpr std::string_view kVaultComponent = "vault";

std::span<const Migration> vaultMigrations();
int latestVaultSchemaVersion();

// Runs the vault migrations on `db` (encrypted or not).
void applyVaultSchema(Database &db);

} // namespace its
