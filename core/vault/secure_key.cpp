#include "secure_key.h"

#include "vault_error.h"

#include <new>
#include <sodium.h>

namespace its {

void ensureSodiumInitialised()
{
    // sodium_init is thread-safe and returns 1 when already initialised.
    if (sodium_init() < 0)
        throw VaultError(VaultErrorCode::CipherUnavailable, "libsodium could not be initialised");
}

SecureBuffer::SecureBuffer(std::size_t size)
{
    ensureSodiumInitialised();
    if (size == 0)
        return;
    // sodium_malloc places the buffer against a guard page and mlock()s it, so it is never
    // swapped out; sodium_free wipes it before unmapping.
    data_ = static_cast<unsigned char *>(sodium_malloc(size));
    if (data_ == nullptr)
        throw std::bad_alloc();
    size_ = size;
    sodium_memzero(data_, size_);
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : data_(other.data_)
    , size_(other.size_)
{
    other.data_ = nullptr;
    other.size_ = 0;
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        data_ = other.data_;
        size_ = other.size_;
        other.data_ = nullptr;
        other.size_ = 0;
    }
    return *this;
}

std::string_view SecureBuffer::view() const
{
    return {reinterpret_cast<const char *>(data_), size_};
}

void SecureBuffer::release() noexcept
{
    if (data_ != nullptr) {
        sodium_memzero(data_, size_);
        sodium_free(data_);
    }
    data_ = nullptr;
    size_ = 0;
}

SecureKey::SecureKey()
    : buffer_(kSize)
{
}

SecureKey SecureKey::random()
{
    SecureKey key;
    randombytes_buf(key.data(), kSize);
    return key;
}

SecureKey SecureKey::fromBytes(std::span<const unsigned char, kSize> bytes)
{
    SecureKey key;
    for (std::size_t i = 0; i < kSize; ++i)
        key.data()[i] = bytes[i];
    return key;
}

bool SecureKey::equals(const SecureKey &other) const
{
    if (empty() || other.empty())
        return empty() && other.empty();
    return sodium_memcmp(data(), other.data(), kSize) == 0;
}

SecureBuffer SecureKey::sqlcipherRawKeyLiteral() const
{
    if (empty())
        throw VaultError(VaultErrorCode::Locked, "the vault key has been wiped");
    SecureBuffer hex(kSize * 2 + 1); // sodium_bin2hex writes a terminator
    sodium_bin2hex(reinterpret_cast<char *>(hex.data()), hex.size(), data(), kSize);
    SecureBuffer literal(3 + kSize * 2); // x'<64 hex>' with no terminator: 67 bytes
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    for (std::size_t i = 0; i < kSize * 2; ++i)
        literal.data()[2 + i] = hex.data()[i];
    literal.data()[2 + kSize * 2] = '\'';
    return literal;
}

} // namespace its
