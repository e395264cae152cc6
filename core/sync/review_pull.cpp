#include "sync/review_pull.h"

#include "sync/envelope_check.h"
#include "sync/sync_error.h"
#include "sync/sync_schema.h"

#include <QHash>
#include <algorithm>

namespace its::sync {

namespace {

struct Candidate
{
    QString path;
    EnvelopeName name;
};

struct Seen
{
    QString status;
    QString deviceId;
    QString sha256;
};

// Malformed or badly signed files may be uploads still in progress or cut short on a server
// that does not write atomically (rclone, some NAS): the device's retry completes them under
// the same name. So they are fetched again on every pull and examined again once they change.
bool mayStillChange(RejectReason reason)
{
    return reason == RejectReason::Malformed || reason == RejectReason::BadSignature;
}

QHash<QString, Seen> loadSeen(Database &db)
{
    QHash<QString, Seen> seen;
    Statement query =
        db.prepare("SELECT path, status, device_id, COALESCE(sha256, '') FROM sync_received");
    while (query.step())
        seen.insert(fromStd(query.columnText(0)),
                    Seen{fromStd(query.columnText(1)), fromStd(query.columnText(2)),
                         fromStd(query.columnText(3))});
    return seen;
}

void record(Database &db, const QString &path, const QString &deviceId, const QString &sha,
            const char *status, const QString &reason, qint64 nowMs)
{
    db.prepare("INSERT OR REPLACE INTO sync_received (path, device_id, sha256, status, reason,"
               " seen_at_ms) VALUES (?, ?, ?, ?, ?, ?)")
        .bindText(1, toStd(path))
        .bindText(2, toStd(deviceId))
        .bindText(3, toStd(sha))
        .bindText(4, status)
        .bindOptText(5, reason.isEmpty() ? std::nullopt
                                         : std::optional<std::string_view>(toStd(reason)))
        .bindInt64(6, nowMs)
        .run();
}

// The replay check and the store, inside the batch's transaction.
std::optional<Rejection> store(Database &db, const QString &path, const OpenedSummary &opened,
                               qint64 nowMs)
{
    Statement current =
        db.prepare("SELECT device_id, revision FROM sync_summaries WHERE walk_id = ?");
    current.bindText(1, toStd(opened.walkId));
    if (current.step()) {
        const QString owner = fromStd(current.columnText(0));
        const int held = current.columnInt(1);
        if (owner != opened.deviceId)
            return Rejection{
                path, opened.deviceId, RejectReason::WalkHijack,
                QStringLiteral("walk %1 belongs to device %2").arg(opened.walkId, owner)};
        if (opened.revision <= held)
            return Rejection{
                path, opened.deviceId, RejectReason::Replayed,
                QStringLiteral("revision %1 of walk %2 replayed: the review holds revision %3")
                    .arg(opened.revision)
                    .arg(opened.walkId)
                    .arg(held)};
    }
    db.prepare("INSERT OR REPLACE INTO sync_summaries (walk_id, device_id, revision, journey_id,"
               " journey_name, finished_at_ms, summary_json, envelope_path, received_at_ms)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindText(1, toStd(opened.walkId))
        .bindText(2, toStd(opened.deviceId))
        .bindInt64(3, opened.revision)
        .bindText(4, toStd(opened.journeyId))
        .bindText(5, toStd(opened.journeyName))
        .bindInt64(6, opened.finishedMs)
        .bindText(7, opened.summaryJson.toStdString())
        .bindText(8, toStd(path))
        .bindInt64(9, nowMs)
        .run();
    return std::nullopt;
}

} // namespace

QString toString(RejectReason reason)
{
    switch (reason) {
    case RejectReason::Malformed:
        return QStringLiteral("malformed");
    case RejectReason::NameMismatch:
        return QStringLiteral("name-mismatch");
    case RejectReason::UnknownDevice:
        return QStringLiteral("unknown-device");
    case RejectReason::RevokedDevice:
        return QStringLiteral("revoked-device");
    case RejectReason::BadSignature:
        return QStringLiteral("bad-signature");
    case RejectReason::WrongCircle:
        return QStringLiteral("wrong-circle");
    case RejectReason::WrongReviewKey:
        return QStringLiteral("wrong-review-key");
    case RejectReason::Replayed:
        return QStringLiteral("replayed");
    case RejectReason::WalkHijack:
        return QStringLiteral("walk-hijack");
    }
    return QStringLiteral("unknown");
}

PullReport pullEnvelopes(Database &db, SyncTarget &target, qint64 nowMs, PullOptions options)
{
    const ReviewCircle circle = requireReviewCircle(db);
    Roster roster(db);
    const QHash<QString, Seen> seen = loadSeen(db);
    PullReport report;

    std::vector<Candidate> candidates;
    for (const QString &month : target.list(kSummariesFolder)) {
        if (!month.endsWith('/'))
            continue;
        const QString folder = QLatin1String(kSummariesFolder) + '/' + month.chopped(1);
        for (const QString &name : target.list(folder)) {
            if (name.endsWith('/'))
                continue;
            const QString path = folder + '/' + name;
            const std::optional<EnvelopeName> parsed = parseEnvelopeName(name);
            if (!parsed)
                continue; // not ours (a server's temp file, a desktop.ini): ignore, do not report
            ++report.listed;
            const auto it = seen.constFind(path);
            if (it != seen.constEnd()) {
                const bool retry = it->status == "unverified" ||
                                   (it->status == "unknown_signer" && roster.find(it->deviceId));
                if (!retry) {
                    ++report.alreadySeen;
                    continue;
                }
            }
            candidates.push_back({path, *parsed});
        }
    }
    // Apply revisions of a walk in order, so a later one supersedes an earlier one.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.name.deviceId, a.name.walkId, a.name.revision) <
               std::tie(b.name.deviceId, b.name.walkId, b.name.revision);
    });

