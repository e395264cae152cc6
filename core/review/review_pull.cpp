#include "review/review_pull.h"

#include "review/envelope_check.h"
#include "review/received_photos.h"
#include "sync/envelope.h"
#include "sync/naming.h"
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

const QString kSuperseded = QStringLiteral("superseded: ");

// The revision of the walk the review holds from the same device (0: none).
int heldRevision(Database &db, const EnvelopeName &name)
{
    Statement held =
        db.prepare("SELECT revision FROM sync_summaries WHERE walk_id = ? AND device_id = ?");
    held.bindText(1, toStd(name.walkId)).bindText(2, toStd(name.deviceId));
    return held.step() ? held.columnInt(0) : 0;
}

// An older revision at its own name, from the walk's owner, that arrived after a newer one (its
// upload was cut short or slow): the device wrote it, nobody replayed it. A copy under another
// name is still a replay.
bool lateSupersededUpload(const Rejection &rejection, const QString &path,
                          const std::variant<OpenedSummary, Rejection> &checked)
{
    const auto *opened = std::get_if<OpenedSummary>(&checked);
    return rejection.reason == RejectReason::Replayed && opened &&
           envelopePath(opened->deviceId, opened->walkId, opened->revision, opened->finishedMs) ==
               path;
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
    const std::string storedJson = storeReceivedPhotos(db, opened.walkId, opened.summaryJson);
    db.prepare("INSERT OR REPLACE INTO sync_summaries (walk_id, device_id, revision, journey_id,"
               " journey_name, finished_at_ms, summary_json, envelope_path, received_at_ms)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindText(1, toStd(opened.walkId))
        .bindText(2, toStd(opened.deviceId))
        .bindInt64(3, opened.revision)
        .bindText(4, toStd(opened.journeyId))
        .bindText(5, toStd(opened.journeyName))
        .bindInt64(6, opened.finishedMs)
        .bindText(7, storedJson)
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

struct PullSession::State
{
    State(Database &database, qint64 now, PullOptions opts)
        : db(database)
        , nowMs(now)
        , options(opts)
        , circle(requireReviewCircle(database))
        , roster(database)
        , seen(loadSeen(database))
    {
    }
    Database &db;
    qint64 nowMs;
    PullOptions options;
    ReviewCircle circle;
    Roster roster;
    QHash<QString, Seen> seen;
    std::vector<Candidate> candidates;
    std::size_t next = 0;      // first candidate not handed out yet
    std::size_t batchFrom = 0; // the batch handed out: [batchFrom, next)
    QString failedWalk;        // "<device>/<walk>" of the last failed fetch
    PullReport report;
};

PullSession::PullSession(Database &db, qint64 nowMs, PullOptions options)
    : state_(std::make_unique<State>(db, nowMs, options))
{
}

PullSession::~PullSession() = default;

const PullReport &PullSession::report() const
{
    return state_->report;
}

QStringList PullSession::listEnvelopeFiles(SyncTarget &target)
{
    QStringList files;
    for (const QString &month : target.list(kSummariesFolder)) {
        if (!month.endsWith('/'))
            continue;
        const QString folder = QLatin1String(kSummariesFolder) + '/' + month.chopped(1);
        for (const QString &name : target.list(folder))
            if (!name.endsWith('/'))
                files << folder + '/' + name;
    }
    return files;
}

void PullSession::plan(const QStringList &files)
{
    State &s = *state_;
    for (const QString &path : files) {
        const std::optional<EnvelopeName> parsed = parseEnvelopeName(path.section('/', -1));
        if (!parsed)
            continue; // not ours (a server's temp file, a desktop.ini): ignore, do not report
        ++s.report.listed;
        const auto it = s.seen.constFind(path);
        if (it != s.seen.constEnd()) {
            const bool retry = it->status == "unverified" ||
                               (it->status == "unknown_signer" && s.roster.find(it->deviceId));
            if (!retry) {
                ++s.report.alreadySeen;
                continue;
            }
        }
        s.candidates.push_back({path, *parsed});
    }
    // Apply revisions of a walk in order, so a later one supersedes an earlier one.
    std::sort(s.candidates.begin(), s.candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.name.deviceId, a.name.walkId, a.name.revision) <
               std::tie(b.name.deviceId, b.name.walkId, b.name.revision);
    });
}

