#include "recovery_code.h"

#include "vault_error.h"

#include <sodium.h>

namespace its {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr std::size_t kDataSymbols = (kRecoveryCodeBytes * 8 + 4) / 5;     // 26
constexpr std::size_t kSymbols = kDataSymbols + 1;                         // + check symbol
constexpr std::size_t kGroup = 4;

int symbolValue(char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<char>(c - 'a' + 'A');
    if (c == 'I' || c == 'L')
        c = '1';
    if (c == 'O')
        c = '0';
    const auto pos = kAlphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

// Multiplication in GF(32) modulo the primitive polynomial x^5 + x^2 + 1.
unsigned gf32Multiply(unsigned a, unsigned b)
{
    unsigned product = 0;
    for (; b != 0; b >>= 1) {
        if (b & 1u)
            product ^= a;
        a <<= 1;
        if (a & 0x20u)
            a ^= 0x25u;
    }
    return product & 0x1fu;
}

// The check symbol makes sum(alpha^(i+1) * symbol_i) + check == 0 over GF(32). The weights
// alpha^0..alpha^26 are distinct and non-zero (alpha has order 31), so every single mistyped
// symbol and every swap of two symbols changes the sum: no typo of either kind gets through.
unsigned gf32Check(const unsigned char *symbols)
{
    unsigned weight = 1;
    unsigned sum = 0;
    for (std::size_t i = 0; i < kDataSymbols; ++i) {
        weight = gf32Multiply(weight, 2);
        sum ^= gf32Multiply(weight, symbols[i]);
    }
    return sum;
}

// Codes made before the GF(32) check carry 5 bits of a hash of the data: a random typo still
// matched it once in 32. Kept so those codes open the vaults they were made for.
unsigned legacyHashCheck(const unsigned char *data)
{
    unsigned char digest[crypto_generichash_BYTES_MIN];
    crypto_generichash(digest, sizeof digest, data, kRecoveryCodeBytes,
                       reinterpret_cast<const unsigned char *>("its-recovery-check"), 18);
    return digest[0] & 0x1fu;
}

[[noreturn]] void malformed(const std::string &why)
{
    throw VaultError(VaultErrorCode::WrongRecoveryCode,
                     "that is not a valid recovery code: " + why +
                         ". Codes have 27 characters from 0-9 and A-Z (without I, L, O, U).");
}

} // namespace

std::string generateRecoveryCode()
{
    ensureSodiumInitialised();
    SecureBuffer data(kRecoveryCodeBytes);
    randombytes_buf(data.data(), data.size());
    std::string code;
    unsigned buffer = 0;
    int bits = 0;
    SecureBuffer symbols(kSymbols);
    std::size_t emitted = 0;
    auto emit = [&](unsigned value) {
        if (emitted > 0 && emitted % kGroup == 0)
            code += '-';
        code += kAlphabet[value & 0x1fu];
        symbols.data()[emitted++] = static_cast<unsigned char>(value & 0x1fu);
    };
    for (std::size_t i = 0; i < kRecoveryCodeBytes; ++i) {
        buffer = (buffer << 8) | data.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            emit(buffer >> bits);
        }
        buffer &= (1u << bits) - 1u;
    }
    if (bits > 0)
        emit(buffer << (5 - bits));
    emit(gf32Check(symbols.data()));
    return code;
}

SecureBuffer decodeRecoveryCode(std::string_view code, RecoveryCheck check)
{
    ensureSodiumInitialised();
    SecureBuffer symbols(kSymbols);
    std::size_t count = 0;
    for (char c : code) {
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        const int value = symbolValue(c);
        if (value < 0)
            malformed(std::string("the character '") + c + "' cannot appear in it");
        if (count == kSymbols)
            malformed("it is too long");
        symbols.data()[count++] = static_cast<unsigned char>(value);
    }
    if (count != kSymbols)
        malformed("it has " + std::to_string(count) + " characters instead of " +
                  std::to_string(kSymbols));
    SecureBuffer data(kRecoveryCodeBytes);
    unsigned buffer = 0;
    int bits = 0;
    std::size_t out = 0;
    for (std::size_t i = 0; i < kDataSymbols; ++i) {
        buffer = (buffer << 5) | symbols.data()[i];
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data.data()[out++] = static_cast<unsigned char>(buffer >> bits);
            buffer &= (1u << bits) - 1u;
        }
    }
    if (out != kRecoveryCodeBytes || buffer != 0)
        malformed("its last data character is not possible");
    const unsigned expected =
        check == RecoveryCheck::Gf32 ? gf32Check(symbols.data()) : legacyHashCheck(data.data());
    if (expected != symbols.data()[kDataSymbols])
        malformed("a character was mistyped (the check character does not match)");
    return data;
}

} // namespace its
