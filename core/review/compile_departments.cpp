// By department: the pain points it owns and their themes, its moments, its touchpoints and the
// handoffs in and out. Department ids are kept as they arrive, known or not.
#include "review/compile_parts.h"

#include <algorithm>
#include <map>
#include <set>

namespace its::review {

namespace {

struct DepartmentTally
{
    std::map<std::string, ThemeRank> pains, moments;
    std::map<std::string, Tally> touchpoints;
    std::map<std::string, int> handedTo, handedFrom;
};

void addTheme(std::map<std::string, ThemeRank> &themes, const MomentSummary &moment,
              const std::string &walkId)
{
    ThemeRank &rank = themes[moment.theme];
    if (rank.walkIds.empty() || rank.walkIds.back() != walkId) // walks come one after another
        rank.walkIds.push_back(walkId);
    rank.theme = moment.theme;
    ++rank.frequency;
    rank.severitySum += moment.severity;
}

std::vector<ThemeRank> ranked(const std::map<std::string, ThemeRank> &themes)
{
    std::vector<ThemeRank> result;
    for (const auto &[theme, rank] : themes) {
        result.push_back(rank);
        result.back().meanSeverity = static_cast<double>(rank.severitySum) / rank.frequency;
        std::sort(result.back().walkIds.begin(), result.back().walkIds.end());
    }
    // frequency x mean severity = the sum of severities; ties: more frequent, then by theme.
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.severitySum != b.severitySum ? a.severitySum > b.severitySum
                                              : a.frequency > b.frequency;
    });
    return result;
}

int total(const std::map<std::string, ThemeRank> &themes)
{
    int sum = 0;
    for (const auto &entry : themes)
        sum += entry.second.frequency;
    return sum;
}

std::vector<DepartmentCount> counts(const std::map<std::string, int> &map)
{
    std::vector<DepartmentCount> result;
    for (const auto &[department, count] : map)
        result.push_back({department, count});
    std::stable_sort(result.begin(), result.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    return result;
}

// The touchpoints of the walk that the channel filter keeps.
std::set<std::string> keptTouchpoints(const WalkSummary &s, const ReviewFilter &filter)
{
    std::set<std::string> kept;
    for (const ContactSummary &contact : s.contacts) {
        if (filter.channels.empty() || filter.channels.contains(contact.channel))
            kept.insert(contact.touchpointId);
    }
    return kept;
}

} // namespace

std::vector<DepartmentFindings> compileDepartments(const Selection &selection)
{
    const ReviewFilter &filter = selection.filter;
    std::map<std::string, DepartmentTally> departments;
    std::map<std::string, std::string> names; // touchpoint id -> name
    for (const ReceivedWalk *walk : selection.walks) {
        const WalkSummary &s = walk->summary;
        const std::set<std::string> kept = keptTouchpoints(s, filter);
        for (const MomentSummary &moment : s.moments) {
            if (!kept.contains(moment.touchpointId))
                continue;
            if (moment.kind == MomentKind::PainPoint)
                addTheme(departments[moment.department].pains, moment, s.walkId);
            else if (moment.kind == MomentKind::Memorable)
                addTheme(departments[moment.department].moments, moment, s.walkId);
        }
        for (const ContactSummary &contact : s.contacts) {
            if (!filter.channels.empty() && !filter.channels.contains(contact.channel))
                continue;
            names[contact.touchpointId] = contact.touchpointName;
            departments[contact.department].touchpoints[contact.touchpointId].add(s.walkId);
            for (const HandoffSummary &handoff : contact.handoffs) {
                // Summaries before format version 3 do not say where a handoff came from: the
                // touchpoint's owner is the best guess.
                const std::string &from =
                    handoff.fromDepartment.empty() ? contact.department : handoff.fromDepartment;
                ++departments[from].handedTo[handoff.toDepartment];
                ++departments[handoff.toDepartment].handedFrom[from];
            }
        }
    }
    std::vector<DepartmentFindings> result;
    for (const auto &[id, tally] : departments) {
        if (!filter.departments.empty() && !filter.departments.contains(id))
            continue;
        DepartmentFindings out;
        out.department = id;
        out.painPoints = total(tally.pains);
        out.themes = ranked(tally.pains);
        out.memorableMoments = total(tally.moments);
        out.momentThemes = ranked(tally.moments);
        out.touchpointsOwned = rankTouchpoints(tally.touchpoints, names);
        out.handedTo = counts(tally.handedTo);
        out.handedFrom = counts(tally.handedFrom);
        for (const auto &entry : tally.handedTo)
            out.handoffsOut += entry.second;
        for (const auto &entry : tally.handedFrom)
            out.handoffsIn += entry.second;
        result.push_back(std::move(out));
    }
    auto pain = [](const DepartmentFindings &d) {
        int sum = 0;
        for (const ThemeRank &theme : d.themes)
            sum += theme.severitySum;
        return sum;
    };
    std::stable_sort(result.begin(), result.end(),
                     [&](const auto &a, const auto &b) { return pain(a) > pain(b); });
    return result;
}

} // namespace its::review
