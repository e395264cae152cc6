#pragma once
// The sample summary in the shape of older summary format versions, for the tests that check
// those versions still load (and stay valid against the schema).

#include "scoring/summary.h"

#include <nlohmann/json.hpp>

namespace its::test {

// A version 4 document turned into version 3: no photos.
inline void asVersion3(nlohmann::json &document)
{
    document["version"] = 3;
    document.erase("photos");
}

// A version 4 document turned into version 2: handoffDepartments, no criterionTexts, no photos.
inline void asVersion2(nlohmann::json &document)
{
    document.erase("photos");
    document["version"] = 2;
    for (nlohmann::json &contact : document["contacts"]) {
        nlohmann::json to = nlohmann::json::array();
        for (const nlohmann::json &handoff : contact["handoffs"])
            to.push_back(handoff["toDepartment"]);
        contact.erase("handoffs");
        contact.erase("criterionTexts");
        contact["handoffDepartments"] = to;
    }
}

// What a version 2 file of `summary` loads as: no handoff origins, no criterion texts, no
// photos.
inline WalkSummary asLoadedFromVersion2(WalkSummary summary)
{
    summary.photos.clear();
    for (ContactSummary &contact : summary.contacts) {
        for (HandoffSummary &handoff : contact.handoffs)
            handoff.fromDepartment.clear();
        contact.criterionTexts.clear();
    }
    return summary;
}

} // namespace its::test
