#pragma once
// Thin RAII over the SQLCipher C API. Every SQLite error becomes a VaultError with a code
// (SQLITE_FULL -> DiskFull, SQLITE_NOTADB/CORRUPT -> Corrupt, SQLITE_BUSY -> Busy, ...).

#include "secure_key.h"
#include "vault_error.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace its {

// How the encrypted file is laid out; recorded in vault.keys.json so another SQLCipher build
// (SQLCipher 4 on mobile) can open it with PRAGMA cipher_compatibility = 3.
struct CipherSettings
{
    std::string name = "sqlcipher";
    int compatibility = 3; // SQLCipher major version whose defaults wrote the file
    // 4096 rather than SQLCipher 3's 1024: SQLite's own default and SQLCipher 4's, and a
    // quarter of the per-page AES + HMAC work (tests/bench/vault measures it). Each vault
    // records its own page size, so older files still open.
    int pageSize = 4096;
};

class Statement;

class Database
{
public:
    // Opens `path` (READWRITE; CREATE only when `create`), keys it with `key` (nullptr = plain
    // SQLite file), checks the codec (PRAGMA cipher_version, keyed only) and PRAGMA quick_check
    // before anything is written, then sets journal_mode=WAL, synchronous=FULL,
    // temp_store=MEMORY, foreign_keys=ON. A damaged or wrongly keyed file throws Corrupt and is
    // left byte-for-byte untouched.
    static Database open(const std::filesystem::path &path, const SecureKey *key, bool create);
    static Database open(const std::filesystem::path &path, const SecureKey *key, bool create,
                         const CipherSettings &cipher);

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return db_ != nullptr; }
    void close(); // idempotent
    sqlite3 *handle() const { return db_; }
    const std::filesystem::path &path() const { return path_; }

    void exec(std::string_view sql); // one or more statements, no results
    Statement prepare(std::string_view sql);
    // First column of the first row of `sql` as text ("" when no row or NULL).
    std::string queryText(std::string_view sql);
    std::int64_t queryInt64(std::string_view sql); // 0 when no row
    std::int64_t lastInsertRowId() const;
    int changes() const;

    // Throws the VaultError for SQLite result `rc`, with `context` and sqlite3_errmsg.
    [[noreturn]] void fail(int rc, std::string_view context) const;

private:
    explicit Database(sqlite3 *db, std::filesystem::path path);
    sqlite3 *db_ = nullptr;
    std::filesystem::path path_;
};

class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameter indexes are 1-based, as in SQLite.
    Statement &bindInt64(int index, std::int64_t value);
    Statement &bindDouble(int index, double value);
    Statement &bindText(int index, std::string_view value);
    Statement &bindBlob(int index, std::span<const unsigned char> value);
    Statement &bindNull(int index);
    Statement &bindOptInt64(int index, std::optional<std::int64_t> value);
    Statement &bindOptText(int index, std::optional<std::string_view> value); // nullopt = NULL

    bool step();  // true: a row is ready; false: done
    void run();   // steps to completion (INSERT/UPDATE/DELETE)
    void reset(); // reset and clear bindings, ready to reuse

    bool isNull(int column) const; // columns are 0-based
    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::vector<unsigned char> columnBlob(int column) const;
    std::optional<std::int64_t> columnOptInt64(int column) const;

private:
    friend class Database;
    Statement(const Database *db, sqlite3_stmt *stmt);
    const Database *db_ = nullptr;
    sqlite3_stmt *stmt_ = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called. Nested
// inside another transaction it is a savepoint (SAVEPOINT / RELEASE / ROLLBACK TO).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &db_;
    bool nested_ = false; // a savepoint inside another transaction
    bool done_ = false;
};

} // namespace its
