#pragma once
// Recovery codes: 128 random bits in Crockford base32 plus one check symbol, grouped for reading
// aloud or writing on paper: "7K3M-0Q9V-XH2D-8RTA-5NWB-C4EF-G9T". Shown once, at creation.

#include "secure_key.h"

#include <string>
#include <string_view>

namespace its {

inline constexpr std::size_t kRecoveryCodeBytes = 16;

// How the check symbol is computed. Gf32 catches every single mistyped symbol and every swap of
// two symbols; LegacyHash (codes made before key files recorded "code_check") misses 1 in 32.
enum class RecoveryCheck
{
    Gf32,
    LegacyHash
};

// A fresh random code with a Gf32 check symbol, formatted with dashes.
std::string generateRecoveryCode();

// Decodes a code typed by a person: case, spaces and dashes are ignored, and the Crockford
// look-alikes I/L -> 1 and O -> 0 are accepted. Throws VaultError(WrongRecoveryCode) when the
// text is not a well-formed code (wrong length, bad character, check symbol mismatch).
SecureBuffer decodeRecoveryCode(std::string_view code, RecoveryCheck check = RecoveryCheck::Gf32);

} // namespace its
