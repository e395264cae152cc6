#pragma once
// The review side's circle (the CCO's app): its X25519 key pair, kept in the review's encrypted
// vault, the sync target it reads from, invitations for executives, and the backup (key and
// roster) that lets another C-suite device restore the same circle.

#include "review/key_backup.h"
#include "sync/crypto_keys.h"
#include "sync/invitation.h"
#include "vault/database.h"

#include <optional>
#include <string>

namespace its::sync {

struct ReviewCircle
{
    QString circleId;
    ReviewKeys keys;
    QString targetUrl;
    qint64 createdMs = 0;
};

// Throws SyncError(Config) if this vault already holds a circle.
ReviewCircle createReviewCircle(Database &db, const QString &targetUrl, qint64 nowMs);
std::optional<ReviewCircle> loadReviewCircle(Database &db);
// Throws SyncError(Config) with a clear message when the vault holds no circle.
ReviewCircle requireReviewCircle(Database &db);

// Points the circle at another sync target (the company moved its server or share): the key,
// roster and received summaries stay. Envelopes are known by path, so what the executives send
// again to the new address is skipped without being fetched. Executives follow with the new
// invitation (enrollDevice: EnrollChange::Moved). Throws SyncError(Config) with no circle.
ReviewCircle moveReviewCircle(Database &db, const QString &targetUrl);

Invitation makeInvitation(const ReviewCircle &circle);

// The circle's key and its whole roster (devices, labels, revocations) under `passphrase`.
QByteArray backupReviewCircle(Database &db, const std::string &passphrase,
                              KdfCost cost = KdfCost::standard());

// What a restore did to the roster of the vault.
struct RosterMergeReport
{
    int added = 0;     // devices that were not on this vault's roster
    int revoked = 0;   // devices this vault had as active and the backup as revoked
    int unchanged = 0; // devices already known with the same status
};

// Restores a circle from a backup and merges the backup's roster into the vault's: missing
// devices are added, and a revocation in either copy wins (the earliest time is kept). The vault
// must hold no circle or the same one (same id and key; its target stays, `targetUrl` is then
// ignored): restoring a newer backup again brings its roster over. All or nothing: a wrong
// passphrase (SyncError(Crypto)), a damaged file (SyncError(Format)) or another circle
// (SyncError(Config)) leave the vault as it was.
ReviewCircle restoreReviewCircle(Database &db, const QByteArray &backupFile,
                                 const std::string &passphrase, const QString &targetUrl,
                                 qint64 nowMs, RosterMergeReport *report = nullptr);

} // namespace its::sync
