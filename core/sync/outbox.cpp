#include "sync/outbox.h"

#include "formats/summary_json.h"
#include "sync/device_identity.h"
#include "sync/envelope.h"
#include "sync/naming.h"
#include "sync/sync_error.h"
#include "sync/sync_schema.h"

#include <QSet>
#include <array>
#include <nlohmann/json.hpp>

namespace its::sync {

namespace {

constexpr std::array<const char *, 5> kStateNames{"queued", "uploading", "synced", "failed",
                                                  "superseded"};

OutboxState stateFrom(const std::string &text)
{
    for (std::size_t i = 0; i < kStateNames.size(); ++i)
        if (text == kStateNames[i])
            return static_cast<OutboxState>(i);
    throw SyncError(SyncErrorKind::Format, "unknown outbox state in the vault: " + text);
}

constexpr const char *kColumns = "walk_id, revision, path, sha256, state, attempts, "
                                 "next_attempt_ms, last_error, updated_at_ms";

OutboxEntry readEntry(const Statement &row)
{
    OutboxEntry entry;
    entry.walkId = fromStd(row.columnText(0));
    entry.revision = row.columnInt(1);
    entry.path = fromStd(row.columnText(2));
    entry.sha256 = fromStd(row.columnText(3));
    entry.state = stateFrom(row.columnText(4));
    entry.attempts = row.columnInt(5);
    entry.nextAttemptMs = row.columnInt64(6);
    entry.lastError = row.isNull(7) ? QString() : fromStd(row.columnText(7));
    entry.updatedMs = row.columnInt64(8);
    return entry;
}

} // namespace

QString toString(OutboxState state)
{
    return QString::fromLatin1(kStateNames[static_cast<std::size_t>(state)]);
}

Outbox::Outbox(Database &db, BackoffPolicy policy)
    : db_(db)
    , policy_(policy)
{
    migrateSyncSchema(db_);
}

OutboxEntry Outbox::enqueue(const WalkSummary &summary, qint64 nowMs)
{
    const QByteArray json = QByteArray::fromStdString(summaryToJson(summary).dump());
    return enqueueJson(QString::fromStdString(summary.walkId), summary.revision,
                       summary.finishedWallMs, json, nowMs);
}

OutboxEntry Outbox::enqueueJson(const QString &walkId, int revision, qint64 finishedMs,
                                const QByteArray &summaryJson, qint64 nowMs)
{
    const std::optional<DeviceIdentity> identity = loadDeviceIdentity(db_);
    if (!identity || !identity->enrolled())
        throw SyncError(
            SyncErrorKind::Config,
            "this device is not enrolled in a review circle: enroll with an invitation first");
    const QString path = envelopePath(identity->keys.deviceId(), walkId, revision, finishedMs);
    if (const auto existing = entry(walkId, revision))
        return *existing; // sealed and queued already: enqueueing again changes nothing
    Statement newest = db_.prepare("SELECT MAX(revision) FROM sync_outbox WHERE walk_id = ?");
    newest.bindText(1, toStd(walkId));
    if (newest.step() && !newest.isNull(0) && newest.columnInt(0) > revision)
        throw SyncError(SyncErrorKind::Config,
                        "walk " + walkId.toStdString() + " already has revision " +
                            std::to_string(newest.columnInt(0)) + " in the outbox; revision " +
                            std::to_string(revision) + " would be rejected as a replay");

    EnvelopeHeader header;
    header.circleId = identity->circleId;
    header.walkId = walkId;
    header.revision = revision;
    header.finishedMs = finishedMs;
    header.sealedMs = nowMs;
    const QByteArray envelope =
        sealEnvelope(header, summaryJson, identity->reviewPublic, identity->keys);

    Transaction transaction(db_);
    db_.prepare("UPDATE sync_outbox SET state = 'superseded', updated_at_ms = ? WHERE walk_id = ?"
                " AND revision < ? AND state IN ('queued', 'failed', 'uploading')")
        .bindInt64(1, nowMs)
        .bindText(2, toStd(walkId))
        .bindInt64(3, revision)
        .run();
    db_.prepare("INSERT INTO sync_outbox (walk_id, revision, path, sha256, state, queued_at_ms,"
                " updated_at_ms) VALUES (?, ?, ?, ?, 'queued', ?, ?)")
        .bindText(1, toStd(walkId))
        .bindInt64(2, revision)
        .bindText(3, toStd(path))
        .bindText(4, toStd(sha256Hex(envelope)))
        .bindInt64(5, nowMs)
        .bindInt64(6, nowMs)
        .run();
    db_.prepare("INSERT INTO sync_outbox_envelope (path, envelope) VALUES (?, ?)")
        .bindText(1, toStd(path))
        .bindBlob(2, blob(envelope))
        .run();
    transaction.commit();
    return *entry(walkId, revision);
}

std::vector<OutboxEntry> Outbox::due(qint64 nowMs, bool ignoreBackoff, int limit)
{
    // 'uploading' rows are left over from a crash or kill mid-push: due again at once.
    Statement query = db_.prepare(
        std::string("SELECT ") + kColumns +
        " FROM sync_outbox WHERE state = 'uploading' OR (state IN ('queued', 'failed')"
        " AND (? OR next_attempt_ms <= ?)) ORDER BY queued_at_ms, walk_id, revision LIMIT ?");
    query.bindInt64(1, ignoreBackoff ? 1 : 0).bindInt64(2, nowMs).bindInt64(3, limit);
    std::vector<OutboxEntry> entries;
    while (query.step())
        entries.push_back(readEntry(query));
    return entries;
}

PushReport Outbox::push(SyncTarget &target, qint64 nowMs, PushOptions options)
{
    PushReport report;
    const int batchSize = std::max(1, options.batchSize);
    QSet<QString> tried; // an entry tried in this push is not tried again in the same push
    while (options.maxEntries < 0 || report.attempted < options.maxEntries) {
        int limit = batchSize;
        if (options.maxEntries >= 0)
            limit = std::min(limit, options.maxEntries - report.attempted);
        const Batch batch = takeDue(nowMs, options, limit, tried);
        if (batch.entries.empty())
            break;
        settle(batch, target.putVerifiedMany(batch.items, options.window), nowMs, report);
        for (const OutboxEntry &entry : batch.entries)
            tried.insert(entry.path);
    }
    return report;
}

Outbox::Batch Outbox::takeDue(qint64 nowMs, const PushOptions &options, int limit,
                              const QSet<QString> &skip)
{
    Batch batch;
    for (OutboxEntry &candidate :
         due(nowMs, options.ignoreBackoff, limit + static_cast<int>(skip.size())))
        if (!skip.contains(candidate.path) && static_cast<int>(batch.entries.size()) < limit)
            batch.entries.push_back(std::move(candidate));
    if (batch.entries.empty())
        return batch;
    Transaction transaction(db_);
    Statement mark = db_.prepare("UPDATE sync_outbox SET state = 'uploading', attempts ="
                                 " attempts + 1, updated_at_ms = ? WHERE path = ?");
    Statement load = db_.prepare("SELECT envelope FROM sync_outbox_envelope WHERE path = ?");
    for (OutboxEntry &entry : batch.entries) {
        mark.bindInt64(1, nowMs).bindText(2, toStd(entry.path)).run();
        mark.reset();
        entry.state = OutboxState::Uploading;
        ++entry.attempts;
        load.bindText(1, toStd(entry.path));
        load.step();
        batch.items.push_back({entry.path, columnBytes(load, 0)});
        load.reset();
    }
    transaction.commit();
    return batch;
}

void Outbox::settle(const Batch &batch, const std::vector<QString> &errors, qint64 nowMs,
                    PushReport &report)
{
    if (errors.size() != batch.entries.size())
        throw SyncError(SyncErrorKind::Config, "outbox: one answer per entry expected");
    Transaction transaction(db_);
    Statement synced = db_.prepare("UPDATE sync_outbox SET state = 'synced', last_error = NULL,"
                                   " updated_at_ms = ? WHERE path = ? AND state = 'uploading'");
    Statement failed =
        db_.prepare("UPDATE sync_outbox SET state = 'failed', last_error = ?, next_attempt_ms = ?,"
                    " updated_at_ms = ? WHERE path = ? AND state = 'uploading'");
    for (std::size_t i = 0; i < batch.entries.size(); ++i) {
        const OutboxEntry &entry = batch.entries[i];
        ++report.attempted;
        if (errors[i].isEmpty()) {
            synced.bindInt64(1, nowMs).bindText(2, toStd(entry.path)).run();
            synced.reset();
            ++report.synced;
            continue;
        }
        // entry.attempts already counts this attempt (takeDue).
        const qint64 retryAt = nowMs + policy_.randomDelayMs(entry.attempts);
        failed.bindText(1, toStd(errors[i]))
            .bindInt64(2, retryAt)
            .bindInt64(3, nowMs)
            .bindText(4, toStd(entry.path))
            .run();
        failed.reset();
        ++report.failed;
        report.errors.push_back(entry.path + ": " + errors[i]);
    }
    transaction.commit();
}

std::vector<OutboxEntry> Outbox::latest()
{
    Statement query = db_.prepare(
        std::string("SELECT ") + kColumns +
        " FROM sync_outbox o WHERE revision = (SELECT MAX(revision) FROM sync_outbox i WHERE"
        " i.walk_id = o.walk_id) ORDER BY queued_at_ms DESC, walk_id");
    std::vector<OutboxEntry> entries;
    while (query.step())
        entries.push_back(readEntry(query));
    return entries;
}

std::optional<OutboxEntry> Outbox::entry(const QString &walkId, int revision)
{
    Statement query = db_.prepare(std::string("SELECT ") + kColumns +
                                  " FROM sync_outbox WHERE walk_id = ? AND revision = ?");
    query.bindText(1, toStd(walkId)).bindInt64(2, revision);
    if (!query.step())
        return std::nullopt;
    return readEntry(query);
}

int Outbox::countIn(OutboxState state)
{
    Statement query = db_.prepare("SELECT COUNT(*) FROM sync_outbox WHERE state = ?");
    query.bindText(1, kStateNames[static_cast<std::size_t>(state)]);
    query.step();
    return query.columnInt(0);
}

} // namespace its::sync
