#include "review_findings_compile.h"

#include <QDateTime>

using namespace its::review;

namespace review {

const ReceivedWalk *FindingsSnapshot::find(const std::string &walkId) const
{
    const auto at = byWalkId.find(walkId);
    return at == byWalkId.end() ? nullptr : &walks.at(at->second);
}

QString FindingsSnapshot::leaderLabel(const std::string &deviceId) const
{
    for (const Leader &leader : roster) {
        if (leader.deviceId == deviceId)
            return QString::fromStdString(leader.label);
    }
    return {};
}

namespace {

// The chosen period against the one before, by the same rule the trends use: the walks of both
// windows are moved into two consecutive calendar months (UTC) and compiled once, so the second
// month's figures carry the change against the first, whatever the windows' lengths.
std::optional<PeriodFindings> compareWindows(const FindingsSnapshot &snapshot,
                                             const FindingsRequest &request)
{
    const ReviewFilter &filter = request.filter;
    if (!request.previousFromMs || !filter.fromMs || !filter.toMs)
        return std::nullopt;
    const QTimeZone utc = QTimeZone::utc();
    const std::int64_t beforeMs =
        QDateTime(QDate(2000, 1, 15), QTime(12, 0), utc).toMSecsSinceEpoch();
    const std::int64_t nowMs = QDateTime(QDate(2000, 2, 15), QTime(12, 0), utc).toMSecsSinceEpoch();
    std::vector<ReceivedWalk> moved;
    for (const ReceivedWalk *walk : newestRevisions(snapshot.walks)) {
        const std::int64_t at = walk->summary.finishedWallMs;
        if (at < *request.previousFromMs || at >= *filter.toMs)
            continue;
        ReceivedWalk copy = *walk;
        copy.summary.finishedWallMs = at < *filter.fromMs ? beforeMs : nowMs;
        moved.push_back(std::move(copy));
    }
    ReviewFilter anyTime = filter;
    anyTime.fromMs.reset();
    anyTime.toMs.reset();
    CompileOptions options{request.nowMs, utc, PeriodKind::Month, snapshot.library};
    const Findings both = compile(moved, snapshot.roster, anyTime, options);
    for (const PeriodFindings &period : both.periods) {
        if (period.key == "2000-02")
            return period;
    }
    return std::nullopt;
}

void listWalks(const FindingsSnapshot &snapshot, const ReviewFilter &filter, FindingsResult &result)
{
    for (const ReceivedWalk *walk : newestRevisions(snapshot.walks)) {
        if (!matchesWalk(filter, *walk))
            continue;
        const std::string &id = walk->summary.walkId;
        const its::JourneyAnswers &a = walk->summary.answers;
        result.walkIds.push_back(id);
        if (a.recommend)
            result.answered["nps"].push_back(id);
        if (a.csat)
            result.answered["csat"].push_back(id);
        if (a.effort) {
            result.answered["cesMean"].push_back(id);
            result.answered["ces5to7"].push_back(id);
        }
        if (a.wouldStay)
            result.answered["wouldStay"].push_back(id);
        result.answered["firstContactResolution"].push_back(id);
        result.byLeader[walk->deviceId].push_back(id);
    }
}

} // namespace

FindingsResult compileFindings(std::shared_ptr<const FindingsSnapshot> snapshot,
                               const FindingsRequest &request)
{
    FindingsResult result;
    result.snapshot = snapshot;
    try {
        const CompileOptions options{request.nowMs, request.zone, request.periodKind,
                                     snapshot->library};
        result.current = compile(snapshot->walks, snapshot->roster, request.filter, options);
        listWalks(*snapshot, request.filter, result);
        if (request.previousFromMs && request.filter.fromMs) {
            ReviewFilter before = request.filter;
            before.fromMs = request.previousFromMs;
            before.toMs = request.filter.fromMs;
            result.previous = compile(snapshot->walks, snapshot->roster, before, options);
            result.change = compareWindows(*snapshot, request);
        }
    } catch (const std::exception &error) {
        FindingsResult failed;
        failed.snapshot = std::move(snapshot);
        failed.error = error.what();
        return failed;
    }
    return result;
}

} // namespace review
