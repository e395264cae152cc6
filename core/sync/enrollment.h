#pragma once
// An enrollment request: a device's self-signed statement "I am <label>, this is my signing key,
// I joined circle <id> with review key <fingerprint>". The device writes it to the target
// (enrollments/<deviceId>.json); the review lists pending requests and the CCO accepts one after
// comparing the fingerprint with the executive out of band. Nothing is enrolled automatically:
// anyone with write access to the target could drop a request there.
//
// The label ("CFO laptop") says which leader walks, and walks are incognito: since version 2 it
// is sealed to the review key (padded, so its length says nothing either), and whoever runs the
// server sees only a device id, keys, the circle id and a time. Version 1 requests (label in
// clear) are still read.

#include "sync/crypto_keys.h"

#include <QByteArray>
#include <QString>

namespace its::sync {

inline constexpr int kEnrollmentVersion = 2;

struct EnrollmentRequest
{
    QString circleId;
    QString deviceId;
    QString label; // e.g. "CFO phone"; how the review lists the executive
    QByteArray signPublic;
    QString reviewKey; // fingerprint of the review key from the invitation
    qint64 createdMs = 0;
};

// Seals the label to `reviewPublic` (the invitation's review key) and signs the whole request.
QByteArray makeEnrollmentRequest(EnrollmentRequest request, const DeviceKeys &device,
                                 const QByteArray &reviewPublic);
// Checks format, that the device id matches the key, and the self-signature, then opens the
// label with the review's key. Throws SyncError(Format) for bad files, SyncError(Crypto) for a
// bad signature or a label this review key cannot open (a request for another review).
EnrollmentRequest parseEnrollmentRequest(const QByteArray &file, const ReviewKeys &review);

} // namespace its::sync
