// Peak and end: customers remember the worst moment and the last one. Which walks end badly,
// and at which touchpoints the low point and the end fall.
#include "review/compile_parts.h"
#include "review/intervals.h"

#include <algorithm>
#include <map>

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

} // namespace

PeakEndFindings compilePeakEnd(std::span<const ReceivedWalk *const> walks)
{
    int negative = 0;
    int n = 0;
    std::map<std::string, Tally> low, end;
    std::vector<std::string> negativeWalks;
    std::map<std::string, std::string> names;
    for (const ReceivedWalk *walk : walks) {
        const WalkSummary &s = walk->summary;
        if (s.emotion.endIndex < 0)
            continue; // no contact, no curve
        ++n;
        if (s.emotion.points[static_cast<std::size_t>(s.emotion.endIndex)].value < 0) {
            ++negative;
            negativeWalks.push_back(s.walkId);
        }
        if (const ContactSummary *contact = contactAt(s, s.emotion.lowIndex)) {
            low[contact->touchpointId].add(s.walkId);
            names[contact->touchpointId] = contact->touchpointName;
        }
        if (const ContactSummary *contact = contactAt(s, s.emotion.endIndex)) {
            end[contact->touchpointId].add(s.walkId);
            names[contact->touchpointId] = contact->touchpointName;
        }
    }
    std::sort(negativeWalks.begin(), negativeWalks.end());
    return {shareEstimate(negative, n), rankTouchpoints(low, names), rankTouchpoints(end, names),
            negativeWalks};
}

} // namespace its::review
