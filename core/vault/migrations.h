#pragma once
// Schema migrations per component ("vault", "sync", ...), recorded in
//   schema_migrations(component TEXT, version INTEGER, applied_at_ms INTEGER,
//                     PRIMARY KEY(component, version))
// Each step runs in its own transaction together with its bookkeeping row.

#include "database.h"

#include <span>
#include <string_view>

namespace its {

struct Migration
{
    int version;     // 1, 2, 3... strictly increasing
    const char *sql; // one or more statements
};

// Applies every step newer than the component's current version. A database whose version is
// newer than the last step known here throws UnsupportedVersion (and is not modified).
void runMigrations(Database &db, std::string_view component, std::span<const Migration> steps);

// The highest applied version of `component`, 0 when none (or no schema_migrations table).
int schemaVersion(Database &db, std::string_view component);

} // namespace its
