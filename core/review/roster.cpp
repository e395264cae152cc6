#include "review/roster.h"

#include "review/review_circle.h"
#include "sync/naming.h"
#include "sync/sync_error.h"
#include "sync/sync_schema.h"

namespace its::sync {

namespace {

RosterEntry readEntry(const Statement &row)
{
    RosterEntry entry;
    entry.deviceId = fromStd(row.columnText(0));
    entry.label = fromStd(row.columnText(1));
    entry.signPublic = columnBytes(row, 2);
    entry.enrolledMs = row.columnInt64(3);
    entry.revokedMs = row.columnOptInt64(4);
    return entry;
}

constexpr const char *kSelect =
    "SELECT device_id, label, sign_public, enrolled_at_ms, revoked_at_ms FROM sync_roster";

} // namespace

Roster::Roster(Database &db)
    : db_(db)
{
    migrateSyncSchema(db_);
}

RosterEntry Roster::accept(const EnrollmentRequest &request, const QString &circleId,
                           const QString &reviewKeyFingerprint, qint64 nowMs)
{
    if (request.circleId != circleId)
        throw SyncError(SyncErrorKind::Config, "enrollment request is for circle " +
                                                   request.circleId.toStdString() +
                                                   ", not this review's " + circleId.toStdString());
    if (request.reviewKey != reviewKeyFingerprint)
        throw SyncError(SyncErrorKind::Config,
                        "enrollment request was made with review key " +
                            request.reviewKey.toStdString() + ", not this review's " +
                            reviewKeyFingerprint.toStdString() + " (a forged invitation?)");
    if (isRejected(request.deviceId))
        throw SyncError(SyncErrorKind::Config,
                        "the request of device " + request.deviceId.toStdString() +
                            " was rejected; it must enroll again with a new key");
    if (const auto existing = find(request.deviceId)) {
        if (!existing->active())
            throw SyncError(SyncErrorKind::Config,
                            "device " + request.deviceId.toStdString() +
                                " was revoked; it must enroll again with a new key");
        return *existing;
    }
    db_.prepare("INSERT INTO sync_roster (device_id, label, sign_public, enrolled_at_ms)"
                " VALUES (?, ?, ?, ?)")
        .bindText(1, toStd(request.deviceId))
        .bindText(2, toStd(request.label))
        .bindBlob(3, blob(request.signPublic))
        .bindInt64(4, nowMs)
        .run();
    return *find(request.deviceId);
}

void Roster::revoke(const QString &deviceId, qint64 nowMs)
{
    if (!find(deviceId))
        throw SyncError(SyncErrorKind::NotFound,
                        "no device " + deviceId.toStdString() + " on the roster");
    db_.prepare(
           "UPDATE sync_roster SET revoked_at_ms = ? WHERE device_id = ? AND revoked_at_ms IS NULL")
        .bindInt64(1, nowMs)
        .bindText(2, toStd(deviceId))
        .run();
}

void Roster::reject(const EnrollmentRequest &request, qint64 nowMs)
{
    if (find(request.deviceId))
        throw SyncError(SyncErrorKind::Config, "device " + request.deviceId.toStdString() +
                                                   " is on the roster: revoke it instead");
    db_.prepare("INSERT OR IGNORE INTO sync_rejected_request (device_id, label, sign_public,"
                " rejected_at_ms) VALUES (?, ?, ?, ?)")
        .bindText(1, toStd(request.deviceId))
        .bindText(2, toStd(request.label))
        .bindBlob(3, blob(request.signPublic))
        .bindInt64(4, nowMs)
        .run();
}

std::vector<RejectedRequest> Roster::rejected()
{
    Statement query = db_.prepare("SELECT device_id, label, sign_public, rejected_at_ms FROM"
                                  " sync_rejected_request ORDER BY rejected_at_ms, device_id");
    std::vector<RejectedRequest> out;
    while (query.step())
        out.push_back({fromStd(query.columnText(0)), fromStd(query.columnText(1)),
                       columnBytes(query, 2), query.columnInt64(3)});
    return out;
}

bool Roster::isRejected(const QString &deviceId)
{
    Statement query = db_.prepare("SELECT 1 FROM sync_rejected_request WHERE device_id = ?");
    query.bindText(1, toStd(deviceId));
    return query.step();
}

std::optional<RosterEntry> Roster::find(const QString &deviceId)
{
    Statement query = db_.prepare(std::string(kSelect) + " WHERE device_id = ?");
    query.bindText(1, toStd(deviceId));
    if (!query.step())
        return std::nullopt;
    return readEntry(query);
}

std::vector<RosterEntry> Roster::all()
{
    Statement query = db_.prepare(std::string(kSelect) + " ORDER BY enrolled_at_ms, device_id");
    std::vector<RosterEntry> entries;
    while (query.step())
        entries.push_back(readEntry(query));
    return entries;
}

std::vector<EnrollmentRequest> Roster::pending(SyncTarget &target, const QString &circleId,
                                               std::vector<QString> *problems)
{
    QSet<QString> known;
    for (const RosterEntry &entry : all())
        known.insert(entry.deviceId);
    for (const RejectedRequest &entry : rejected())
        known.insert(entry.deviceId);
    return pendingFrom(fetchRequests(target, known), circleId, problems);
}

std::vector<Roster::RequestFile> Roster::fetchRequests(SyncTarget &target,
                                                       const QSet<QString> &skipDevices)
{
    std::vector<RequestFile> files;
    for (const QString &name : target.list(kEnrollmentsFolder)) {
        if (name.endsWith('/') || !name.endsWith(".json") || skipDevices.contains(name.chopped(5)))
            continue;
        RequestFile file{
            QStringLiteral("%1/%2").arg(QLatin1String(kEnrollmentsFolder), name), {}, {}};
        try {
            file.bytes = target.get(file.path);
        } catch (const SyncError &error) {
            file.error = QString::fromStdString(error.what());
        }
        files.push_back(std::move(file));
    }
    return files;
}

std::vector<EnrollmentRequest> Roster::pendingFrom(const std::vector<RequestFile> &files,
                                                   const QString &circleId,
                                                   std::vector<QString> *problems)
{
    std::vector<EnrollmentRequest> requests;
    // Labels are sealed to the review key (version 2 requests): only the review can read them.
    const std::optional<ReviewCircle> circle = loadReviewCircle(db_);
    const ReviewKeys noKey;
    for (const RequestFile &file : files) {
        const QString name = file.path.section('/', -1);
        if (find(name.chopped(5)) || isRejected(name.chopped(5)))
            continue; // accepted, revoked or rejected meanwhile
        try {
            if (!file.error.isEmpty())
                throw SyncError(SyncErrorKind::Network, file.error.toStdString());
            EnrollmentRequest request =
                parseEnrollmentRequest(file.bytes, circle ? circle->keys : noKey);
            if (request.deviceId + ".json" != name)
                throw SyncError(SyncErrorKind::Format, "file name does not match its device id");
            if (request.circleId == circleId)
                requests.push_back(std::move(request));
        } catch (const SyncError &error) {
            if (problems)
                problems->push_back(file.path + ": " + QString::fromStdString(error.what()));
        }
    }
    return requests;
}

} // namespace its::sync
