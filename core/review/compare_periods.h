#pragma once
// The headline figures of a period against the period of the same length just before it (the
// board pack's "change vs the previous period"). The same items and the same clear-change rule
// as the trends (intervals.h, clearChange): a difference is a change only when clear at 95%.

#include "review/findings.h"
#include "review/review_filter.h"

#include <QTimeZone>
#include <cstdint>
#include <optional>
#include <vector>

namespace its::review {

struct PeriodComparison
{
    std::int64_t previousFromMs = 0;
    std::int64_t previousToMs = 0; // exclusive: the period's own fromMs
    int previousWalks = 0;
    // estimate: the period's figure; change and delta: against the period before.
    TrendFigure nps, csat, cesMean, ces5to7, wouldStay, firstContactResolution;
};

// The filter's period against the one just before it, every other filter dimension the same,
// newest revisions once. nullopt when the filter has no from or no to.
std::optional<PeriodComparison> compareWithPrevious(const std::vector<ReceivedWalk> &walks,
                                                    const ReviewFilter &filter,
                                                    const QTimeZone &zone);

// The filter of the period just before: whole calendar months in `zone` (a month, a quarter)
// give the months before (Q2 -> Q1); any other [from, to) gives [2 from - to, from). nullopt
// without a complete period.
std::optional<ReviewFilter> previousPeriod(const ReviewFilter &filter, const QTimeZone &zone);

} // namespace its::review