    const std::size_t batchSize = static_cast<std::size_t>(std::max(1, options.batchSize));
    QString failedWalk; // "<device>/<walk>" of the last failed fetch
    for (std::size_t start = 0; start < candidates.size(); start += batchSize) {
        const std::size_t end = std::min(candidates.size(), start + batchSize);
        QStringList paths;
        for (std::size_t i = start; i < end; ++i)
            paths << candidates[i].path;
        std::vector<SyncTarget::Fetched> results = target.getMany(paths, options.window);
        std::vector<std::optional<QByteArray>> fetched;
        for (std::size_t i = start; i < end; ++i) {
            const Candidate &candidate = candidates[i];
            const QString walkKey = candidate.name.deviceId + '/' + candidate.name.walkId;
            SyncTarget::Fetched &result = results[i - start];
            // After a failed fetch, leave the walk's later revisions for the next pull too:
            // applying them now would make the older one look replayed when it arrives.
            if (result.error.isEmpty() && walkKey == failedWalk)
                result.error = QStringLiteral("an earlier revision was not fetched");
            if (result.error.isEmpty()) {
                fetched.emplace_back(std::move(result.bytes));
                continue;
            }
            fetched.emplace_back(std::nullopt);
            failedWalk = walkKey;
            report.errors.push_back(candidate.path + ": " + result.error);
        }
        Transaction transaction(db);
        for (std::size_t i = start; i < end; ++i) {
            const std::optional<QByteArray> &bytes = fetched[i - start];
            if (!bytes)
                continue;
            const Candidate &candidate = candidates[i];
            const QString sha = sha256Hex(*bytes);
            const auto before = seen.constFind(candidate.path);
            if (before != seen.constEnd() && before->status == "unverified" &&
                before->sha256 == sha) {
                ++report.alreadySeen; // unchanged since it failed: nothing new to say
                continue;
            }
            auto checked = checkEnvelope(candidate.path, candidate.name, *bytes, circle, roster);
            std::optional<Rejection> rejection;
            if (auto *opened = std::get_if<OpenedSummary>(&checked))
                rejection = store(db, candidate.path, *opened, nowMs);
            else
                rejection = std::get<Rejection>(std::move(checked));
            if (!rejection) {
                record(db, candidate.path, candidate.name.deviceId, sha, "accepted", {}, nowMs);
                ++report.accepted;
                continue;
            }
            const char *status = "rejected";
            if (rejection->reason == RejectReason::UnknownDevice)
                status = "unknown_signer";
            else if (mayStillChange(rejection->reason))
                status = "unverified";
            const bool reportedBefore = before != seen.constEnd();
            record(db, candidate.path, candidate.name.deviceId, sha, status,
                   toString(rejection->reason) + ": " + rejection->message, nowMs);
            if (!reportedBefore)
                report.rejected.push_back(std::move(*rejection));
        }
        transaction.commit();
    }
    return report;
}

} // namespace its::sync
