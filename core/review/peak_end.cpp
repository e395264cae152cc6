// Peak and end: customers remember the worst moment and the last one. Which walks end badly,
// and at which touchpoints the low point and the end fall.
#include "review/compile_parts.h"
#include "review/intervals.h"

#include <algorithm>

namespace its::review {

namespace {

// The touchpoint of the curve's point `index`, or "" when it cannot be found.
const ContactSummary *contactAt(const WalkSummary &s, int index)
{
    if (index < 0 || index >= static_cast<int>(s.emotion.points.size()))
        return nullptr;
    const std::string &contactId = s.emotion.points[static_cast<std::size_t>(index)].contactId;
    for (const ContactSummary &contact : s.contacts) {
        if (contact.contactId == contactId)
            return &contact;
    }
    return nullptr;
}

// Touchpoints by id; a name is the latest walk's.
struct Counts
{
    Interner ids;
    std::vector<TouchpointTally> tallies;
    void add(const ContactSummary &contact, std::uint32_t rank)
    {
        const std::uint32_t id = ids.id(contact.touchpointId);
        if (id == tallies.size())
            tallies.push_back({ids.name(id), {}, {}});
        tallies[id].name = contact.touchpointName;
        tallies[id].tally.add(rank);
    }
};

std::vector<TouchpointCount> ranked(Counts &counts, const std::vector<std::string_view> &names,
                                    const Interner &nameIds, const Selection &selection)
{
    std::vector<const TouchpointTally *> tallies;
    for (TouchpointTally &tally : counts.tallies) {
        tally.name = names[nameIds.idOf(tally.id)]; // the latest name, low point or end
        tallies.push_back(&tally);
    }
    return rankTouchpoints(std::move(tallies), selection);
}

} // namespace

PeakEndFindings compilePeakEnd(const Selection &selection)
{
    int negative = 0;
    int n = 0;
    Counts low, end;
    WalkSet negativeWalks;
    Interner nameIds; // touchpoint id -> its name in the latest low point or end
    std::vector<std::string_view> names;
    auto named = [&](const ContactSummary &contact) {
        const std::uint32_t id = nameIds.id(contact.touchpointId);
        if (id == names.size())
            names.emplace_back();
        names[id] = contact.touchpointName;
    };
    for (std::size_t i = 0; i < selection.walks.size(); ++i) {
        const WalkSummary &s = selection.walks[i]->summary;
        const std::uint32_t rank = selection.ranks[i];
        if (s.emotion.endIndex < 0)
            continue; // no contact, no curve
        ++n;
        if (s.emotion.points[static_cast<std::size_t>(s.emotion.endIndex)].value < 0) {
            ++negative;
            negativeWalks.insert(rank);
        }
        if (const ContactSummary *contact = contactAt(s, s.emotion.lowIndex)) {
            low.add(*contact, rank);
            named(*contact);
        }
        if (const ContactSummary *contact = contactAt(s, s.emotion.endIndex)) {
            end.add(*contact, rank);
            named(*contact);
        }
    }
    return {shareEstimate(negative, n), ranked(low, names, nameIds, selection),
            ranked(end, names, nameIds, selection), negativeWalks.ids(selection)};
}

} // namespace its::review
