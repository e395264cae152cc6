#pragma once
// The review's pull: list the target's month folders, fetch only envelope names not seen
// before, and for each one check, in this order, that it
//   parses, matches its file name, comes from a device on the roster that is not revoked,
//   carries a valid signature, belongs to this circle, is sealed to this review's key,
//   decrypts to a valid summary for the same walk and revision, and is newer than what the
//   review already holds for that walk;
// then store it in the review vault. Every envelope is recorded in sync_received in the same
// transaction as its summary, so a summary arrives exactly once, even across a crash. Envelopes
// from a device not (yet) on the roster are reconsidered once the device is accepted; malformed
// or badly signed ones (maybe a cut-short upload on a non-atomic server) whenever they change.
// A rejection is reported once, by the pull that first saw it.

#include "sync/sync_target.h"
#include "vault/database.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace its::sync {

enum class RejectReason
{
    Malformed,      // not an envelope, bad header, summary inside is not a valid summary
    NameMismatch,   // file name and signed header disagree (a copied or renamed file)
    UnknownDevice,  // signer not on the roster
    RevokedDevice,  // signer revoked
    BadSignature,   // altered after signing
    WrongCircle,    // signed for another review circle
    WrongReviewKey, // sealed to another review key, or does not decrypt
    Replayed,       // older than (or the same revision as) what the review already holds
    WalkHijack,     // walk id already belongs to another device
};
QString toString(RejectReason reason);

struct Rejection
{
    QString path;
    QString deviceId;
    RejectReason reason;
    QString message;
};

struct PullReport
{
    int listed = 0;      // envelope files on the target
    int alreadySeen = 0; // skipped without fetching
    int accepted = 0;
    std::vector<Rejection> rejected; // new rejections in this pull
    std::vector<QString> errors;     // fetch failures (network): retried by the next pull
};

struct PullOptions
{
    int batchSize = 256; // envelopes per vault transaction
    int window = 8;      // fetches in flight (WebDAV)
};

// Throws SyncError(Config) if the vault has no review circle; SyncError(Network/Http) if the
// target cannot be listed. Blocks; built from PullSession's steps.
PullReport pullEnvelopes(Database &db, SyncTarget &target, qint64 nowMs, PullOptions options = {});

// The pull in steps, for callers that keep the network on another thread (the app): the vault
// steps (constructor, plan, apply) on the vault's thread, the network steps (listEnvelopeFiles,
// fetching nextBatch() with getMany) wherever the target lives.
class PullSession
{
public:
    // Loads the circle, the roster and what was seen before. Throws SyncError(Config) if the
    // vault has no review circle.
    PullSession(Database &db, qint64 nowMs, PullOptions options = {});
    ~PullSession();
    PullSession(const PullSession &) = delete;
    PullSession &operator=(const PullSession &) = delete;

    // Network: every envelope-shaped file under summaries/<month>/ on the target.
    static QStringList listEnvelopeFiles(SyncTarget &target);
    // Chooses which listed files to fetch, in the order to apply them.
    void plan(const QStringList &files);
    // The next batch to fetch; empty when the pull is complete.
    QStringList nextBatch();
    // Checks and stores the batch nextBatch() returned (results in the same order), in one
    // vault transaction.
    void apply(std::vector<SyncTarget::Fetched> fetched);
    const PullReport &report() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace its::sync
