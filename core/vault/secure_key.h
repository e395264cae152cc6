#pragma once
// Key material lives only in libsodium-guarded memory (sodium_malloc: guard pages, mlock'd,
// wiped on free). Never copy it into std::string or std::vector.

#include <cstddef>
#include <span>
#include <string_view>

namespace its {

// A variable-size guarded buffer, e.g. the "x'<hex>'" literal handed to sqlite3_key.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size); // zero-filled; throws std::bad_alloc
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    unsigned char *data() { return data_; }
    const unsigned char *data() const { return data_; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::span<const unsigned char> bytes() const { return {data_, size_}; }
    std::string_view view() const; // the bytes as characters (for text secrets)

private:
    void release() noexcept;
    unsigned char *data_ = nullptr;
    std::size_t size_ = 0;
};

// A 256-bit symmetric key.
class SecureKey
{
public:
    static constexpr std::size_t kSize = 32;

    static SecureKey random(); // randombytes_buf
    static SecureKey fromBytes(std::span<const unsigned char, kSize> bytes);
    SecureKey(); // all zero; use random()/fromBytes() or let a KDF fill data()

    unsigned char *data() { return buffer_.data(); }
    const unsigned char *data() const { return buffer_.data(); }
    std::size_t size() const { return buffer_.size(); }
    bool empty() const { return buffer_.empty(); } // true only after being moved from
    std::span<const unsigned char> bytes() const { return buffer_.bytes(); }
    bool equals(const SecureKey &other) const; // constant time (sodium_memcmp)

    // "x'<64 lowercase hex>'" (67 bytes, no terminator counted) in guarded memory: the raw-key
    // form of sqlite3_key / PRAGMA key, which bypasses SQLCipher's PBKDF2.
    SecureBuffer sqlcipherRawKeyLiteral() const;

private:
    SecureBuffer buffer_;
};

// Must be called before any other sodium use; cheap and idempotent. Throws VaultError on failure.
void ensureSodiumInitialised();

} // namespace its
