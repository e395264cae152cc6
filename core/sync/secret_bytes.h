#pragma once
// Secret key material that is wiped (sodium_memzero) when it goes away, and never implicitly
// copied into a QByteArray that would outlive it.

#include <QByteArray>
#include <cstddef>
#include <vector>

namespace its::sync {

class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size)
        : bytes_(size)
    {
    }
    static SecretBytes fromBytes(const QByteArray &bytes);
    ~SecretBytes();
    SecretBytes(const SecretBytes &other) = default;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;

    unsigned char *data() { return bytes_.data(); }
    const unsigned char *data() const { return bytes_.data(); }
    std::size_t size() const { return bytes_.size(); }
    bool empty() const { return bytes_.empty(); }
    // An explicit copy out, for storing in the (encrypted) vault.
    QByteArray toByteArray() const;

private:
    void wipe();
    std::vector<unsigned char> bytes_;
};

} // namespace its::sync
