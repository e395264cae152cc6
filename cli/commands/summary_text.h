#pragma once
// A received summary in plain text, as the CCO reads it (review show): what happened at each
// touchpoint, the times against their targets, handoffs, moments and the customer's answers.
// Only what the summary holds: no private note, no staff name (it has none).

#include "review/received_summaries.h"
#include "scoring/summary.h"

#include <iosfwd>

namespace its::cli {

void printSummary(std::ostream &out, const WalkSummary &summary,
                  const sync::ReceivedSummary &received);

} // namespace its::cli
