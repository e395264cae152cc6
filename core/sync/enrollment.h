#pragma once
// An enrollment request: a device's self-signed statement "I am <label>, this is my signing key,
// I joined circle <id> with review key <fingerprint>". The device writes it to the target
// (enrollments/<deviceId>.json); the review lists pending requests and the CCO accepts one after
// comparing the fingerprint with the executive out of band. Nothing is enrolled automatically:
// anyone with write access to the target could drop a request there.

#include "sync/crypto_keys.h"

#include <QByteArray>
#include <QString>

namespace its::sync {

struct EnrollmentRequest
{
    QString circleId;
    QString deviceId;
    QString label; // e.g. "CFO phone"; how the review lists the executive
    QByteArray signPublic;
    QString reviewKey; // fingerprint of the review key from the invitation
    qint64 createdMs = 0;
};

QByteArray makeEnrollmentRequest(EnrollmentRequest request, const DeviceKeys &device);
// Checks format, that the device id matches the key, and the self-signature.
// Throws SyncError(Format) for bad files, SyncError(Crypto) for a bad signature.
EnrollmentRequest parseEnrollmentRequest(const QByteArray &file);

} // namespace its::sync
