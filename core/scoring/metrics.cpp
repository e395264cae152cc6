#include "metrics.h"

#include <stdexcept>
#include <string>

namespace its {

void requireInScale(std::string_view what, int value, int lo, int hi)
{
    if (value < lo || value > hi)
        throw std::invalid_argument(std::string(what) + " answer out of range " +
                                    std::to_string(lo) + "-" + std::to_string(hi) + ": " +
                                    std::to_string(value));
}

namespace {
int sizeOf(std::size_t size)
{
    return static_cast<int>(size);
}

double percent(int part, int whole)
{
    return 100.0 * part / whole;
}
} // namespace

Figure netPromoterScore(std::span<const int> answers0to10)
{
    int promoters = 0;
    int detractors = 0;
    for (int answer : answers0to10) {
        requireInScale("NPS", answer, kRecommendMin, kRecommendMax);
        if (answer >= 9)
            ++promoters;
        else if (answer <= 6)
            ++detractors;
    }
    const int n = sizeOf(answers0to10.size());
    if (n == 0)
        return makeFigure(std::nullopt, 0);
    return makeFigure(percent(promoters, n) - percent(detractors, n), n);
}

Figure customerSatisfaction(std::span<const int> answers1to5)
{
    int topTwo = 0;
    for (int answer : answers1to5) {
        requireInScale("CSAT", answer, kCsatMin, kCsatMax);
        if (answer >= 4)
            ++topTwo;
    }
    const int n = sizeOf(answers1to5.size());
    if (n == 0)
        return makeFigure(std::nullopt, 0);
    return makeFigure(percent(topTwo, n), n);
}

EffortFigures customerEffort(std::span<const int> answers1to7)
{
    long long sum = 0;
    int high = 0;
    for (int answer : answers1to7) {
        requireInScale("CES", answer, kCesMin, kCesMax);
        sum += answer;
        if (answer >= 5)
            ++high;
    }
    const int n = sizeOf(answers1to7.size());
    if (n == 0)
        return {makeFigure(std::nullopt, 0), makeFigure(std::nullopt, 0)};
    return {makeFigure(static_cast<double>(sum) / n, n), makeFigure(percent(high, n), n)};
}

Figure shareOfYes(std::span<const bool> answers)
{
    int yes = 0;
    for (bool answer : answers)
        yes += answer ? 1 : 0;
    const int n = sizeOf(answers.size());
    if (n == 0)
        return makeFigure(std::nullopt, 0);
    return makeFigure(percent(yes, n), n);
}

Figure firstContactResolutionRate(std::span<const bool> perWalk)
{
    return shareOfYes(perWalk);
}

} // namespace its
