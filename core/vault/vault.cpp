#include "vault.h"

#include "ids.h"
#include "migrations.h"
#include "recovery_code.h"
#include "vault_schema.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <system_error>
#include <unistd.h>

namespace its {
namespace {

namespace fs = std::filesystem;

fs::path databasePath(const fs::path &dir)
{
    return dir / Vault::kDatabaseFileName;
}

void requirePassphrase(std::string_view passphrase)
{
    if (passphrase.empty())
        throw VaultError(VaultErrorCode::InvalidInput, "the passphrase must not be empty");
}

void removeDatabaseFiles(const fs::path &dir)
{
    std::error_code ec;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(databasePath(dir).string() + suffix, ec);
}

KeyFile loadKeys(const fs::path &dir)
{
    try {
        return KeyFile::load(dir);
    } catch (const VaultError &e) {
        if (e.code() != VaultErrorCode::NotFound)
            throw;
        if (fs::exists(databasePath(dir)))
            throw VaultError(VaultErrorCode::NotFound,
                             "vault.keys.json is missing from " + dir.string() +
                                 ": vault.db cannot be decrypted without it (restore it from a "
                                 "backup of this folder)");
        throw VaultError(VaultErrorCode::NotFound, "there is no vault in " + dir.string());
    }
}

// Why the folder's vault.db cannot hold the vault its key file belongs to, or "".
std::string databaseDamage(const fs::path &dir)
{
    std::error_code ec;
    if (!fs::exists(dir / KeyFile::kFileName, ec))
        return {};
    const fs::path db = databasePath(dir);
    if (!fs::exists(db, ec))
        return "vault.db is missing";
    // Creating a vault writes page 1 before the key file exists (switching to WAL does), so
    // an empty vault.db next to a key file is always lost data, never a vault being made.
    if (fs::is_regular_file(db, ec) && fs::file_size(db, ec) == 0 && !ec)
        return "vault.db is empty (0 bytes)";
    return {};
}

std::string damagedMessage(const fs::path &dir, const std::string &damage)
{
    return "vault damaged: " + damage + " while its key file is still in " + dir.string() +
           ". Nothing was changed and no new vault was made: restore the whole folder (vault.db "
           "with vault.keys.json) from a backup; the recovery code replaces a forgotten "
           "passphrase, it cannot bring back lost data.";
}

// Every vault file is the owner's alone. SQLite gives -wal and -shm the mode of vault.db, so
// a vault.db made 0644 by an older version is tightened before it is opened.
void keepPrivate(const fs::path &dir)
{
    std::error_code ec;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const fs::path file = databasePath(dir).string() + suffix;
        const fs::file_status status = fs::status(file, ec);
        if (!ec && fs::is_regular_file(status) &&
            (status.permissions() & (fs::perms::group_all | fs::perms::others_all)) !=
                fs::perms::none)
            fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write,
                            fs::perm_options::replace, ec);
    }
}

// A failed open must leave the folder as it found it. SQLite makes -wal and -shm when it
// switches to WAL; on a full disk it can make them and then fail. Those this open made are
// removed once the connection is closed, unless the -wal holds frames (committed data).
class NewWalFiles
{
public:
    explicit NewWalFiles(const fs::path &db)
        : wal_(db.string() + "-wal")
        , shm_(db.string() + "-shm")
    {
        std::error_code ec;
        walExisted_ = fs::exists(wal_, ec);
        shmExisted_ = fs::exists(shm_, ec);
    }
    void removeIfEmpty() const
    {
        std::error_code ec;
        if (walExisted_)
            return;
        if (fs::exists(wal_, ec)) {
            if (fs::file_size(wal_, ec) != 0 || ec)
                return;
            fs::remove(wal_, ec);
        }
        if (!shmExisted_)
            fs::remove(shm_, ec);
    }

private:
    fs::path wal_;
    fs::path shm_;
    bool walExisted_ = false;
    bool shmExisted_ = false;
};

Database openDatabase(const fs::path &dir, const SecureKey &key, const KeyFile &keys)
{
    Vault::requireDatabase(dir);
    keepPrivate(dir);
    const NewWalFiles newFiles(databasePath(dir));
    Database db;
    try {
        db = Database::open(databasePath(dir), &key, false, keys.cipher());
        applyVaultSchema(db);
    } catch (...) {
        db.close();
        newFiles.removeIfEmpty();
        throw;
    }
    return db;
}

// vault.db made 0600 before SQLite opens it (SQLite would make it 0644 less the umask); its
// -wal and -shm then get the same mode.
void createPrivateFile(const fs::path &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        const bool full = error == ENOSPC || error == EDQUOT;
        throw VaultError(full ? VaultErrorCode::DiskFull : VaultErrorCode::Io,
                         "cannot create " + path.string() + ": " + std::strerror(error));
    }
    ::close(fd);
}

} // namespace

Vault::Vault() = default;
Vault::~Vault() = default;
Vault::Vault(Vault &&other) noexcept = default;
Vault &Vault::operator=(Vault &&other) noexcept = default;

Vault::Vault(fs::path dir, KeyFile keys, SecureKey key)
    : dir_(std::move(dir))
    , keys_(std::make_unique<KeyFile>(std::move(keys)))
    , key_(std::move(key))
{
}

