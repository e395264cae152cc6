#pragma once
// 95% intervals and the "clear change" rule of the review's compile (docs/SCORING.md, "The
// review's compile"). Pure functions; shares are in percent (0..100).

#include "review/findings.h"

#include <cstdint>
#include <span>
#include <vector>

namespace its::review {

// The two-sided 95% normal quantile used by every interval and test here.
inline constexpr double kZ95 = 1.959963984540054;

// Wilson score interval of k successes in n (n > 0), in percent.
Interval wilsonInterval(int k, int n);

// A share of k in n with its Wilson interval; n == 0 gives an empty estimate.
Estimate shareEstimate(int k, int n);
// Same, from 0/1 items.
Estimate shareEstimate(std::span<const double> zeroOrOne);

// NPS of 0..10 answers with the interval NPS +- z * 100 * sqrt(var / n), where
// var = p + d - (p - d)^2 is the variance of one answer's promoter-minus-detractor value (+1, 0,
// -1); clipped to -100..100.
Estimate npsEstimate(std::span<const int> answers0to10);
// Each answer as +1 (9-10), 0 (7-8) or -1 (0-6): the items the NPS change is tested on.
std::vector<double> npsItems(std::span<const int> answers0to10);

// Mean with mean +- z * s / sqrt(n) (s: sample standard deviation); no interval below n = 2.
Estimate meanEstimate(std::span<const double> values);

// Is `after` clearly different from `before` at 95%? z = (mean(after) - mean(before)) / se with
// se = sqrt(v * (1/n1 + 1/n2)) and v the variance of both samples pooled (as if nothing changed):
// for 0/1 items this is the two-proportion z-test. |z| > kZ95 is a clear change; either sample
// empty is NoData; v == 0 is no clear change.
Change clearChange(std::span<const double> before, std::span<const double> after);

// Median: the middle value, or the mean of the two middle values (rounded down to whole ms).
std::int64_t medianMs(std::vector<std::int64_t> values);
// p90 by nearest rank: the value at rank ceil(0.9 * n) of the sorted values (1-based).
std::int64_t p90Ms(std::vector<std::int64_t> values);
// The same two, reordering `values` in place (nth_element, no copy and no full sort).
std::int64_t medianOfMs(std::span<std::int64_t> values);
std::int64_t p90OfMs(std::span<std::int64_t> values);

} // namespace its::review
