#include "review/filtered_photos.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace its::review {

std::vector<FilteredPhoto> filteredPhotos(const std::vector<ReceivedWalk> &walks,
                                          const ReviewFilter &filter)
{
    const bool byContact = !filter.departments.empty() || !filter.channels.empty();
    std::vector<FilteredPhoto> out;
    for (const ReceivedWalk *walk : newestRevisions(walks)) {
        if (!matchesWalk(filter, *walk))
            continue;
        const WalkSummary &s = walk->summary;
        for (const SummaryPhoto &photo : s.photos) {
            FilteredPhoto p{
                s.walkId,         photo.id, photo.contactId, photo.caption, s.journeyName, {}, {},
                s.finishedWallMs, 0};
            const auto contact =
                std::find_if(s.contacts.begin(), s.contacts.end(), [&](const ContactSummary &c) {
                    return c.contactId == photo.contactId;
                });
            if (contact != s.contacts.end()) {
                p.touchpointName = contact->touchpointName.empty() ? contact->touchpointId
                                                                   : contact->touchpointName;
                p.department = contact->department;
            }
            const bool counted = contact != s.contacts.end() && matchesContact(filter, *contact);
            if (!byContact || counted)
                out.push_back(std::move(p));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const FilteredPhoto &a, const FilteredPhoto &b) {
        return a.finishedWallMs > b.finishedWallMs;
    });
    return out;
}

nlohmann::json photosToJson(const std::vector<FilteredPhoto> &photos)
{
    nlohmann::json out = nlohmann::json::array();
    for (const FilteredPhoto &p : photos) {
        nlohmann::json item = {{"walkId", p.walkId},
                               {"photoId", p.photoId},
                               {"contactId", p.contactId},
                               {"journey", p.journeyName},
                               {"touchpoint", p.touchpointName},
                               {"department", p.department},
                               {"caption", p.caption},
                               {"finishedWallMs", p.finishedWallMs},
                               {"byteSize", std::max<std::int64_t>(p.byteSize, 0)}};
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace its::review
