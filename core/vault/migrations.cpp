#include "migrations.h"

#include <chrono>
#include <string>

namespace its {
namespace {

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

bool hasMigrationsTable(Database &db)
{
    return db.queryInt64("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                         "'schema_migrations'") > 0;
}

} // namespace

int schemaVersion(Database &db, std::string_view component)
{
    if (!hasMigrationsTable(db))
        return 0;
    Statement stmt =
        db.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations WHERE component = ?");
    stmt.bindText(1, component);
    return stmt.step() ? stmt.columnInt(0) : 0;
}

void runMigrations(Database &db, std::string_view component, std::span<const Migration> steps)
{
    int known = 0;
    for (const Migration &step : steps) {
        if (step.version <= known)
            throw VaultError(VaultErrorCode::InvalidInput,
                             "migrations of '" + std::string(component) +
                                 "' must have strictly increasing versions");
        known = step.version;
    }
    const int current = schemaVersion(db, component);
    if (current > known)
        throw VaultError(VaultErrorCode::UnsupportedVersion,
                         "the '" + std::string(component) + "' data has schema version " +
                             std::to_string(current) + " but this app knows only up to " +
                             std::to_string(known) + ": please update InTheirShoes");
    if (current == known)
        return; // nothing to do, and nothing written
    if (!hasMigrationsTable(db))
        db.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                " component TEXT NOT NULL, version INTEGER NOT NULL,"
                " applied_at_ms INTEGER NOT NULL, PRIMARY KEY (component, version))");
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        // The step and its record commit together: a crash never leaves a half-applied step.
        Transaction tx(db);
        db.exec(step.sql);
        Statement record = db.prepare(
            "INSERT INTO schema_migrations (component, version, applied_at_ms) VALUES (?, ?, ?)");
        record.bindText(1, component).bindInt64(2, step.version).bindInt64(3, nowMs());
        record.run();
        tx.commit();
    }
}

} // namespace its
