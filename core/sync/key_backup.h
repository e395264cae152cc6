#pragma once
// Backup of the review circle's private key, so another C-suite device can restore the review.
// The X25519 secret key is encrypted with XSalsa20-Poly1305 (crypto_secretbox) under a key
// derived from a passphrase with Argon2id (crypto_pwhash); the KDF parameters travel in the file
// so they can be raised later. Format: JSON "intheirshoes.review-key-backup" version 1.

#include "sync/crypto_keys.h"

#include <QByteArray>
#include <QString>
#include <string>

namespace its::sync {

struct ReviewBackup
{
    QString circleId;
    ReviewKeys keys;
};

struct KdfCost
{
    unsigned long long opsLimit;
    std::size_t memLimit;
    static KdfCost standard(); // Argon2id, 3 passes, 64 MiB
    static KdfCost minimal();  // for tests only: fast and still Argon2id
};

QByteArray exportReviewBackup(const ReviewBackup &backup, const std::string &passphrase,
                              KdfCost cost = KdfCost::standard());
// Throws SyncError(Format) for a malformed file, SyncError(Crypto) for a wrong passphrase.
ReviewBackup importReviewBackup(const QByteArray &file, const std::string &passphrase);

} // namespace its::sync