QStringList PullSession::nextBatch()
{
    State &s = *state_;
    s.batchFrom = s.next;
    s.next = std::min(s.candidates.size(),
                      s.next + static_cast<std::size_t>(std::max(1, s.options.batchSize)));
    QStringList paths;
    for (std::size_t i = s.batchFrom; i < s.next; ++i)
        paths << s.candidates[i].path;
    return paths;
}

void PullSession::apply(std::vector<SyncTarget::Fetched> results)
{
    State &s = *state_;
    if (results.size() != s.next - s.batchFrom)
        throw SyncError(SyncErrorKind::Config, "pull: one result per fetched file expected");
    std::vector<std::optional<QByteArray>> fetched;
    for (std::size_t i = s.batchFrom; i < s.next; ++i) {
        const Candidate &candidate = s.candidates[i];
        const QString walkKey = candidate.name.deviceId + '/' + candidate.name.walkId;
        SyncTarget::Fetched &result = results[i - s.batchFrom];
        // After a failed fetch, leave the walk's later revisions for the next pull too:
        // applying them now would make the older one look replayed when it arrives.
        if (result.error.isEmpty() && walkKey == s.failedWalk)
            result.error = QStringLiteral("an earlier revision was not fetched");
        if (result.error.isEmpty()) {
            fetched.emplace_back(std::move(result.bytes));
            continue;
        }
        fetched.emplace_back(std::nullopt);
        s.failedWalk = walkKey;
        s.report.errors.push_back(candidate.path + ": " + result.error);
    }
    Transaction transaction(s.db);
    for (std::size_t i = s.batchFrom; i < s.next; ++i) {
        const std::optional<QByteArray> &bytes = fetched[i - s.batchFrom];
        if (!bytes)
            continue;
        const Candidate &candidate = s.candidates[i];
        const QString sha = sha256Hex(*bytes);
        // A file cut short (an upload still under way on a server that writes in place, or a
        // download that ended early) is not the sender's fault: retried, never rejected. Once
        // the review holds a newer revision of the walk, it never will be completed: recorded
        // as superseded, silently.
        if (const std::optional<QString> cut = incompleteEnvelope(*bytes)) {
            if (heldRevision(s.db, candidate.name) > candidate.name.revision) {
                record(s.db, candidate.path, candidate.name.deviceId, sha, "rejected",
                       kSuperseded + *cut, s.nowMs);
                ++s.report.alreadySeen;
            } else {
                s.report.errors.push_back(candidate.path + ": " + *cut +
                                          QStringLiteral(", not fetched whole: the next pull "
                                                         "retries"));
            }
            continue;
        }
        const auto before = s.seen.constFind(candidate.path);
        if (before != s.seen.constEnd() && before->status == "unverified" &&
            before->sha256 == sha) {
            ++s.report.alreadySeen; // unchanged since it failed: nothing new to say
            continue;
        }
        auto checked = checkEnvelope(candidate.path, candidate.name, *bytes, s.circle, s.roster);
        std::optional<Rejection> rejection;
        if (auto *opened = std::get_if<OpenedSummary>(&checked))
            rejection = store(s.db, candidate.path, *opened, s.nowMs);
        else
            rejection = std::get<Rejection>(std::move(checked));
        if (!rejection) {
            record(s.db, candidate.path, candidate.name.deviceId, sha, "accepted", {}, s.nowMs);
            ++s.report.accepted;
            continue;
        }
        if (lateSupersededUpload(*rejection, candidate.path, checked)) {
            record(s.db, candidate.path, candidate.name.deviceId, sha, "rejected",
                   kSuperseded + rejection->message, s.nowMs);
            ++s.report.alreadySeen;
            continue;
        }
        const char *status = "rejected";
        if (rejection->reason == RejectReason::UnknownDevice)
            status = "unknown_signer";
        else if (mayStillChange(rejection->reason))
            status = "unverified";
        const bool reportedBefore = before != s.seen.constEnd();
        record(s.db, candidate.path, candidate.name.deviceId, sha, status,
               toString(rejection->reason) + ": " + rejection->message, s.nowMs);
        if (!reportedBefore)
            s.report.rejected.push_back(std::move(*rejection));
    }
    transaction.commit();
}

PullReport pullEnvelopes(Database &db, SyncTarget &target, qint64 nowMs, PullOptions options)
{
    PullSession session(db, nowMs, options);
    session.plan(PullSession::listEnvelopeFiles(target));
    for (QStringList batch = session.nextBatch(); !batch.isEmpty(); batch = session.nextBatch())
        session.apply(target.getMany(batch, options.window));
    return session.report();
}

} // namespace its::sync
