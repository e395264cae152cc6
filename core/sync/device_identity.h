#pragma once
// The executive side's identity: this device's Ed25519 key pair (kept in the encrypted vault)
// and, once enrolled, the review circle it seals summaries to.
//
// Enrollment: enrollDevice() reads the invitation, creates the device key if there is none,
// stores the circle, and writes a signed enrollment request to the target. The device can queue
// summaries at once; the review accepts them once the CCO has accepted the request.

#include "sync/crypto_keys.h"
#include "sync/enrollment.h"
#include "sync/invitation.h"
#include "sync/sync_target.h"
#include "vault/database.h"

#include <optional>

namespace its::sync {

struct DeviceIdentity
{
    QString label;
    DeviceKeys keys;
    // Set once enrolled:
    QString circleId;
    QByteArray reviewPublic;
    QString targetUrl;
    qint64 enrolledMs = 0;
    bool enrolled() const { return !circleId.isEmpty(); }
};

// What joining with an invitation changed (enrollDevice).
enum class EnrollChange
{
    Joined,         // the device was in no circle before
    Rejoined,       // same circle, same address: only the label and the request are new
    Moved,          // same circle and key at a new address: every summary not superseded is
                    // queued again for it (the review skips what it already holds)
    SwitchedCircle, // another circle: the outbox is emptied, so every finished walk is sealed
                    // afresh to the new review key by the next push
};

// Migrates the sync schema if needed. nullopt when the device has no identity yet.
std::optional<DeviceIdentity> loadDeviceIdentity(Database &db);
// Creates the identity if missing (keeping an existing key and label), records the invitation,
// and returns the request to write (see publishEnrollment). An invitation naming this device's
// circle with another review key is refused (SyncError(Crypto)) and changes nothing: a circle
// keeps its key for life, so such an invitation is forged or mistaken.
EnrollmentRequest enrollDevice(Database &db, const Invitation &invitation, const QString &label,
                               qint64 nowMs, EnrollChange *change = nullptr);
// Writes enrollments/<deviceId>.json to the target and reads it back.
void publishEnrollment(Database &db, SyncTarget &target, qint64 nowMs);
// publishEnrollment() in two steps, for callers that keep the network on another thread: the
// signed request (vault), then writing it with read-back (network).
SyncTarget::Item prepareEnrollment(Database &db, qint64 nowMs);
void writeEnrollment(SyncTarget &target, const SyncTarget::Item &request);

} // namespace its::sync
