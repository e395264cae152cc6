// Participation, a culture KPI: who walks, how often, and which journeys nobody walked.
#include "review/compile_parts.h"

#include <algorithm>
#include <map>
#include <set>

namespace its::review {

namespace {

constexpr std::int64_t kIdleMs = 90LL * 24 * 3600 * 1000;

bool keptLeader(const ReviewFilter &filter, const std::string &deviceId)
{
    return filter.leaders.empty() || filter.leaders.contains(deviceId);
}

} // namespace

ParticipationFindings compileParticipation(const Selection &selection,
                                           const std::vector<const ReceivedWalk *> &everyWalk,
                                           const std::vector<Leader> &roster,
                                           const std::vector<PeriodFindings> &periods)
{
    const ReviewFilter &filter = selection.filter;
    std::map<std::string, LeaderActivity> leaders;
    for (const Leader &leader : roster) {
        if (keptLeader(filter, leader.deviceId) && leader.active)
            leaders[leader.deviceId] = {leader.deviceId, leader.label, {}, 0, std::nullopt, false};
    }
    // The last walk of each leader, whatever the filter: "not walked in 90 days" is about them.
    for (const ReceivedWalk *walk : everyWalk) {
        const auto found = leaders.find(walk->deviceId);
        if (found == leaders.end())
            continue;
        auto &last = found->second.lastWalkMs;
        last = std::max(last.value_or(walk->summary.finishedWallMs), walk->summary.finishedWallMs);
    }
    for (const ReceivedWalk *walk : selection.walks) {
        LeaderActivity &leader = leaders[walk->deviceId]; // a walker no longer on the roster too
        if (leader.deviceId.empty()) {
            leader.deviceId = walk->deviceId;
            for (const Leader &known : roster) {
                if (known.deviceId == walk->deviceId)
                    leader.label = known.label;
            }
        }
        if (leader.walks.empty())
            leader.walks.assign(periods.size(), 0);
        ++leader.total;
        for (std::size_t i = 0; i < periods.size(); ++i) {
            if (walk->summary.finishedWallMs >= periods[i].fromMs &&
                walk->summary.finishedWallMs < periods[i].toMs)
                ++leader.walks[i];
        }
    }
    ParticipationFindings out;
    for (auto &[id, leader] : leaders) {
        if (leader.walks.empty())
            leader.walks.assign(periods.size(), 0);
        const bool onRoster = std::any_of(roster.begin(), roster.end(), [&](const Leader &l) {
            return l.deviceId == id && l.active;
        });
        leader.notWalkedIn90Days =
            onRoster &&
            (!leader.lastWalkMs || selection.options.nowMs - *leader.lastWalkMs > kIdleMs);
        if (leader.notWalkedIn90Days)
            out.idleLeaders.push_back(id);
        out.leaders.push_back(leader);
    }
    std::stable_sort(out.leaders.begin(), out.leaders.end(), [](const auto &a, const auto &b) {
        return a.label != b.label ? a.label < b.label : a.deviceId < b.deviceId;
    });

    // Known journeys: the library's and every received walk's, within the journey and sector
    // filters; those without a walk in the result were walked by nobody.
    std::map<std::string, std::string> known; // id -> sector
    for (const JourneyTemplate &journey : selection.options.library)
        known.emplace(journey.id, journey.sector);
    for (const ReceivedWalk *walk : everyWalk)
        known.emplace(walk->summary.journeyId, walk->summary.sector);
    std::set<std::string> walked;
    for (const ReceivedWalk *walk : selection.walks)
        walked.insert(walk->summary.journeyId);
    for (const auto &[id, sector] : known) {
        if ((filter.journeys.empty() || filter.journeys.contains(id)) &&
            (filter.sectors.empty() || filter.sectors.contains(sector)) && !walked.contains(id))
            out.journeysNotWalked.push_back(id);
    }
    return out;
}

} // namespace its::review
