#pragma once
// Key pairs of the sync layer (libsodium):
// - a device's Ed25519 signing pair: signs every envelope and enrollment request it writes;
// - the review circle's X25519 pair: every summary is sealed to its public key.
// A device id is derived from the signing public key, so an id cannot be claimed with another key.

#include "sync/secret_bytes.h"

#include <QByteArray>
#include <QString>

namespace its::sync {

void ensureSodium(); // throws SyncError if libsodium cannot initialise

struct DeviceKeys
{
    QByteArray signPublic;  // crypto_sign_PUBLICKEYBYTES
    SecretBytes signSecret; // crypto_sign_SECRETKEYBYTES
    static DeviceKeys generate();
    QString deviceId() const;
};

struct ReviewKeys
{
    QByteArray boxPublic;  // crypto_box_PUBLICKEYBYTES
    SecretBytes boxSecret; // crypto_box_SECRETKEYBYTES
    static ReviewKeys generate();
    // Checks that the secret key belongs to the public key (after a restore, say).
    bool consistent() const;
};

// "d" + 24 hex digits of BLAKE2b(signPublic): stable, file-name safe, bound to the key.
QString deviceIdFor(const QByteArray &signPublic);
// 32 hex digits of BLAKE2b(publicKey) grouped by 4, to compare keys out of band.
QString fingerprint(const QByteArray &publicKey);
// Lower-case hex SHA-256, used for content hashes and read-back checks.
QString sha256Hex(const QByteArray &bytes);

// Unpadded base64url; `what` names the field in the error when decoding fails.
QString toBase64(const QByteArray &bytes);
QByteArray fromBase64(const QString &text, const char *what, qsizetype expectedSize = -1);

QByteArray signDetached(const QByteArray &message, const SecretBytes &signSecret);
bool verifyDetached(const QByteArray &message, const QByteArray &signature,
                    const QByteArray &signPublic);

} // namespace its::sync
