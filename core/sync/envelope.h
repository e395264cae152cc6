#pragma once
// A sync envelope: one walk summary sealed to the review circle and signed by the device.
//
//   "ITSENV1\n" | u32 big-endian header length | header JSON | sealed box | Ed25519 signature
//
// The header is readable without keys (so the review can find the signer and reject early), the
// summary JSON inside the sealed box (crypto_box_seal to the review's X25519 key) is not. The
// signature covers everything before it, so neither header nor ciphertext can be altered or
// swapped. The sync target only ever sees this.

#include "sync/crypto_keys.h"

#include <QByteArray>
#include <QString>

namespace its::sync {

inline constexpr const char *kEnvelopeFormat = "intheirshoes.envelope";
inline constexpr int kEnvelopeVersion = 1;

struct EnvelopeHeader
{
    int version = kEnvelopeVersion;
    QString circleId;
    QString deviceId;
    QString walkId;
    int revision = 1;
    qint64 finishedMs = 0; // when the walk finished (names the month folder)
    qint64 sealedMs = 0;   // when this envelope was made
    QString reviewKey;     // fingerprint() of the review public key it is sealed to
};

QByteArray sealEnvelope(EnvelopeHeader header, const QByteArray &summaryJson,
                        const QByteArray &reviewPublic, const DeviceKeys &device);

struct ParsedEnvelope
{
    EnvelopeHeader header;
    QByteArray signedPart; // magic + length + header + ciphertext
    QByteArray ciphertext;
    QByteArray signature;
};

// Throws SyncError(Format) naming what is wrong (magic, length, header field).
ParsedEnvelope parseEnvelope(const QByteArray &bytes);
bool verifyEnvelope(const ParsedEnvelope &envelope, const QByteArray &signPublic);
// Throws SyncError(Crypto): "sealed to another review key" or "cannot be decrypted".
QByteArray openEnvelope(const ParsedEnvelope &envelope, const ReviewKeys &review);

} // namespace its::sync
