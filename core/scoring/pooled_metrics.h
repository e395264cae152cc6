#pragma once
// The CCO's figures across many leaders' walks: every answer is pooled first, then the metric
// is computed once. Averaging per-leader NPS would weigh a 2-answer group like a 200-answer one.

#include "scoring/metrics.h"
#include "scoring/summary.h"

#include <span>

namespace its {

// NPS over every summary's answers.recommend (summaries without an answer are skipped; n counts
// the answers used).
Figure poolNps(std::span<const WalkSummary> summaries);

// CES over every answers.effort. Answers on different CES scale versions cannot be pooled:
// throws std::invalid_argument naming both versions.
EffortFigures poolCes(std::span<const WalkSummary> summaries);

// Share of walks resolved at first contact from the customer's side (every summary counts).
Figure poolFirstContactResolution(std::span<const WalkSummary> summaries);

// Share of "would you stay?" = yes, over the summaries that answered.
Figure poolWouldStay(std::span<const WalkSummary> summaries);

// CSAT (share of 4-5 on the 1-5 scale) over every answers.csat, pooled: summaries without an
// answer are skipped, n counts the answers used. Never an average of per-walk or per-group CSATs.
Figure poolCsat(std::span<const WalkSummary> summaries);

} // namespace its
