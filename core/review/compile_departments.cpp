// By department: the pain points it owns and their themes, its moments, its touchpoints and the
// handoffs in and out. Department ids are kept as they arrive, known or not. Departments,
// touchpoints and themes are interned once per compile; rows are tallied in flat vectors.
#include "review/compile_parts.h"

#include <algorithm>

namespace its::review {

namespace {

struct ThemeTally
{
    std::string_view theme;
    int frequency = 0;
    int severitySum = 0;
    WalkSet walks;
};

struct Themes
{
    Interner ids;
    std::vector<ThemeTally> tallies; // by interned id

    void add(const MomentSummary &moment, std::uint32_t rank)
    {
        const std::uint32_t id = ids.id(moment.theme);
        if (id == tallies.size())
            tallies.push_back({moment.theme, 0, 0, {}});
        ThemeTally &tally = tallies[id];
        tally.walks.insert(rank);
        ++tally.frequency;
        tally.severitySum += moment.severity;
    }

    int total() const
    {
        int sum = 0;
        for (const ThemeTally &tally : tallies)
            sum += tally.frequency;
        return sum;
    }

    std::vector<ThemeRank> ranked(const Selection &selection) const
    {
        std::vector<ThemeRank> result;
        result.reserve(tallies.size());
        for (std::uint32_t id : ids.byName()) {
            const ThemeTally &t = tallies[id];
            result.push_back({std::string(t.theme), t.frequency, t.severitySum,
                              static_cast<double>(t.severitySum) / t.frequency,
                              t.walks.ids(selection)});
        }
        // frequency x mean severity = the sum of severities; ties: more frequent, then by theme.
        std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
            return a.severitySum != b.severitySum ? a.severitySum > b.severitySum
                                                  : a.frequency > b.frequency;
        });
        return result;
    }
};

struct DepartmentRows
{
    Themes pains, moments;
    std::vector<TouchpointTally> touchpoints; // owned, in order first seen
    std::vector<int> touchpointSlot;          // by interned touchpoint id: index above, or -1
    std::vector<int> handedTo, handedFrom;    // by interned department id
};

void bump(std::vector<int> &counts, std::uint32_t id)
{
    if (counts.size() <= id)
        counts.resize(id + 1, 0);
    ++counts[id];
}

// By department id, then most first; departments never handed to or from are left out.
std::vector<DepartmentCount> counts(const std::vector<int> &byId, const Interner &departmentIds)
{
    std::vector<DepartmentCount> result;
    for (std::uint32_t id : departmentIds.byName()) {
        if (id < byId.size() && byId[id] > 0)
            result.push_back({std::string(departmentIds.name(id)), byId[id]});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    return result;
}

bool keptChannel(const ReviewFilter &filter, Channel channel)
{
    return filter.channels.empty() || filter.channels.contains(channel);
}

// Whether the walk has a contact at this touchpoint that the channel filter keeps.
bool keptTouchpoint(const WalkSummary &s, const ReviewFilter &filter, const std::string &id)
{
    return std::any_of(s.contacts.begin(), s.contacts.end(), [&](const ContactSummary &contact) {
        return contact.touchpointId == id && keptChannel(filter, contact.channel);
    });
}

class Departments
{
public:
    DepartmentRows &operator[](std::string_view department) { return rows[idOf(department)]; }
    std::uint32_t idOf(std::string_view department)
    {
        const std::uint32_t id = ids.id(department);
        if (id == rows.size())
            rows.emplace_back();
        return id;
    }
    Interner ids;
    std::vector<DepartmentRows> rows; // by interned id
};

} // namespace

std::vector<DepartmentFindings> compileDepartments(const Selection &selection)
{
    const ReviewFilter &filter = selection.filter;
    Departments departments;
    Interner touchpointIds;
    std::vector<std::string_view> names; // by interned touchpoint id: the latest walk's name
    for (std::size_t i = 0; i < selection.walks.size(); ++i) {
        const WalkSummary &s = selection.walks[i]->summary;
        const std::uint32_t rank = selection.ranks[i];
        for (const MomentSummary &moment : s.moments) {
            if (moment.kind != MomentKind::PainPoint && moment.kind != MomentKind::Memorable)
                continue;
            if (!keptTouchpoint(s, filter, moment.touchpointId))
                continue;
            DepartmentRows &department = departments[moment.department];
            (moment.kind == MomentKind::PainPoint ? department.pains : department.moments)
                .add(moment, rank);
        }
        for (const ContactSummary &contact : s.contacts) {
            if (!keptChannel(filter, contact.channel))
                continue;
            const std::uint32_t tp = touchpointIds.id(contact.touchpointId);
            if (tp == names.size())
                names.emplace_back();
            names[tp] = contact.touchpointName;
            DepartmentRows &owner = departments[contact.department];
            if (owner.touchpointSlot.size() <= tp)
                owner.touchpointSlot.resize(tp + 1, -1);
            if (owner.touchpointSlot[tp] < 0) {
                owner.touchpointSlot[tp] = static_cast<int>(owner.touchpoints.size());
                owner.touchpoints.push_back({contact.touchpointId, {}, {}});
            }
            owner.touchpoints[static_cast<std::size_t>(owner.touchpointSlot[tp])].tally.add(rank);
            for (const HandoffSummary &handoff : contact.handoffs) {
                // Summaries before format version 3 do not say where a handoff came from: the
                // touchpoint's owner is the best guess.
                const std::string &from =
                    handoff.fromDepartment.empty() ? contact.department : handoff.fromDepartment;
                const std::uint32_t fromId = departments.idOf(from);
                const std::uint32_t toId = departments.idOf(handoff.toDepartment);
                bump(departments.rows[fromId].handedTo, toId);
                bump(departments.rows[toId].handedFrom, fromId);
            }
        }
    }
    std::vector<DepartmentFindings> result;
    for (std::uint32_t id : departments.ids.byName()) {
        const std::string_view name = departments.ids.name(id);
        if (!filter.departments.empty() && !filter.departments.contains(std::string(name)))
            continue;
        DepartmentRows &tally = departments.rows[id];
        DepartmentFindings out;
        out.department = std::string(name);
        out.painPoints = tally.pains.total();
        out.themes = tally.pains.ranked(selection);
        out.memorableMoments = tally.moments.total();
        out.momentThemes = tally.moments.ranked(selection);
        std::vector<const TouchpointTally *> owned;
        for (TouchpointTally &touchpoint : tally.touchpoints) {
            touchpoint.name = names[touchpointIds.idOf(touchpoint.id)];
            owned.push_back(&touchpoint);
        }
        out.touchpointsOwned = rankTouchpoints(std::move(owned), selection);
        out.handedTo = counts(tally.handedTo, departments.ids);
        out.handedFrom = counts(tally.handedFrom, departments.ids);
        for (const DepartmentCount &count : out.handedTo)
            out.handoffsOut += count.count;
        for (const DepartmentCount &count : out.handedFrom)
            out.handoffsIn += count.count;
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
