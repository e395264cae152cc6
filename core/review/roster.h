#pragma once
// The review's roster of enrolled devices. A device gets on it only when the CCO accepts its
// enrollment request (after comparing the key fingerprint with the executive); a revoked device
// stays listed with its revocation time, and every envelope it signs from then on is rejected.

#include "sync/enrollment.h"
#include "sync/sync_target.h"
#include "vault/database.h"

#include <QSet>
#include <optional>
#include <vector>

namespace its::sync {

struct RosterEntry
{
    QString deviceId;
    QString label;
    QByteArray signPublic;
    qint64 enrolledMs = 0;
    std::optional<qint64> revokedMs;
    bool active() const { return !revokedMs.has_value(); }
};

// A pending request the CCO turned down.
struct RejectedRequest
{
    QString deviceId;
    QString label;
    QByteArray signPublic;
    qint64 rejectedMs = 0;
};

class Roster
{
public:
    explicit Roster(Database &db); // migrates the sync schema

    // Adds the device (idempotent for the same key). Throws SyncError(Config) if the request is
    // for another circle or review key, or the device was revoked or its request rejected (both
    // are final).
    RosterEntry accept(const EnrollmentRequest &request, const QString &circleId,
                       const QString &reviewKeyFingerprint, qint64 nowMs);
    // Throws SyncError(NotFound) for an unknown device. Revoking twice keeps the first time.
    void revoke(const QString &deviceId, qint64 nowMs);
    // Turns a pending request down for good: it is never pending again, and the device can
    // only come back by enrolling with a new key. Rejecting twice keeps the first time. Throws
    // SyncError(Config) for a device already on the roster (revoke it instead).
    void reject(const EnrollmentRequest &request, qint64 nowMs);
    std::vector<RejectedRequest> rejected(); // oldest first
    bool isRejected(const QString &deviceId);
    std::optional<RosterEntry> find(const QString &deviceId);
    std::vector<RosterEntry> all();

    // Valid requests on the target from devices neither on the roster nor rejected. Files that fail
    // to parse or verify are listed in `problems` ("<path>: <reason>") and otherwise ignored.
    std::vector<EnrollmentRequest> pending(SyncTarget &target, const QString &circleId,
                                           std::vector<QString> *problems = nullptr);

    // pending() in two steps, for callers that keep the network on another thread.
    struct RequestFile
    {
        QString path;
        QByteArray bytes;
        QString error; // the fetch failed: `bytes` is empty
    };
    // Network only: the request files on the target, except those of `skipDevices`. Throws
    // SyncError if the folder cannot be listed.
    static std::vector<RequestFile> fetchRequests(SyncTarget &target,
                                                  const QSet<QString> &skipDevices);
    // Vault only: the valid requests among `files` from devices neither on the roster nor
    // rejected.
    std::vector<EnrollmentRequest> pendingFrom(const std::vector<RequestFile> &files,
                                               const QString &circleId,
                                               std::vector<QString> *problems = nullptr);

private:
    Database &db_;
};

} // namespace its::sync
