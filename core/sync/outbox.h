#pragma once
// The outbox in the vault: finished walks' summaries waiting to reach the sync target.
//
// enqueue() seals the summary once (the envelope bytes are stored, so every retry uploads the
// very same bytes and re-uploading is a no-op on the target) and supersedes older revisions of
// the walk that have not left yet. push() uploads what is due, in batches; each entry is marked
// 'uploading' in the vault before the network is touched, so a crash leaves it due again, and
// 'synced' only after the target answered 2xx and the file read back with the same bytes.
// Failures become 'failed' with the reason and a retry time (exponential backoff with jitter).

#include "scoring/summary.h"
#include "sync/backoff.h"
#include "sync/sync_target.h"
#include "vault/database.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace its::sync {

enum class OutboxState
{
    Queued,
    Uploading,
    Synced,
    Failed,
    Superseded
};
QString toString(OutboxState state);

struct OutboxEntry
{
    QString walkId;
    int revision = 0;
    QString path; // on the target
    QString sha256;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString lastError;
    qint64 updatedMs = 0;
};

struct PushOptions
{
    // Entries marked 'uploading' per vault transaction. Large: every batch boundary drains the
    // request window and waits for two commits (measured: 512 pushes ~1.2x faster than 128).
    int batchSize = 512;
    int window = 8;             // requests in flight (WebDAV)
    int maxEntries = -1;        // stop after this many attempts (-1: everything due)
    bool ignoreBackoff = false; // "sync now" from the UI or CLI
};

struct PushReport
{
    int attempted = 0;
    int synced = 0;
    int failed = 0;
    std::vector<QString> errors; // one per failed entry: "<path>: <reason>"
};

class Outbox
{
public:
    explicit Outbox(Database &db, BackoffPolicy policy = {}); // migrates the sync schema

    // Requires an enrolled device identity (device_identity.h). Throws SyncError(Config) if not,
    // or if the same walk and revision was already queued with a different summary.
    OutboxEntry enqueue(const WalkSummary &summary, qint64 nowMs);
    OutboxEntry enqueueJson(const QString &walkId, int revision, qint64 finishedMs,
                            const QByteArray &summaryJson, qint64 nowMs);

    // Uploads everything due, batch after batch: takeDue(), the target's putVerifiedMany(),
    // settle(). Blocks; the app runs the same three steps with the network on another thread.
    PushReport push(SyncTarget &target, qint64 nowMs, PushOptions options = {});

    struct Batch
    {
        std::vector<OutboxEntry> entries;
        std::vector<SyncTarget::Item> items; // the sealed envelopes, same order
    };
    // Marks up to `limit` due entries 'uploading' (one transaction) and loads their envelopes;
    // entries whose path is in `skip` (tried already in this push) are left alone.
    Batch takeDue(qint64 nowMs, const PushOptions &options, int limit,
                  const QSet<QString> &skip = {});
    // Records the target's answer for each entry of `batch` (errors[i] empty = synced), adds
    // to `report`. Entries no longer 'uploading' (superseded meanwhile) are left as they are.
    void settle(const Batch &batch, const std::vector<QString> &errors, qint64 nowMs,
                PushReport &report);

    // The newest revision of every walk (what the app shows), newest first.
    std::vector<OutboxEntry> latest();
    std::optional<OutboxEntry> entry(const QString &walkId, int revision);
    int countIn(OutboxState state);

private:
    std::vector<OutboxEntry> due(qint64 nowMs, bool ignoreBackoff, int limit);
    Database &db_;
    BackoffPolicy policy_;
};

} // namespace its::sync
