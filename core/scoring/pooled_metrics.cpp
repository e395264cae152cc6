#include "pooled_metrics.h"

#include <stdexcept>
#include <vector>

namespace its {

Figure poolNps(std::span<const WalkSummary> summaries)
{
    std::vector<int> answers;
    for (const WalkSummary &summary : summaries) {
        if (summary.answers.recommend)
            answers.push_back(*summary.answers.recommend);
    }
    return netPromoterScore(answers);
}

Figure poolCsat(std::span<const WalkSummary> summaries)
{
    std::vector<int> answers;
    for (const WalkSummary &summary : summaries) {
        if (summary.answers.csat)
            answers.push_back(*summary.answers.csat);
    }
    return customerSatisfaction(answers);
}

EffortFigures poolCes(std::span<const WalkSummary> summaries)
{
    std::vector<int> answers;
    const std::string *version = nullptr;
    for (const WalkSummary &summary : summaries) {
        if (!summary.answers.effort)
            continue;
        if (version && *version != summary.answers.cesScaleVersion)
            throw std::invalid_argument("cannot pool CES answers of scale versions '" + *version +
                                        "' and '" + summary.answers.cesScaleVersion + "'");
        version = &summary.answers.cesScaleVersion;
        answers.push_back(*summary.answers.effort);
    }
    return customerEffort(answers);
}

Figure poolFirstContactResolution(std::span<const WalkSummary> summaries)
{
    // Counted here rather than via firstContactResolutionRate(): std::vector<bool> cannot
    // back a std::span<const bool>.
    int yes = 0;
    for (const WalkSummary &summary : summaries)
        yes += summary.firstContactResolution ? 1 : 0;
    const int n = static_cast<int>(summaries.size());
    return makeFigure(n > 0 ? std::optional<double>(100.0 * yes / n) : std::nullopt, n);
}

Figure poolWouldStay(std::span<const WalkSummary> summaries)
{
    int yes = 0;
    int n = 0;
    for (const WalkSummary &summary : summaries) {
        if (!summary.answers.wouldStay)
            continue;
        ++n;
        yes += *summary.answers.wouldStay ? 1 : 0;
    }
    return makeFigure(n > 0 ? std::optional<double>(100.0 * yes / n) : std::nullopt, n);
}

} // namespace its
