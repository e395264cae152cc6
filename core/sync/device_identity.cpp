#include "sync/device_identity.h"

#include "sync/naming.h"
#include "sync/sync_error.h"
#include "sync/sync_schema.h"

namespace its::sync {

std::optional<DeviceIdentity> loadDeviceIdentity(Database &db)
{
    migrateSyncSchema(db);
    Statement query = db.prepare("SELECT label, sign_public, sign_secret, circle_id, review_public,"
                                 " target_url, enrolled_at_ms FROM sync_device WHERE id = 1");
    if (!query.step())
        return std::nullopt;
    DeviceIdentity identity;
    identity.label = fromStd(query.columnText(0));
    identity.keys.signPublic = columnBytes(query, 1);
    identity.keys.signSecret = SecretBytes::fromBytes(columnBytes(query, 2));
    if (!query.isNull(3)) {
        identity.circleId = fromStd(query.columnText(3));
        identity.reviewPublic = columnBytes(query, 4);
        identity.targetUrl = fromStd(query.columnText(5));
        identity.enrolledMs = query.columnInt64(6);
    }
    return identity;
}

namespace {

EnrollChange classify(const std::optional<DeviceIdentity> &identity, const Invitation &invitation)
{
    if (!identity || !identity->enrolled())
        return EnrollChange::Joined;
    if (identity->circleId != invitation.circleId)
        return EnrollChange::SwitchedCircle;
    if (identity->reviewPublic != invitation.reviewPublic)
        throw SyncError(SyncErrorKind::Crypto,
                        "this invitation names your review circle " +
                            invitation.circleId.toStdString() +
                            " but carries another review key (" +
                            fingerprint(invitation.reviewPublic).toStdString() + " instead of " +
                            fingerprint(identity->reviewPublic).toStdString() +
                            "). Nothing was changed: ask the CCO for a new invitation.");
    return identity->targetUrl == invitation.targetUrl.trimmed() ? EnrollChange::Rejoined
                                                                 : EnrollChange::Moved;
}

void adaptOutbox(Database &db, EnrollChange change, qint64 nowMs)
{
    if (change == EnrollChange::Moved) {
        // The old address may be gone before the review read everything from it.
        db.prepare("UPDATE sync_outbox SET state = 'queued', attempts = 0, next_attempt_ms = 0,"
                   " last_error = NULL, updated_at_ms = ? WHERE state != 'superseded'")
            .bindInt64(1, nowMs)
            .run();
    } else if (change == EnrollChange::SwitchedCircle) {
        // Sealed to the old review key: the new review could not open them.
        db.exec("DELETE FROM sync_outbox_envelope; DELETE FROM sync_outbox;");
    }
}

} // namespace

EnrollmentRequest enrollDevice(Database &db, const Invitation &invitation, const QString &label,
                               qint64 nowMs, EnrollChange *change)
{
    if (!isSafeId(invitation.circleId))
        throw SyncError(SyncErrorKind::Format, "invitation circle id is not a safe id");
    std::optional<DeviceIdentity> identity = loadDeviceIdentity(db);
    const EnrollChange what = classify(identity, invitation);
    Transaction transaction(db);
    adaptOutbox(db, what, nowMs);
    if (!identity) {
        DeviceIdentity created;
        created.label =
            label.trimmed().isEmpty() ? QStringLiteral("executive device") : label.trimmed();
        created.keys = DeviceKeys::generate();
        db.prepare("INSERT INTO sync_device (id, device_id, label, sign_public, sign_secret)"
                   " VALUES (1, ?, ?, ?, ?)")
            .bindText(1, toStd(created.keys.deviceId()))
            .bindText(2, toStd(created.label))
            .bindBlob(3, blob(created.keys.signPublic))
            .bindBlob(4, {created.keys.signSecret.data(), created.keys.signSecret.size()})
            .run();
        identity = std::move(created);
    } else if (!label.trimmed().isEmpty()) {
        identity->label = label.trimmed();
    }
    db.prepare("UPDATE sync_device SET label = ?, circle_id = ?, review_public = ?, target_url = ?,"
               " enrolled_at_ms = ? WHERE id = 1")
        .bindText(1, toStd(identity->label))
        .bindText(2, toStd(invitation.circleId))
        .bindBlob(3, blob(invitation.reviewPublic))
        .bindText(4, toStd(invitation.targetUrl.trimmed()))
        .bindInt64(5, nowMs)
        .run();
    transaction.commit();
    if (change)
        *change = what;

    EnrollmentRequest request;
    request.circleId = invitation.circleId;
    request.label = identity->label;
    request.reviewKey = fingerprint(invitation.reviewPublic);
    request.createdMs = nowMs;
    request.deviceId = identity->keys.deviceId();
    request.signPublic = identity->keys.signPublic;
    return request;
}

void publishEnrollment(Database &db, SyncTarget &target, qint64 nowMs)
{
    writeEnrollment(target, prepareEnrollment(db, nowMs));
}

SyncTarget::Item prepareEnrollment(Database &db, qint64 nowMs)
{
    const std::optional<DeviceIdentity> identity = loadDeviceIdentity(db);
    if (!identity || !identity->enrolled())
        throw SyncError(SyncErrorKind::Config, "this device is not enrolled: run enroll first");
    EnrollmentRequest request;
    request.circleId = identity->circleId;
    request.label = identity->label;
    request.reviewKey = fingerprint(identity->reviewPublic);
    request.createdMs = nowMs;
    return {enrollmentPath(identity->keys.deviceId()),
            makeEnrollmentRequest(request, identity->keys, identity->reviewPublic)};
}

void writeEnrollment(SyncTarget &target, const SyncTarget::Item &request)
{
    target.put(request.path, request.bytes);
    if (target.get(request.path) != request.bytes)
        throw SyncError(SyncErrorKind::Integrity, "enrollment request did not read back intact");
}

} // namespace its::sync
