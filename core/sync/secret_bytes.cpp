#include "sync/secret_bytes.h"

#include <sodium.h>

namespace its::sync {

SecretBytes SecretBytes::fromBytes(const QByteArray &bytes)
{
    SecretBytes secret(static_cast<std::size_t>(bytes.size()));
    std::copy(bytes.begin(), bytes.end(), secret.bytes_.begin());
    return secret;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        wipe();
        bytes_ = other.bytes_;
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : bytes_(std::move(other.bytes_))
{
    other.bytes_.clear();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        bytes_ = std::move(other.bytes_);
        other.bytes_.clear();
    }
    return *this;
}

QByteArray SecretBytes::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(bytes_.data()),
                      static_cast<qsizetype>(bytes_.size()));
}

void SecretBytes::wipe()
{
    if (!bytes_.empty())
        sodium_memzero(bytes_.data(), bytes_.size());
}

} // namespace its::sync
