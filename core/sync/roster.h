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

class Roster
{
public:
    explicit Roster(Database &db); // migrates the sync schema

    // Adds the device (idempotent for the same key). Throws SyncError(Config) if the request is
    // for another circle or review key, or the device was revoked (revocation is final).
    RosterEntry accept(const EnrollmentRequest &request, const QString &circleId,
                       const QString &reviewKeyFingerprint, qint64 nowMs);
    // Throws SyncError(NotFound) for an unknown device. Revoking twice keeps the first time.
    void revoke(const QString &deviceId, qint64 nowMs);
    std::optional<RosterEntry> find(const QString &deviceId);
    std::vector<RosterEntry> all();

    // Valid requests on the target from devices not on the roster yet. Files that fail to parse
    // or verify are listed in `problems` ("<path>: <reason>") and otherwise ignored.
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
    // Vault only: the valid requests among `files` from devices not on the roster yet.
    std::vector<EnrollmentRequest> pendingFrom(const std::vector<RequestFile> &files,
                                               const QString &circleId,
                                               std::vector<QString> *problems = nullptr);

private:
    Database &db_;
};

} // namespace its::sync
