#pragma once
// Survey metrics with their exact definitions. Pure functions, no I/O.
// An answer outside its scale throws std::invalid_argument naming the value: a 6 on a 1-5
// scale is a bug upstream, and clamping it would quietly change the result.
// Pooling across walks (the CCO's view): scoring/pooled_metrics.h.

#include "domain/walk.h"
#include "scoring/figure.h"

#include <span>
#include <string_view>

namespace its {

// NPS = %(9-10) - %(0-6) on the pooled answers, in percentage points (-100..100).
// Pass every answer at once: NPS of groups is never averaged.
Figure netPromoterScore(std::span<const int> answers0to10);

// CSAT = share (0..100) of answers that are 4 or 5 on a 1-5 scale (top-2-box).
Figure customerSatisfaction(std::span<const int> answers1to5);

// CES on a 1-7 scale: mean, and the share (0..100) answering 5-7.
struct EffortFigures
{
    Figure mean;
    Figure share5to7;
};
EffortFigures customerEffort(std::span<const int> answers1to7);

// First-contact resolution from the customer's side: share (0..100) of walks whose need was
// resolved on the first contact, with no handoff and no repeat
// (WalkSummary::firstContactResolution).
Figure firstContactResolutionRate(std::span<const bool> perWalk);

// Share (0..100) of `yes` answers, e.g. "would you stay?".
Figure shareOfYes(std::span<const bool> answers);

// Scale bounds (kRecommendMin .. kCesMax) live with the answers in domain/walk.h.

// Throws std::invalid_argument("<what> answer out of range <lo>-<hi>: <value>").
void requireInScale(std::string_view what, int value, int lo, int hi);

} // namespace its
