#include "review/intervals.h"

#include "scoring/metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace its::review {

namespace {

double mean(std::span<const double> values)
{
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

Estimate estimateOf(const Figure &figure)
{
    return Estimate{figure.value, figure.n, figure.smallSample, 0, std::nullopt};
}

} // namespace

Interval wilsonInterval(int k, int n)
{
    const double p = static_cast<double>(k) / n;
    const double z2 = kZ95 * kZ95;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = kZ95 / denominator * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return {100 * std::max(0.0, centre - half), 100 * std::min(1.0, centre + half)};
}

Estimate shareEstimate(int k, int n)
{
    Estimate estimate =
        estimateOf(makeFigure(n > 0 ? std::optional(100.0 * k / n) : std::nullopt, n));
    estimate.count = k;
    if (n > 0)
        estimate.ci95 = wilsonInterval(k, n);
    return estimate;
}

Estimate shareEstimate(std::span<const double> zeroOrOne)
{
    const int k = static_cast<int>(std::count(zeroOrOne.begin(), zeroOrOne.end(), 1.0));
    return shareEstimate(k, static_cast<int>(zeroOrOne.size()));
}

std::vector<double> npsItems(std::span<const int> answers)
{
    std::vector<double> items;
    for (int answer : answers) {
        requireInScale("NPS", answer, 0, 10);
        items.push_back(answer >= 9 ? 1.0 : answer <= 6 ? -1.0 : 0.0);
    }
    return items;
}

Estimate npsEstimate(std::span<const int> answers)
{
    Estimate estimate = estimateOf(netPromoterScore(answers));
    if (answers.empty())
        return estimate;
    const std::vector<double> items = npsItems(answers);
    const double n = static_cast<double>(items.size());
    const double p = static_cast<double>(std::count(items.begin(), items.end(), 1.0)) / n;
    const double d = static_cast<double>(std::count(items.begin(), items.end(), -1.0)) / n;
    const double variance = p + d - (p - d) * (p - d);
    const double half = kZ95 * std::sqrt(variance / n);
    estimate.ci95 =
        Interval{std::max(-100.0, 100 * (p - d - half)), std::min(100.0, 100 * (p - d + half))};
    return estimate;
}

Estimate meanEstimate(std::span<const double> values)
{
    const int n = static_cast<int>(values.size());
    Estimate estimate =
        estimateOf(makeFigure(n > 0 ? std::optional(mean(values)) : std::nullopt, n));
    if (n < 2)
        return estimate;
    const double m = *estimate.value;
    double squares = 0;
    for (double value : values)
        squares += (value - m) * (value - m);
    const double half = kZ95 * std::sqrt(squares / (n - 1)) / std::sqrt(static_cast<double>(n));
    estimate.ci95 = Interval{m - half, m + half};
    return estimate;
}

Change clearChange(std::span<const double> before, std::span<const double> after)
{
    if (before.empty() || after.empty())
        return Change::NoData;
    const double n1 = static_cast<double>(before.size());
    const double n2 = static_cast<double>(after.size());
    const double pooledMean = (mean(before) * n1 + mean(after) * n2) / (n1 + n2);
    double squares = 0;
    for (auto sample : {before, after}) {
        for (double value : sample)
            squares += (value - pooledMean) * (value - pooledMean);
    }
    const double variance = squares / (n1 + n2);
    if (variance <= 0)
        return Change::NoClearChange;
    const double z = (mean(after) - mean(before)) / std::sqrt(variance * (1 / n1 + 1 / n2));
    if (z > kZ95)
        return Change::ClearlyUp;
    if (z < -kZ95)
        return Change::ClearlyDown;
    return Change::NoClearChange;
}

std::int64_t medianOfMs(std::span<std::int64_t> values)
{
    if (values.empty())
        return 0;
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1)
        return *mid;
    const std::int64_t below = *std::max_element(values.begin(), mid); // the other middle value
    return below + (*mid - below) / 2;
}

std::int64_t p90OfMs(std::span<std::int64_t> values)
{
    if (values.empty())
        return 0;
    // ceil(0.9 n) in integers: (9n + 9) / 10.
    const std::size_t rank = (9 * values.size() + 9) / 10;
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(rank - 1);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

std::int64_t medianMs(std::vector<std::int64_t> values)
{
    return medianOfMs(values);
}

std::int64_t p90Ms(std::vector<std::int64_t> values)
{
    return p90OfMs(values);
}

} // namespace its::review
