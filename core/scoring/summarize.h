#pragma once
// Pure scoring of one walk. See docs/SCORING.md for the rules and hand-computed examples.

#include "scoring/summary.h"

namespace its {

// Criterion thresholds on the 1-5 scale.
inline constexpr int kMustBeFailsAtOrBelow = 2;  // a must-be scored 1 or 2 fails the touchpoint
inline constexpr int kDelighterMetAtOrAbove = 4; // a delighter scored 4 or 5 is a memorable moment

struct TouchpointScore
{
    std::optional<double> score; // weighted mean of scored criteria mapped to 0..100
    bool passed = true;
    std::vector<std::string> failedMustBe;
    std::vector<std::string> metDelighters;
    int scoredCriteria = 0;
};

TouchpointScore scoreTouchpoint(const Touchpoint &touchpoint, const Observation &observation);

// Customer time per phase (merged by phase id, in first-seen order) from a contact's event log.
// An open contact's last phase runs until `now`.
std::vector<PhaseTime> phaseTimes(const Contact &contact, const TimePoint &now);

std::vector<SlaBreach> slaBreaches(const Touchpoint &touchpoint,
                                   const std::vector<PhaseTime> &phases);

EmotionCurve emotionCurve(const Walk &walk);

// `now` closes still-open phases of an unfinished walk.
WalkSummary summarize(const Walk &walk, const TimePoint &now);

} // namespace its
