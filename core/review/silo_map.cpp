// The silo map: customers passed from one department to another, and the repeats that followed.
#include "review/compile_parts.h"

#include <algorithm>

namespace its::review {

namespace {

struct Cell
{
    std::uint32_t from, to; // interned department ids
    int handoffs = 0;
    int repeatsAfter = 0;
    WalkSet walks;
};

} // namespace

std::vector<SiloCell> compileSiloMap(const Selection &selection)
{
    const ReviewFilter &filter = selection.filter;
    Interner departments;
    std::unordered_map<std::uint64_t, std::size_t> cellOf; // from << 32 | to -> index in cells
    std::vector<Cell> cells;
    for (std::size_t w = 0; w < selection.walks.size(); ++w) {
        for (const ContactSummary &contact : selection.walks[w]->summary.contacts) {
            if (!filter.channels.empty() && !filter.channels.contains(contact.channel))
                continue;
            for (std::size_t i = 0; i < contact.handoffs.size(); ++i) {
                const HandoffSummary &handoff = contact.handoffs[i];
                const std::string &from =
                    handoff.fromDepartment.empty() ? contact.department : handoff.fromDepartment;
                if (!filter.departments.empty() && !filter.departments.contains(from) &&
                    !filter.departments.contains(handoff.toDepartment))
                    continue;
                const std::uint32_t fromId = departments.id(from);
                const std::uint32_t toId = departments.id(handoff.toDepartment);
                const auto [at, added] =
                    cellOf.try_emplace(std::uint64_t(fromId) << 32 | toId, cells.size());
                if (added)
                    cells.push_back({fromId, toId, 0, 0, {}});
                Cell &cell = cells[at->second];
                ++cell.handoffs;
                cell.walks.insert(selection.ranks[w]);
                // A contact's repeats are not timed: they count after its last handoff.
                if (i + 1 == contact.handoffs.size())
                    cell.repeatsAfter += contact.repeatCount;
            }
        }
    }
    // By (from, to), then most handoffs first.
    std::sort(cells.begin(), cells.end(), [&](const Cell &a, const Cell &b) {
        const auto aFrom = departments.name(a.from), bFrom = departments.name(b.from);
        return aFrom != bFrom ? aFrom < bFrom : departments.name(a.to) < departments.name(b.to);
    });
    std::vector<SiloCell> result;
    result.reserve(cells.size());
    for (const Cell &cell : cells)
        result.push_back({std::string(departments.name(cell.from)),
                          std::string(departments.name(cell.to)), cell.handoffs, cell.repeatsAfter,
                          cell.walks.ids(selection)});
    std::stable_sort(result.begin(), result.end(),
                     [](const auto &a, const auto &b) { return a.handoffs > b.handoffs; });
    return result;
}

} // namespace its::review
