#pragma once
// Backup of the review circle, so another C-suite device can restore the review: its X25519
// private key and its roster (enrolled devices with their signing keys, labels and revocations).
// Both are encrypted together with XSalsa20-Poly1305 (crypto_secretbox) under a key derived from
// a passphrase with Argon2id (crypto_pwhash); the KDF parameters travel in the file so they can be
// raised later. Format: JSON "intheirshoes.review-key-backup" version 2 (docs/SYNC.md); version 1
// files (the key only) are still read, with an empty roster.

#include "review/roster.h"
#include "sync/crypto_keys.h"

#include <QByteArray>
#include <QString>
#include <string>
#include <vector>

namespace its::sync {

struct ReviewBackup
{
    QString circleId;
    ReviewKeys keys;
    std::vector<RosterEntry> roster = {}; // empty when read from a version 1 file
    int version = 2;                      // the format version read (export always writes 2)
};

struct KdfCost
{
    unsigned long long opsLimit;
    std::size_t memLimit;
    static KdfCost standard(); // Argon2id, 3 passes, 64 MiB
    static KdfCost minimal();  // for tests only: fast and still Argon2id
};

constexpr int kReviewBackupVersion = 2;

QByteArray exportReviewBackup(const ReviewBackup &backup, const std::string &passphrase,
                              KdfCost cost = KdfCost::standard());
// Throws SyncError(Format) for a malformed file, SyncError(Crypto) for a wrong passphrase or an
// encrypted part that was altered (the two cannot be told apart).
ReviewBackup importReviewBackup(const QByteArray &file, const std::string &passphrase);

} // namespace its::sync
