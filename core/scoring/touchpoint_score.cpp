#include "summarize.h"

#include <cmath>
#include <stdexcept>

namespace its {
namespace {
const CriterionScore *findScore(const Observation &observation, const std::string &criterionId)
{
    for (const CriterionScore &entry : observation.scores) {
        if (entry.criterionId == criterionId)
            return &entry;
    }
    return nullptr;
}

void validateScores(const Touchpoint &touchpoint, const Observation &observation)
{
    for (std::size_t i = 0; i < observation.scores.size(); ++i) {
        const CriterionScore &entry = observation.scores[i];
        bool known = false;
        for (const Criterion &criterion : touchpoint.criteria)
            known = known || criterion.id == entry.criterionId;
        if (!known)
            throw std::invalid_argument("touchpoint '" + touchpoint.id + "' has no criterion '" +
                                        entry.criterionId + "'");
        for (std::size_t j = 0; j < i; ++j) {
            if (observation.scores[j].criterionId == entry.criterionId)
                throw std::invalid_argument("criterion '" + entry.criterionId +
                                            "' is scored twice");
        }
        if (entry.score && (*entry.score < 1 || *entry.score > 5))
            throw std::invalid_argument(
                "criterion '" + entry.criterionId +
                "' score out of range 1-5: " + std::to_string(*entry.score));
    }
    for (const Criterion &criterion : touchpoint.criteria) {
        if (!std::isfinite(criterion.weight) || criterion.weight < 0)
            throw std::invalid_argument("criterion '" + criterion.id + "' has an invalid weight: " +
                                        std::to_string(criterion.weight));
    }
}
} // namespace

TouchpointScore scoreTouchpoint(const Touchpoint &touchpoint, const Observation &observation)
{
    validateScores(touchpoint, observation);
    TouchpointScore result;
    double weighted = 0;
    double weights = 0;
    for (const Criterion &criterion : touchpoint.criteria) {
        const CriterionScore *entry = findScore(observation, criterion.id);
        if (!entry || !entry->score)
            continue; // not scored or N/A: out of the weights
        const int s = *entry->score;
        ++result.scoredCriteria;
        weighted += criterion.weight * (s - 1) / 4.0 * 100.0;
        weights += criterion.weight;
        if (criterion.kind == CriterionKind::MustBe && s <= kMustBeFailsAtOrBelow) {
            result.passed = false;
            result.failedMustBe.push_back(criterion.id);
        }
        if (criterion.kind == CriterionKind::Delighter && s >= kDelighterMetAtOrAbove)
            result.metDelighters.push_back(criterion.id);
    }
    if (weights > 0)
        result.score = weighted / weights;
    return result;
}

std::vector<MomentSummary> criterionMoments(const Touchpoint &touchpoint,
                                            const TouchpointScore &score)
{
    std::vector<MomentSummary> moments;
    for (const std::string &id : score.failedMustBe)
        moments.push_back({MomentKind::PainPoint, touchpoint.id, touchpoint.department, id,
                           kMustBePainSeverity, id});
    for (const std::string &id : score.metDelighters)
        moments.push_back({MomentKind::Memorable, touchpoint.id, touchpoint.department, id,
                           kDelighterMomentSeverity, id});
    return moments;
}

} // namespace its
