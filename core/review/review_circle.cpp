#include "review/review_circle.h"

#include "review/roster.h"
#include "sync/sync_error.h"
#include "sync/sync_schema.h"

#include <sodium.h>

namespace its::sync {

namespace {

QString newCircleId()
{
    QByteArray random(9, '\0');
    randombytes_buf(random.data(), static_cast<std::size_t>(random.size()));
    return QStringLiteral("c") + QString::fromLatin1(random.toHex());
}

void insertCircle(Database &db, const ReviewCircle &circle)
{
    if (loadReviewCircle(db))
        throw SyncError(SyncErrorKind::Config, "this vault already holds a review circle");
    db.prepare("INSERT INTO sync_review_circle (id, circle_id, box_public, box_secret, target_url,"
               " created_at_ms) VALUES (1, ?, ?, ?, ?, ?)")
        .bindText(1, toStd(circle.circleId))
        .bindBlob(2, blob(circle.keys.boxPublic))
        .bindBlob(3, {circle.keys.boxSecret.data(), circle.keys.boxSecret.size()})
        .bindText(4, toStd(circle.targetUrl))
        .bindInt64(5, circle.createdMs)
        .run();
}

// A device's id is derived from its key (checked on import), so the same id is the same device.
RosterMergeReport mergeRoster(Database &db, const std::vector<RosterEntry> &entries)
{
    RosterMergeReport report;
    Roster roster(db);
    for (const RosterEntry &entry : entries) {
        const std::optional<RosterEntry> local = roster.find(entry.deviceId);
        if (!local) {
            db.prepare("INSERT INTO sync_roster (device_id, label, sign_public, enrolled_at_ms,"
                       " revoked_at_ms) VALUES (?, ?, ?, ?, ?)")
                .bindText(1, toStd(entry.deviceId))
                .bindText(2, toStd(entry.label))
                .bindBlob(3, blob(entry.signPublic))
                .bindInt64(4, entry.enrolledMs)
                .bindOptInt64(5, entry.revokedMs)
                .run();
            ++report.added;
            continue;
        }
        if (local->signPublic != entry.signPublic)
            throw SyncError(SyncErrorKind::Format, "device " + entry.deviceId.toStdString() +
                                                       " has another key in the backup");
        if (!entry.revokedMs || (local->revokedMs && *local->revokedMs <= *entry.revokedMs)) {
            ++report.unchanged;
            continue;
        }
        if (local->active())
            ++report.revoked;
        else
            ++report.unchanged; // both revoked: keep the earlier time
        db.prepare("UPDATE sync_roster SET revoked_at_ms = ? WHERE device_id = ?")
            .bindInt64(1, *entry.revokedMs)
            .bindText(2, toStd(entry.deviceId))
            .run();
    }
    return report;
}

} // namespace

ReviewCircle createReviewCircle(Database &db, const QString &targetUrl, qint64 nowMs)
{
    ReviewCircle circle{newCircleId(), ReviewKeys::generate(), targetUrl.trimmed(), nowMs};
    insertCircle(db, circle);
    return circle;
}

std::optional<ReviewCircle> loadReviewCircle(Database &db)
{
    migrateSyncSchema(db);
    Statement query = db.prepare("SELECT circle_id, box_public, box_secret, target_url,"
                                 " created_at_ms FROM sync_review_circle WHERE id = 1");
    if (!query.step())
        return std::nullopt;
    ReviewCircle circle;
    circle.circleId = fromStd(query.columnText(0));
    circle.keys.boxPublic = columnBytes(query, 1);
    circle.keys.boxSecret = SecretBytes::fromBytes(columnBytes(query, 2));
    circle.targetUrl = fromStd(query.columnText(3));
    circle.createdMs = query.columnInt64(4);
    return circle;
}

ReviewCircle requireReviewCircle(Database &db)
{
    std::optional<ReviewCircle> circle = loadReviewCircle(db);
    if (!circle)
        throw SyncError(SyncErrorKind::Config,
                        "this vault holds no review circle: create one or restore a key backup");
    return std::move(*circle);
}

ReviewCircle moveReviewCircle(Database &db, const QString &targetUrl)
{
    ReviewCircle circle = requireReviewCircle(db);
    const QString address = targetUrl.trimmed();
    if (address.isEmpty())
        throw SyncError(SyncErrorKind::Config, "the new sync address is empty");
    db.prepare("UPDATE sync_review_circle SET target_url = ? WHERE id = 1")
        .bindText(1, toStd(address))
        .run();
    circle.targetUrl = address;
    return circle;
}

Invitation makeInvitation(const ReviewCircle &circle)
{
    return Invitation{circle.circleId, circle.keys.boxPublic, circle.targetUrl};
}

QByteArray backupReviewCircle(Database &db, const std::string &passphrase, KdfCost cost)
{
    ReviewCircle circle = requireReviewCircle(db);
    ReviewBackup backup{circle.circleId, std::move(circle.keys), Roster(db).all()};
    return exportReviewBackup(backup, passphrase, cost);
}

ReviewCircle restoreReviewCircle(Database &db, const QByteArray &backupFile,
                                 const std::string &passphrase, const QString &targetUrl,
                                 qint64 nowMs, RosterMergeReport *report)
{
    // Decrypted and checked before the vault is touched.
    ReviewBackup backup = importReviewBackup(backupFile, passphrase);
    migrateSyncSchema(db);
    Transaction transaction(db);
    ReviewCircle circle;
    if (std::optional<ReviewCircle> existing = loadReviewCircle(db)) {
        if (existing->circleId != backup.circleId ||
            existing->keys.boxPublic != backup.keys.boxPublic)
            throw SyncError(SyncErrorKind::Config, "this vault already holds review circle " +
                                                       existing->circleId.toStdString() +
                                                       ", not the backup's " +
                                                       backup.circleId.toStdString());
        circle = std::move(*existing);
    } else {
        circle = {backup.circleId, std::move(backup.keys), targetUrl.trimmed(), nowMs};
        insertCircle(db, circle);
    }
    const RosterMergeReport merged = mergeRoster(db, backup.roster);
    transaction.commit();
    if (report)
        *report = merged;
    return circle;
}

} // namespace its::sync
