#pragma once
// A sync envelope: one walk summary sealed to the review circle and signed by the device.
//
//   "ITSENV1\n" | u32 big-endian header length | header JSON | sealed box | Ed25519 signature
//
// The header states the sealed box's size, so the review tells a file cut short (retry later)
// from an altered one (reject).
//
// The header is readable without keys (so the review can find the signer and reject early), the
// summary JSON inside the sealed box (crypto_box_seal to the review's X25519 key) is not. The
// signature covers everything before it, so neither header nor ciphertext can be altered or
// swapped. The sync target only ever sees this.

#include "sync/crypto_keys.h"

#include <QByteArray>
#include <QString>
#include <optional>

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
    // Size of the sealed box, so a file cut short anywhere is told from an altered one. 0: not
    // stated (envelopes made before the field existed; readers that predate it ignore it).
    qint64 sealedBytes = 0;
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
// Why `bytes` is the start of an envelope rather than a whole one (an upload or a download that
// stopped early: "incomplete: 156 of 2310 bytes"), or nullopt when it is whole or not an
// envelope at all (parseEnvelope then says what is wrong). Without sealedBytes (older
// envelopes) only a cut before the signature's place can be told.
std::optional<QString> incompleteEnvelope(const QByteArray &bytes);
bool verifyEnvelope(const ParsedEnvelope &envelope, const QByteArray &signPublic);
// Throws SyncError(Crypto): "sealed to another review key" or "cannot be decrypted".
QByteArray openEnvelope(const ParsedEnvelope &envelope, const ReviewKeys &review);

} // namespace its::sync
