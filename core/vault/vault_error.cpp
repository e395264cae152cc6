#include "vault_error.h"

namespace its {

std::string_view toString(VaultErrorCode code)
{
    switch (code) {
    case VaultErrorCode::WrongPassphrase:
        return "wrong_passphrase";
    case VaultErrorCode::WrongRecoveryCode:
        return "wrong_recovery_code";
    case VaultErrorCode::Corrupt:
        return "corrupt";
    case VaultErrorCode::NotFound:
        return "not_found";
    case VaultErrorCode::AlreadyExists:
        return "already_exists";
    case VaultErrorCode::DiskFull:
        return "disk_full";
    case VaultErrorCode::Io:
        return "io";
    case VaultErrorCode::UnsupportedVersion:
        return "unsupported_version";
    case VaultErrorCode::Locked:
        return "locked";
    case VaultErrorCode::CipherUnavailable:
        return "cipher_unavailable";
    case VaultErrorCode::Busy:
        return "busy";
    case VaultErrorCode::InvalidInput:
        return "invalid_input";
    }
    return "unknown";
}

} // namespace its
