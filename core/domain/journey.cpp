#include "journey.h"

namespace its {

const std::vector<std::string> &Touchpoint::effectivePhases() const
{
    return phases.empty() ? defaultPhases(channel) : phases;
}

const Touchpoint *JourneyTemplate::findTouchpoint(const std::string &touchpointId) const
{
    for (const auto &stage : stages) {
        for (const auto &touchpoint : stage.touchpoints) {
            if (touchpoint.id == touchpointId)
                return &touchpoint;
        }
    }
    return nullptr;
}

std::vector<const Touchpoint *> JourneyTemplate::touchpoints() const
{
    std::vector<const Touchpoint *> all;
    for (const auto &stage : stages) {
        for (const auto &touchpoint : stage.touchpoints)
            all.push_back(&touchpoint);
    }
    return all;
}

std::string_view toString(CriterionKind kind)
{
    return kind == CriterionKind::MustBe ? "must_be" : "delighter";
}

} // namespace its
