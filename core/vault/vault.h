#pragma once
// An encrypted vault folder: <dir>/vault.db (SQLCipher, raw 256-bit data key) and
// <dir>/vault.keys.json (the data key wrapped by passphrase and by recovery code).

#include "database.h"
#include "key_file.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace its {

struct VerifyReport
{
    bool ok = false;            // integrity_check == "ok"
    std::string integrityCheck; // "ok" or SQLite's findings
    std::string cipherVersion;  // PRAGMA cipher_version, e.g. "3.4.1"
    int schemaVersion = 0;      // of the "vault" component
    std::vector<std::pair<std::string, std::int64_t>> rowCounts; // table -> rows
};

struct CreatedVault;

class Vault
{
public:
    static constexpr std::string_view kDatabaseFileName = "vault.db";

    // Creates the folder if needed. Throws AlreadyExists if a vault is already there,
    // InvalidInput for an empty passphrase.
    static CreatedVault create(const std::filesystem::path &dir, std::string_view passphrase,
                               KdfCost cost = KdfCost::Moderate);
    static Vault unlock(const std::filesystem::path &dir, std::string_view passphrase);
    // Unwraps with the recovery code, then re-wraps under `newPassphrase`.
    static Vault recover(const std::filesystem::path &dir, std::string_view recoveryCode,
                         std::string_view newPassphrase);
    static bool exists(const std::filesystem::path &dir); // key file or database present
    // The key file is there but vault.db is missing or empty: the data is gone from this
    // folder. unlock/recover refuse such a vault (Corrupt), create refuses it (AlreadyExists),
    // and nothing re-creates vault.db.
    static bool damaged(const std::filesystem::path &dir);
    // Throws Corrupt ("vault damaged: ...", pointing to the backup) when damaged(dir). Cheap:
    // callers ask it before prompting for a passphrase.
    static void requireDatabase(const std::filesystem::path &dir);
    // Throws AlreadyExists when a vault (or what is left of one) is in `dir`.
    static void requireAbsent(const std::filesystem::path &dir);

    Vault();
    ~Vault();
    Vault(Vault &&other) noexcept;
    Vault &operator=(Vault &&other) noexcept;
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    void lock(); // closes the connection and wipes the data key
    bool isOpen() const;
    // Re-wraps the data key only: vault.db is not rewritten. Works while locked too.
    void changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase);
    VerifyReport verify(); // throws Locked when locked
    Database &db();        // throws Locked when locked; stable across moves of the Vault

    const std::filesystem::path &dir() const { return dir_; }
    const std::string &vaultId() const;

private:
    Vault(std::filesystem::path dir, KeyFile keys, SecureKey key);
    std::filesystem::path dir_;
    std::unique_ptr<KeyFile> keys_;
    SecureKey key_;
    // Behind a pointer so db() stays valid when the Vault object is moved: stores hold a
    // Database& for as long as the vault is unlocked.
    std::unique_ptr<Database> db_ = std::make_unique<Database>();
};

struct CreatedVault
{
    Vault vault;
    std::string recoveryCode; // show once, never stored
};

} // namespace its
