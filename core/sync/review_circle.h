#pragma once
// The review side's circle (the CCO's app): its X25519 key pair, kept in the review's encrypted
// vault, the sync target it reads from, invitations for executives, and the private key backup
// that lets another C-suite device restore the same circle.

#include "sync/crypto_keys.h"
#include "sync/invitation.h"
#include "sync/key_backup.h"
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

Invitation makeInvitation(const ReviewCircle &circle);

QByteArray backupReviewCircle(Database &db, const std::string &passphrase,
                              KdfCost cost = KdfCost::standard());
// Restores a circle from a backup into a vault that has none. Wrong passphrase: SyncError(Crypto).
ReviewCircle restoreReviewCircle(Database &db, const QByteArray &backupFile,
                                 const std::string &passphrase, const QString &targetUrl,
                                 qint64 nowMs);

} // namespace its::sync
