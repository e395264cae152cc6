#include "summarize.h"

#include <algorithm>
#include <stdexcept>

namespace its {

double emotionValue(const TouchpointScore &score, const Moment &userMoment)
{
    // The score sets the tone; failures and moments shift it, because customers remember
    // what went wrong or delighted them more than averages.
    double value = score.score ? (*score.score - 50.0) / 25.0 : 0.0;
    if (!score.passed)
        value -= 1.0;
    if (userMoment.kind == MomentKind::PainPoint)
        value -= 1.0;
    if (!score.metDelighters.empty() || userMoment.kind == MomentKind::Memorable)
        value += 1.0;
    return std::clamp(value, -2.0, 2.0);
}

namespace {
const Touchpoint &touchpointOf(const Walk &walk, const Contact &contact)
{
    const Touchpoint *touchpoint = walk.journey.findTouchpoint(contact.touchpointId);
    if (!touchpoint)
        throw std::invalid_argument("contact '" + contact.id + "' is at touchpoint '" +
                                    contact.touchpointId + "', which journey '" + walk.journey.id +
                                    "' does not have");
    return *touchpoint;
}
} // namespace

EmotionCurve emotionCurve(const Walk &walk)
{
    EmotionCurve curve;
    for (const Contact &contact : walk.contacts) {
        const TouchpointScore score =
            scoreTouchpoint(touchpointOf(walk, contact), contact.observation);
        curve.points.push_back({contact.id, emotionValue(score, contact.observation.moment)});
    }
    const auto &points = curve.points;
    for (int i = 0; i < static_cast<int>(points.size()); ++i) {
        const double value = points[static_cast<std::size_t>(i)].value;
        // Strict comparisons keep the first occurrence of a tie.
        if (curve.peakIndex < 0 || value > points[static_cast<std::size_t>(curve.peakIndex)].value)
            curve.peakIndex = i;
        if (curve.lowIndex < 0 || value < points[static_cast<std::size_t>(curve.lowIndex)].value)
            curve.lowIndex = i;
        curve.endIndex = i;
    }
    return curve;
}

} // namespace its
