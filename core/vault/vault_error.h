#pragma once
// Every failure of the vault layer is a VaultError: a code the UI can branch on plus a message
// a person can read ("wrong passphrase", "vault.db is damaged", "disk full").

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace its {

enum class VaultErrorCode
{
    WrongPassphrase,
    WrongRecoveryCode,
    Corrupt,            // vault.db or vault.keys.json damaged, truncated or malformed
    NotFound,           // missing file, walk, contact, template, evidence
    AlreadyExists,      // create() over an existing vault
    DiskFull,           // SQLITE_FULL, ENOSPC, EFBIG (file size limit)
    Io,                 // any other I/O failure
    UnsupportedVersion, // file or schema written by a newer version
    Locked,             // the vault is locked (no key in memory)
    CipherUnavailable,  // the SQLite library has no SQLCipher codec
    Busy,               // another connection holds the lock
    InvalidInput,       // bad argument: empty passphrase, closed contact, out-of-range score
};

std::string_view toString(VaultErrorCode code);

class VaultError : public std::runtime_error
{
public:
    VaultError(VaultErrorCode code, const std::string &message)
        : std::runtime_error(message)
        , code_(code)
    {
    }
    // `detail`: what a person does not need in order to act (SQLite's raw findings, ...), shown
    // only on request (the CLI's --verbose). The message stays one clear sentence.
    VaultError(VaultErrorCode code, const std::string &message, std::string detail)
        : std::runtime_error(message)
        , code_(code)
        , detail_(std::move(detail))
    {
    }
    VaultErrorCode code() const { return code_; }
    const std::string &detail() const { return detail_; }

private:
    VaultErrorCode code_;
    std::string detail_;
};

} // namespace its
