#pragma once
// vault.keys.json: the data key that opens vault.db, wrapped twice with XChaCha20-Poly1305
// (libsodium AEAD): once by an Argon2id key derived from the passphrase, once by a key derived
// from the recovery code. The associated data binds each wrap to the vault id and its purpose,
// so a wrap cannot be moved to another vault or swapped between slots. See docs/VAULT.md.

#include "database.h"
#include "recovery_code.h"
#include "secure_key.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace its {

enum class KdfCost
{
    Test,        // opslimit min, 8 MiB: tests only
    Interactive, // libsodium INTERACTIVE (2 passes, 64 MiB)
    Moderate,    // libsodium MODERATE (3 passes, 256 MiB): the app's default
};

struct Argon2Params
{
    std::vector<unsigned char> salt; // crypto_pwhash_SALTBYTES
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0; // bytes
    static Argon2Params generate(KdfCost cost);
};

// The Argon2id key for `passphrase` under `kdf` (also used by walk archives). Throws Io when
// the memory Argon2id needs cannot be had.
SecureKey passphraseKey(std::string_view passphrase, const Argon2Params &kdf);

// One wrapped copy of the data key.
struct WrappedKey
{
    std::string purpose;               // "passphrase" or "recovery"
    std::vector<unsigned char> salt;   // recovery: BLAKE2b key; passphrase: unused (see kdf)
    std::vector<unsigned char> nonce;  // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    std::vector<unsigned char> sealed; // ciphertext + tag
};

class KeyFile
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr std::string_view kFormat = "intheirshoes.vault-keys";
    static constexpr std::string_view kFileName = "vault.keys.json";

    // New key file for a new vault: wraps `dataKey` under both secrets.
    static KeyFile create(const std::string &vaultId, const SecureKey &dataKey,
                          std::string_view passphrase, std::string_view recoveryCode, KdfCost cost);

    // Reads <dir>/vault.keys.json. Missing -> NotFound; malformed -> Corrupt (naming the
    // field); newer format version -> UnsupportedVersion.
    static KeyFile load(const std::filesystem::path &dir);
    static KeyFile parse(std::string_view text);
    std::string serialize() const;
    // Writes <dir>/vault.keys.json atomically: temp file, fsync, rename, fsync(dir).
    void save(const std::filesystem::path &dir) const;

    // Throws WrongPassphrase / WrongRecoveryCode when the AEAD tag does not verify.
    SecureKey unwrapWithPassphrase(std::string_view passphrase) const;
    SecureKey unwrapWithRecoveryCode(std::string_view recoveryCode) const;

    // Re-wraps the passphrase slot only (new salt, same cost); vault.db is not touched.
    void rewrapPassphrase(const SecureKey &dataKey, std::string_view newPassphrase);

    const std::string &vaultId() const { return vaultId_; }
    const CipherSettings &cipher() const { return cipher_; }
    const Argon2Params &passphraseKdf() const { return kdf_; }
    std::int64_t createdAtMs() const { return createdAtMs_; }

private:
    std::string vaultId_;
    std::int64_t createdAtMs_ = 0;
    CipherSettings cipher_;
    Argon2Params kdf_;
    WrappedKey passphraseSlot_;
    WrappedKey recoverySlot_;
    RecoveryCheck recoveryCheck_ = RecoveryCheck::Gf32;
};

} // namespace its
