#pragma once
// The shared photos a report shows: those of the walks a filter includes (newest revision of
// each), newest walk first. With departments or channels in the filter, only the photos of the
// contacts it counts: a photo of the walk as a whole belongs to no department. What a photo says
// about where it was taken (journey, touchpoint, department, date) comes from its summary; no
// leader and no staff name is part of it.

#include "review/review_filter.h"

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace its::review {

struct FilteredPhoto
{
    std::string walkId;
    std::string photoId;
    std::string contactId; // "" for the walk as a whole
    std::string caption;
    std::string journeyName;
    std::string touchpointName; // "" for the walk as a whole
    std::string department;     // the contact's, "" for the walk as a whole
    std::int64_t finishedWallMs = 0;
    std::int64_t byteSize = 0; // the stored copy's size, once the caller has read it (0: none)
};

std::vector<FilteredPhoto> filteredPhotos(const std::vector<ReceivedWalk> &walks,
                                          const ReviewFilter &filter);

// The findings JSON's "photos": metadata only, never the bytes (docs/schemas/findings).
nlohmann::json photosToJson(const std::vector<FilteredPhoto> &photos);

} // namespace its::review
