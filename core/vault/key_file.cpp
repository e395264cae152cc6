#include "key_file.h"

#include "atomic_file.h"
#include "recovery_code.h"
#include "vault_error.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <sodium.h>

namespace its {
namespace {

using nlohmann::json;
constexpr std::string_view kPassphrase = "passphrase";
constexpr std::string_view kRecovery = "recovery";
constexpr std::string_view kAead = "xchacha20poly1305-ietf";
constexpr std::string_view kGf32Check = "gf32";
constexpr std::uint64_t kMaxMemlimit = 4ull << 30; // refuse files that ask for more than 4 GiB

[[noreturn]] void malformed(const std::string &field, const std::string &why)
{
    throw VaultError(VaultErrorCode::Corrupt,
                     "vault.keys.json is damaged: " + why + " (at " + field + ")");
}

std::string toBase64(const std::vector<unsigned char> &bytes)
{
    const int variant = sodium_base64_VARIANT_ORIGINAL;
    std::string out(sodium_base64_encoded_len(bytes.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), variant);
    out.resize(out.size() - 1); // drop the terminator
    return out;
}

const json &field(const json &object, const char *name, const std::string &where)
{
    if (!object.is_object() || !object.contains(name))
        malformed(where + "/" + name, "missing field");
    return object.at(name);
}

std::vector<unsigned char> base64Field(const json &object, const char *name,
                                       const std::string &where, std::size_t expectedSize)
{
    const json &value = field(object, name, where);
    if (!value.is_string())
        malformed(where + "/" + name, "expected base64 text");
    const auto text = value.get<std::string>();
    std::vector<unsigned char> out(text.size());
    std::size_t length = 0;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        malformed(where + "/" + name, "invalid base64");
    out.resize(length);
    if (expectedSize != 0 && out.size() != expectedSize)
        malformed(where + "/" + name, "wrong length " + std::to_string(out.size()));
    return out;
}

std::uint64_t uintField(const json &object, const char *name, const std::string &where)
{
    const json &value = field(object, name, where);
    if (!value.is_number_unsigned())
        malformed(where + "/" + name, "expected a non-negative integer");
    return value.get<std::uint64_t>();
}

std::string associatedData(const std::string &vaultId, std::string_view purpose)
{
    // Binds a wrap to this vault and this slot: it cannot be replayed elsewhere.
    return std::string(KeyFile::kFormat) + "/v1|" + vaultId + "|" + std::string(purpose);
}

WrappedKey seal(const SecureKey &wrappingKey, const SecureKey &dataKey, const std::string &vaultId,
                std::string_view purpose)
{
    WrappedKey wrap;
    wrap.purpose = purpose;
    wrap.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(wrap.nonce.data(), wrap.nonce.size());
    wrap.sealed.resize(SecureKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    const std::string ad = associatedData(vaultId, purpose);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        wrap.sealed.data(), &sealedLength, dataKey.data(), SecureKey::kSize,
        reinterpret_cast<const unsigned char *>(ad.data()), ad.size(), nullptr, wrap.nonce.data(),
        wrappingKey.data());
    return wrap;
}

bool open(const SecureKey &wrappingKey, const WrappedKey &wrap, const std::string &vaultId,
          SecureKey &dataKey)
{
    const std::string ad = associatedData(vaultId, wrap.purpose);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        dataKey.data(), &length, nullptr, wrap.sealed.data(), wrap.sealed.size(),
        reinterpret_cast<const unsigned char *>(ad.data()), ad.size(), wrap.nonce.data(),
        wrappingKey.data());
    return rc == 0 && length == SecureKey::kSize;
}

} // namespace

SecureKey passphraseKey(std::string_view passphrase, const Argon2Params &kdf)
{
    SecureKey key;
    if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), kdf.salt.data(),
                      kdf.opslimit, static_cast<std::size_t>(kdf.memlimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw VaultError(VaultErrorCode::Io,
                         "not enough memory to derive the key from the passphrase (Argon2id "
                         "needs " +
                             std::to_string(kdf.memlimit >> 20) + " MiB)");
    return key;
}

