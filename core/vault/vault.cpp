#include "vault.h"

#include "ids.h"
#include "migrations.h"
#include "recovery_code.h"
#include "vault_schema.h"

#include <array>
#include <system_error>

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

Database openDatabase(const fs::path &dir, const SecureKey &key, const KeyFile &keys)
{
    if (!fs::exists(databasePath(dir)))
        throw VaultError(VaultErrorCode::NotFound,
                         "the vault's key file is present but vault.db is missing in " +
                             dir.string());
    Database db = Database::open(databasePath(dir), &key, false, keys.cipher());
    applyVaultSchema(db);
    return db;
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
    if (exists(dir))
        throw VaultError(VaultErrorCode::AlreadyExists,
                         "a vault already exists in " + dir.string() + "; it was not touched");
    std::string recoveryCode = generateRecoveryCode();
    SecureKey dataKey = SecureKey::random();
    KeyFile keys = KeyFile::create(newUuid(), dataKey, passphrase, recoveryCode, cost);
    Vault vault(dir, keys, std::move(dataKey));
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
