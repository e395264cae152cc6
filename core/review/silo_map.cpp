// The silo map: customers passed from one department to another, and the repeats that followed.
#include "review/compile_parts.h"

#include <algorithm>
#include <map>

namespace its::review {

std::vector<SiloCell> compileSiloMap(const Selection &selection)
{
    const ReviewFilter &filter = selection.filter;
    std::map<std::pair<std::string, std::string>, SiloCell> cells;
    for (const ReceivedWalk *walk : selection.walks) {
        for (const ContactSummary &contact : walk->summary.contacts) {
            if (!filter.channels.empty() && !filter.channels.contains(contact.channel))
                continue;
            for (std::size_t i = 0; i < contact.handoffs.size(); ++i) {
                const HandoffSummary &handoff = contact.handoffs[i];
                const std::string &from =
                    handoff.fromDepartment.empty() ? contact.department : handoff.fromDepartment;
                if (!filter.departments.empty() && !filter.departments.contains(from) &&
                    !filter.departments.contains(handoff.toDepartment))
                    continue;
                SiloCell &cell = cells[{from, handoff.toDepartment}];
                cell.from = from;
                cell.to = handoff.toDepartment;
                ++cell.handoffs;
                if (cell.walkIds.empty() || cell.walkIds.back() != walk->summary.walkId)
                    cell.walkIds.push_back(walk->summary.walkId);
                // A contact's repeats are not timed: they count after its last handoff.
                if (i + 1 == contact.handoffs.size())
                    cell.repeatsAfter += contact.repeatCount;
            }
        }
    }
    std::vector<SiloCell> result;
    for (auto &entry : cells) {
        std::sort(entry.second.walkIds.begin(), entry.second.walkIds.end());
        result.push_back(std::move(entry.second));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const auto &a, const auto &b) { return a.handoffs > b.handoffs; });
    return result;
}

} // namespace its::review