namespace {

SecureKey recoveryKey(std::string_view recoveryCode, const std::vector<unsigned char> &salt,
                      RecoveryCheck check)
{
    // The code carries 128 random bits, so a keyed BLAKE2b is enough: no stretching needed.
    const SecureBuffer secret = decodeRecoveryCode(recoveryCode, check);
    SecureKey key;
    crypto_generichash(key.data(), key.size(), secret.data(), secret.size(), salt.data(),
                       salt.size());
    return key;
}

json wrapToJson(const WrappedKey &wrap)
{
    return {{"aead", kAead}, {"nonce", toBase64(wrap.nonce)}, {"sealed", toBase64(wrap.sealed)}};
}

WrappedKey wrapFromJson(const json &root, std::string_view purpose)
{
    const std::string where = "/wraps/" + std::string(purpose);
    const json &node = field(field(root, "wraps", ""), std::string(purpose).c_str(), "/wraps");
    const json &aead = field(node, "aead", where);
    if (!aead.is_string() || aead.get<std::string>() != kAead)
        throw VaultError(VaultErrorCode::UnsupportedVersion,
                         "vault.keys.json uses an unknown key wrapping at " + where + "/aead");
    WrappedKey wrap;
    wrap.purpose = purpose;
    wrap.nonce = base64Field(node, "nonce", where, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    wrap.sealed = base64Field(node, "sealed", where,
                              SecureKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    return wrap;
}

} // namespace

Argon2Params Argon2Params::generate(KdfCost cost)
{
    ensureSodiumInitialised();
    Argon2Params params;
    params.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(params.salt.data(), params.salt.size());
    switch (cost) {
    case KdfCost::Test:
        params.opslimit = crypto_pwhash_OPSLIMIT_MIN;
        params.memlimit = 8u << 20;
        break;
    case KdfCost::Interactive:
        params.opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        params.memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case KdfCost::Moderate:
        params.opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
        params.memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    }
    return params;
}

KeyFile KeyFile::create(const std::string &vaultId, const SecureKey &dataKey,
                        std::string_view passphrase, std::string_view recoveryCode, KdfCost cost)
{
    KeyFile file;
    file.vaultId_ = vaultId;
    file.createdAtMs_ = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    file.kdf_ = Argon2Params::generate(cost);
    file.passphraseSlot_ =
        seal(passphraseKey(passphrase, file.kdf_), dataKey, vaultId, kPassphrase);
    std::vector<unsigned char> salt(crypto_generichash_KEYBYTES);
    randombytes_buf(salt.data(), salt.size());
    file.recoverySlot_ =
        seal(recoveryKey(recoveryCode, salt, file.recoveryCheck_), dataKey, vaultId, kRecovery);
    file.recoverySlot_.salt = std::move(salt);
    return file;
}

void KeyFile::rewrapPassphrase(const SecureKey &dataKey, std::string_view newPassphrase)
{
    Argon2Params fresh;
    fresh.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(fresh.salt.data(), fresh.salt.size());
    fresh.opslimit = kdf_.opslimit;
    fresh.memlimit = kdf_.memlimit;
    passphraseSlot_ = seal(passphraseKey(newPassphrase, fresh), dataKey, vaultId_, kPassphrase);
    kdf_ = std::move(fresh);
}

SecureKey KeyFile::unwrapWithPassphrase(std::string_view passphrase) const
{
    SecureKey dataKey;
    if (!open(passphraseKey(passphrase, kdf_), passphraseSlot_, vaultId_, dataKey))
        throw VaultError(VaultErrorCode::WrongPassphrase,
                         "wrong passphrase: the vault could not be unlocked. Nothing was changed.");
    return dataKey;
}

SecureKey KeyFile::unwrapWithRecoveryCode(std::string_view recoveryCode) const
{
    SecureKey dataKey;
    if (!open(recoveryKey(recoveryCode, recoverySlot_.salt, recoveryCheck_), recoverySlot_,
              vaultId_, dataKey))
        throw VaultError(VaultErrorCode::WrongRecoveryCode,
                         "wrong recovery code: it is well-formed but does not open this vault.");
    return dataKey;
}

std::string KeyFile::serialize() const
{
    json kdf = {{"alg", "argon2id13"},
                {"salt", toBase64(kdf_.salt)},
                {"opslimit", kdf_.opslimit},
                {"memlimit", kdf_.memlimit}};
    json passphrase = wrapToJson(passphraseSlot_);
    passphrase["kdf"] = kdf;
    json recovery = wrapToJson(recoverySlot_);
    recovery["kdf"] = {{"alg", "blake2b-keyed"}, {"salt", toBase64(recoverySlot_.salt)}};
    if (recoveryCheck_ == RecoveryCheck::Gf32)
        recovery["code_check"] = kGf32Check;
    const json root = {
        {"format", kFormat},
        {"version", kFormatVersion},
        {"vault_id", vaultId_},
        {"created_at_ms", createdAtMs_},
        {"cipher",
         {{"name", cipher_.name},
          {"compatibility", cipher_.compatibility},
          {"page_size", cipher_.pageSize},
          {"key", "raw-256"}}},
        {"wraps", {{std::string(kPassphrase), passphrase}, {std::string(kRecovery), recovery}}},
    };
    return root.dump(2) + "\n";
}

KeyFile KeyFile::parse(std::string_view text)
{
    ensureSodiumInitialised();
    const json root = json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object())
        throw VaultError(VaultErrorCode::Corrupt,
                         "vault.keys.json is damaged: it is not a valid JSON object");
    const json &format = field(root, "format", "");
    if (!format.is_string() || format.get<std::string>() != kFormat)
        malformed("/format", "not a vault key file");
    if (uintField(root, "version", "") > static_cast<std::uint64_t>(kFormatVersion))
        throw VaultError(VaultErrorCode::UnsupportedVersion,
                         "vault.keys.json was written by a newer version of InTheirShoes");
    KeyFile file;
    const json &id = field(root, "vault_id", "");
    if (!id.is_string() || id.get<std::string>().empty())
        malformed("/vault_id", "expected a non-empty string");
    file.vaultId_ = id.get<std::string>();
    file.createdAtMs_ = static_cast<std::int64_t>(uintField(root, "created_at_ms", ""));
    const json &cipher = field(root, "cipher", "");
    const json &name = field(cipher, "name", "/cipher");
    if (!name.is_string() || name.get<std::string>() != "sqlcipher")
        throw VaultError(VaultErrorCode::UnsupportedVersion, "vault.keys.json: unknown cipher");
    file.cipher_.compatibility = static_cast<int>(uintField(cipher, "compatibility", "/cipher"));
    file.cipher_.pageSize = static_cast<int>(uintField(cipher, "page_size", "/cipher"));
    if (file.cipher_.pageSize < 512 || file.cipher_.pageSize > 65536)
        malformed("/cipher/page_size", "out of range");
    file.passphraseSlot_ = wrapFromJson(root, kPassphrase);
    const json &kdf = field(field(root, "wraps", ""), "passphrase", "/wraps").value("kdf", json());
    const std::string where = "/wraps/passphrase/kdf";
    const json &alg = field(kdf, "alg", where);
    if (!alg.is_string() || alg.get<std::string>() != "argon2id13")
        throw VaultError(VaultErrorCode::UnsupportedVersion, "vault.keys.json: unknown KDF");
    file.kdf_.salt = base64Field(kdf, "salt", where, crypto_pwhash_SALTBYTES);
    file.kdf_.opslimit = uintField(kdf, "opslimit", where);
    file.kdf_.memlimit = uintField(kdf, "memlimit", where);
    if (file.kdf_.opslimit < crypto_pwhash_OPSLIMIT_MIN || file.kdf_.opslimit > 64)
        malformed(where + "/opslimit", "out of range");
    if (file.kdf_.memlimit < crypto_pwhash_MEMLIMIT_MIN || file.kdf_.memlimit > kMaxMemlimit)
        malformed(where + "/memlimit", "out of range");
    file.recoverySlot_ = wrapFromJson(root, kRecovery);
    const json &rkdf = field(field(root, "wraps", ""), "recovery", "/wraps").value("kdf", json());
    file.recoverySlot_.salt =
        base64Field(rkdf, "salt", "/wraps/recovery/kdf", crypto_generichash_KEYBYTES);
    // Absent in files written before the GF(32) check: their codes carry the legacy check.
    const json &recovery = field(field(root, "wraps", ""), "recovery", "/wraps");
    file.recoveryCheck_ = RecoveryCheck::LegacyHash;
    if (recovery.contains("code_check")) {
        const json &check = recovery.at("code_check");
        if (!check.is_string() || check.get<std::string>() != kGf32Check)
            throw VaultError(VaultErrorCode::UnsupportedVersion,
                             "vault.keys.json: unknown recovery code check at "
                             "/wraps/recovery/code_check");
        file.recoveryCheck_ = RecoveryCheck::Gf32;
    }
    return file;
}

KeyFile KeyFile::load(const std::filesystem::path &dir)
{
    return parse(readWholeFile(dir / kFileName));
}

void KeyFile::save(const std::filesystem::path &dir) const
{
    writeFileAtomically(dir / kFileName, serialize());
}

} // namespace its
