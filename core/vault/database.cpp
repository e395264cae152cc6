#include "database.h"

#include <cerrno>
#include <sqlite3.h>
#include <string>
#include <system_error>
#include <utility>

namespace its {
namespace {

VaultErrorCode codeFor(int rc, int systemErrno)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return VaultErrorCode::DiskFull;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return VaultErrorCode::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return VaultErrorCode::Busy;
    case SQLITE_CONSTRAINT:
        if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE)
            return VaultErrorCode::AlreadyExists;
        if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
            return VaultErrorCode::NotFound;
        return VaultErrorCode::InvalidInput;
    case SQLITE_IOERR:
        // SQLite reports ENOSPC on a short write as SQLITE_FULL, but a write refused outright
        // (ENOSPC, or EFBIG past RLIMIT_FSIZE / the file system's limit) as SQLITE_IOERR_WRITE.
        if (systemErrno == ENOSPC || systemErrno == EFBIG || systemErrno == EDQUOT)
            return VaultErrorCode::DiskFull;
        return VaultErrorCode::Io;
    case SQLITE_ERROR:
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
        return VaultErrorCode::InvalidInput;
    default:
        return VaultErrorCode::Io;
    }
}

std::string explain(VaultErrorCode code)
{
    switch (code) {
    case VaultErrorCode::DiskFull:
        return "the disk is full (or the file size limit was reached); nothing was written";
    case VaultErrorCode::Corrupt:
        return "the database is damaged, truncated, or not opened with the right key";
    case VaultErrorCode::Busy:
        return "the database is in use by another process";
    case VaultErrorCode::Io:
        return "an input/output error occurred";
    default:
        return "the database refused the operation";
    }
}

[[noreturn]] void throwSqlite(sqlite3 *db, int rc, std::string_view context,
                              const std::filesystem::path &path)
{
    const int sysErrno = db != nullptr ? sqlite3_system_errno(db) : 0;
    const VaultErrorCode code = codeFor(rc, sysErrno);
    std::string message =
        std::string(context) + ": " + explain(code) + " (" + path.filename().string() + ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (sysErrno != 0 && (rc & 0xff) == SQLITE_IOERR)
        message += ", " + std::generic_category().message(sysErrno);
    message += ")";
    throw VaultError(code, message);
}

int majorVersion(const std::string &version)
{
    int major = 0;
    for (char c : version) {
        if (c < '0' || c > '9')
            break;
        major = major * 10 + (c - '0');
    }
    return major;
}

// Applies the key and cipher settings; nothing is read from the file yet.
void applyKey(Database &db, const SecureKey &key, const CipherSettings &cipher)
{
    SecureBuffer literal = key.sqlcipherRawKeyLiteral();
    const int rc = sqlite3_key(db.handle(), literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        db.fail(rc, "cannot set the database key");
    const std::string version = db.queryText("PRAGMA cipher_version");
    if (version.empty())
        throw VaultError(VaultErrorCode::CipherUnavailable,
                         "this SQLite library has no SQLCipher codec (PRAGMA cipher_version is "
                         "empty): refusing to write an unencrypted vault");
    // SQLCipher 4 changed the defaults (page size 4096, SHA512 HMAC/KDF). Files written with
    // SQLCipher 3 settings stay readable there through the compatibility switch.
    if (majorVersion(version) >= 4 && cipher.compatibility < majorVersion(version))
        db.exec("PRAGMA cipher_compatibility = " + std::to_string(cipher.compatibility));
    if (cipher.pageSize != 1024)
        db.exec("PRAGMA cipher_page_size = " + std::to_string(cipher.pageSize));
}

void checkIntact(Database &db)
{
    std::string findings;
    try {
        Statement check = db.prepare("PRAGMA quick_check");
        while (check.step()) {
            if (!findings.empty())
                findings += "; ";
            findings += check.columnText(0);
        }
    } catch (const VaultError &e) {
        // One sentence to act on; SQLite's own words are the detail (the CLI's --verbose).
        if (e.code() == VaultErrorCode::Corrupt)
            throw VaultError(VaultErrorCode::Corrupt,
                             "vault damaged: " + db.path().filename().string() +
                                 " cannot be read (damaged, truncated, or not encrypted with this "
                                 "vault's key) and was left untouched; restore the vault folder "
                                 "from a backup.",
                             e.what());
        throw;
    }
    if (findings != "ok")
        throw VaultError(VaultErrorCode::Corrupt,
                         "vault damaged: " + db.path().filename().string() +
                             " failed its integrity check and was left untouched; restore the "
                             "vault folder from a backup.",
                         findings);
}

} // namespace

Database::Database(sqlite3 *db, std::filesystem::path path)
    : db_(db)
    , path_(std::move(path))
{
}

Database Database::open(const std::filesystem::path &path, const SecureKey *key, bool create)
{
    return open(path, key, create, CipherSettings{});
}

Database Database::open(const std::filesystem::path &path, const SecureKey *key, bool create,
                        const CipherSettings &cipher)
{
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    if (!existed && !create)
        throw VaultError(VaultErrorCode::NotFound, "no database at " + path.string());
    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Database db(raw, path); // owns raw even when opening failed
    if (rc != SQLITE_OK)
        throwSqlite(raw, rc, "cannot open the database", path);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    if (key != nullptr)
        applyKey(db, *key, cipher);
    // Verify before anything writes: a damaged file must stay exactly as it was.
    checkIntact(db);
    if (db.queryText("PRAGMA journal_mode = WAL") != "wal")
        throw VaultError(VaultErrorCode::Io,
                         "cannot switch " + path.filename().string() + " to write-ahead logging");
    db.exec("PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;");
    return db;
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : db_(std::exchange(other.db_, nullptr))
    , path_(std::move(other.path_))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

void Database::close()
{
    if (db_ != nullptr) {
        // sqlite3_close_v2 defers the close until every statement is finalized.
        sqlite3_close_v2(db_);
        db_ = nullptr;
    }
}

void Database::fail(int rc, std::string_view context) const
{
    throwSqlite(db_, rc, context, path_);
}

void Database::exec(std::string_view sql)
{
    if (db_ == nullptr)
        throw VaultError(VaultErrorCode::Locked, "the database is closed");
    const std::string text(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        fail(rc, "cannot execute SQL");
}

Statement Database::prepare(std::string_view sql)
{
    if (db_ == nullptr)
        throw VaultError(VaultErrorCode::Locked, "the database is closed");
    sqlite3_stmt *stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        fail(rc, "cannot prepare SQL");
    }
    return Statement(this, stmt);
}

std::string Database::queryText(std::string_view sql)
{
    Statement stmt = prepare(sql);
    return stmt.step() ? stmt.columnText(0) : std::string();
}

std::int64_t Database::queryInt64(std::string_view sql)
{
    Statement stmt = prepare(sql);
    return stmt.step() ? stmt.columnInt64(0) : 0;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const
{
    return sqlite3_changes(db_);
}

} // namespace its
