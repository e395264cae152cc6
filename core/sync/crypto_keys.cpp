#include "sync/crypto_keys.h"

#include "sync/sync_error.h"

#include <QCryptographicHash>
#include <QStringList>
#include <sodium.h>

namespace its::sync {

namespace {

unsigned char *u8(QByteArray &bytes)
{
    return reinterpret_cast<unsigned char *>(bytes.data());
}
const unsigned char *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}
std::size_t usize(const QByteArray &bytes)
{
    return static_cast<std::size_t>(bytes.size());
}

QByteArray blake2b(const QByteArray &input, std::size_t outLength)
{
    QByteArray out(static_cast<qsizetype>(outLength), '\0');
    crypto_generichash(u8(out), outLength, u8(input), usize(input), nullptr, 0);
    return out;
}

} // namespace

void ensureSodium()
{
    if (sodium_init() < 0)
        throw SyncError(SyncErrorKind::Crypto, "libsodium failed to initialise");
}

DeviceKeys DeviceKeys::generate()
{
    ensureSodium();
    DeviceKeys keys;
    keys.signPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    keys.signSecret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(u8(keys.signPublic), keys.signSecret.data());
    return keys;
}

QString DeviceKeys::deviceId() const
{
    return deviceIdFor(signPublic);
}

ReviewKeys ReviewKeys::generate()
{
    ensureSodium();
    ReviewKeys keys;
    keys.boxPublic = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    keys.boxSecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(u8(keys.boxPublic), keys.boxSecret.data());
    return keys;
}

bool ReviewKeys::consistent() const
{
    if (boxPublic.size() != crypto_box_PUBLICKEYBYTES ||
        boxSecret.size() != crypto_box_SECRETKEYBYTES)
        return false;
    QByteArray derived(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(u8(derived), boxSecret.data());
    return sodium_memcmp(derived.constData(), boxPublic.constData(), crypto_box_PUBLICKEYBYTES) ==
           0;
}

QString deviceIdFor(const QByteArray &signPublic)
{
    return QStringLiteral("d") + QString::fromLatin1(blake2b(signPublic, 12).toHex());
}

QString fingerprint(const QByteArray &publicKey)
{
    const QString hex = QString::fromLatin1(blake2b(publicKey, 16).toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join('-');
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray fromBase64(const QString &text, const char *what, qsizetype expectedSize)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        throw SyncError(SyncErrorKind::Format, std::string("not valid base64url: ") + what);
    if (expectedSize >= 0 && decoded.decoded.size() != expectedSize)
        throw SyncError(SyncErrorKind::Format, std::string("wrong length for ") + what + ": " +
                                                   std::to_string(decoded.decoded.size()) +
                                                   " bytes, expected " +
                                                   std::to_string(expectedSize));
    return decoded.decoded;
}

QByteArray signDetached(const QByteArray &message, const SecretBytes &signSecret)
{
    if (signSecret.size() != crypto_sign_SECRETKEYBYTES)
        throw SyncError(SyncErrorKind::Crypto, "device signing key has the wrong size");
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(u8(signature), nullptr, u8(message), usize(message), signSecret.data());
    return signature;
}

bool verifyDetached(const QByteArray &message, const QByteArray &signature,
                    const QByteArray &signPublic)
{
    if (signature.size() != crypto_sign_BYTES || signPublic.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(u8(signature), u8(message), usize(message),
                                       u8(signPublic)) == 0;
}

} // namespace its::sync