bool Vault::exists(const fs::path &dir)
{
    std::error_code ec;
    return fs::exists(dir / KeyFile::kFileName, ec) || fs::exists(databasePath(dir), ec);
}

bool Vault::damaged(const fs::path &dir)
{
    return !databaseDamage(dir).empty();
}

void Vault::requireDatabase(const fs::path &dir)
{
    const std::string damage = databaseDamage(dir);
    if (!damage.empty())
        throw VaultError(VaultErrorCode::Corrupt, damagedMessage(dir, damage));
}

void Vault::requireAbsent(const fs::path &dir)
{
    const std::string damage = databaseDamage(dir);
    if (!damage.empty())
        throw VaultError(VaultErrorCode::AlreadyExists, damagedMessage(dir, damage));
    if (exists(dir))
        throw VaultError(VaultErrorCode::AlreadyExists,
                         "a vault already exists in " + dir.string() + "; it was not touched");
}

CreatedVault Vault::create(const fs::path &dir, std::string_view passphrase, KdfCost cost)
{
    requirePassphrase(passphrase);
    std::error_code ec;
    if (!fs::exists(dir, ec)) {
        fs::create_directories(dir, ec);
        if (ec)
            throw VaultError(VaultErrorCode::Io,
                             "cannot create the folder " + dir.string() + ": " + ec.message());
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    }
    requireAbsent(dir);
    std::string recoveryCode = generateRecoveryCode();
    SecureKey dataKey = SecureKey::random();
    KeyFile keys = KeyFile::create(newUuid(), dataKey, passphrase, recoveryCode, cost);
    Vault vault(dir, keys, std::move(dataKey));
    createPrivateFile(databasePath(dir)); // before the try: a file we did not make stays
    try {
        *vault.db_ = Database::open(databasePath(dir), &vault.key_, true, keys.cipher());
        applyVaultSchema(*vault.db_);
        // The key file last: until it exists the half-made vault cannot be mistaken for one.
        keys.save(dir);
    } catch (...) {
        vault.db_->close();
        removeDatabaseFiles(dir);
        throw;
    }
    return CreatedVault{std::move(vault), std::move(recoveryCode)};
}

Vault Vault::unlock(const fs::path &dir, std::string_view passphrase)
{
    KeyFile keys = loadKeys(dir);
    requireDatabase(dir); // a damaged vault is said before Argon2 runs
    SecureKey key = keys.unwrapWithPassphrase(passphrase); // fails before any file is opened
    Database db = openDatabase(dir, key, keys);
    Vault vault(dir, std::move(keys), std::move(key));
    *vault.db_ = std::move(db);
    return vault;
}

Vault Vault::recover(const fs::path &dir, std::string_view recoveryCode,
                     std::string_view newPassphrase)
{
    requirePassphrase(newPassphrase);
    KeyFile keys = loadKeys(dir);
    requireDatabase(dir);
    SecureKey key = keys.unwrapWithRecoveryCode(recoveryCode);
    Database db = openDatabase(dir, key, keys);
    keys.rewrapPassphrase(key, newPassphrase);
    keys.save(dir);
    Vault vault(dir, std::move(keys), std::move(key));
    *vault.db_ = std::move(db);
    return vault;
}

void Vault::lock()
{
    if (db_)
        db_->close();
    SecureKey wiped = std::move(key_); // freed (and zeroed) at the end of this scope
}

bool Vault::isOpen() const
{
    return db_ && db_->isOpen();
}

void Vault::changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase)
{
    if (!keys_)
        throw VaultError(VaultErrorCode::Locked, "no vault is loaded");
    requirePassphrase(newPassphrase);
    const SecureKey key = keys_->unwrapWithPassphrase(oldPassphrase);
    KeyFile updated = *keys_;
    updated.rewrapPassphrase(key, newPassphrase);
    updated.save(dir_); // atomic: the old key file stays valid until the rename
    *keys_ = std::move(updated);
}

Database &Vault::db()
{
    if (!isOpen())
        throw VaultError(VaultErrorCode::Locked, "the vault is locked");
    return *db_;
}

const std::string &Vault::vaultId() const
{
    static const std::string none;
    return keys_ ? keys_->vaultId() : none;
}

VerifyReport Vault::verify()
{
    Database &database = db();
    VerifyReport report;
    Statement check = database.prepare("PRAGMA integrity_check");
    while (check.step()) {
        if (!report.integrityCheck.empty())
            report.integrityCheck += "; ";
        report.integrityCheck += check.columnText(0);
    }
    report.ok = report.integrityCheck == "ok";
    report.cipherVersion = database.queryText("PRAGMA cipher_version");
    report.schemaVersion = schemaVersion(database, kVaultComponent);
    static constexpr std::array<const char *, 9> kTables{
        "templates",    "walks",    "contacts",         "phase_events",   "handoffs",
        "observations", "evidence", "criterion_scores", "evidence_chunks"};
    for (const char *table : kTables)
        report.rowCounts.emplace_back(
            table, database.queryInt64(std::string("SELECT count(*) FROM ") + table));
    return report;
}

} // namespace its
