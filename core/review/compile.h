#pragma once
// The CCO's compile: every received summary, the roster and a filter in, Findings out. A pure
// function: no vault, no clock, no Qt Quick. Rules and worked examples: docs/SCORING.md, "The
// review's compile".

#include "review/findings.h"
#include "review/review_filter.h"

#include <QTimeZone>
#include <cstdint>
#include <string>
#include <vector>

namespace its::review {

// A device on the review's roster, named by the label the CCO knows it by.
struct Leader
{
    std::string deviceId;
    std::string label;
    bool active = true; // revoked devices are not expected to walk
};

struct CompileOptions
{
    std::int64_t nowMs = 0;            // "not walked in 90 days" counts back from here
    QTimeZone zone = QTimeZone::utc(); // months and quarters are calendar ones in this zone
    PeriodKind periodKind = PeriodKind::Month;
    // The review's own journeys, if it has them: stage layout, SLA targets, criterion kinds and
    // texts, and the journeys nobody walked. Matched by ids only; may be empty.
    std::vector<JourneyTemplate> library;
};

// `walks` may hold several revisions of a walk: only the newest counts, once.
Findings compile(const std::vector<ReceivedWalk> &walks, const std::vector<Leader> &roster,
                 const ReviewFilter &filter, const CompileOptions &options);

} // namespace its::review
