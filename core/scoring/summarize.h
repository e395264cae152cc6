#pragma once
// Pure scoring of one walk. See docs/SCORING.md for the rules and hand-computed examples.

#include "scoring/summary.h"

namespace its {

// Criterion thresholds on the 1-5 scale.
inline constexpr int kMustBeFailsAtOrBelow = 2;  // a must-be scored 1 or 2 fails the touchpoint
inline constexpr int kDelighterMetAtOrAbove = 4; // a delighter scored 4 or 5 is a memorable moment
inline constexpr int kMustBePainSeverity = 3;    // severity of a failed must-be's pain point
inline constexpr int kDelighterMomentSeverity = 2; // severity of a met delighter's moment

struct TouchpointScore
{
    std::optional<double> score; // weighted mean of scored criteria mapped to 0..100
    bool passed = true;
    std::vector<std::string> failedMustBe;
    std::vector<std::string> metDelighters;
    int scoredCriteria = 0;
};

// Score s (1..5) maps to (s-1)/4*100; N/A criteria drop out of the weights; zero total weight
// of scored criteria gives no score (but must-be and delighter rules still apply: a criterion's
// kind matters, not its weight). Throws std::invalid_argument for a score outside 1..5, a score
// for a criterion the touchpoint does not have, a criterion scored twice, or a negative or
// non-finite weight.
TouchpointScore scoreTouchpoint(const Touchpoint &touchpoint, const Observation &observation);

// Pain points raised by failed must-be criteria (theme = criterion id, severity 3) and
// memorable moments raised by met delighters (theme = criterion id, severity 2).
std::vector<MomentSummary> criterionMoments(const Touchpoint &touchpoint,
                                            const TouchpointScore &score);

// Customer time per phase (merged by phase id, in first-seen order) from a contact's event log.
// An open contact's last phase runs until `now`.
std::vector<PhaseTime> phaseTimes(const Contact &contact, const TimePoint &now);

std::vector<SlaBreach> slaBreaches(const Touchpoint &touchpoint,
                                   const std::vector<PhaseTime> &phases);

// One contact's feeling, -2..+2: (score-50)/25 (0 without a score), -1 for a failed must-be,
// -1 for a pain point the executive raised, +1 for a met delighter or a memorable moment the
// executive raised (once, even if both), then kept within -2..+2.
double emotionValue(const TouchpointScore &score, const Moment &userMoment);

// One point per contact in walk order. Peak = highest value, low = lowest, end = last; ties go
// to the first occurrence. Empty walk: every index -1.
EmotionCurve emotionCurve(const Walk &walk);

// contacts + handoffs + repeats over the walk: every one is something the customer had to do.
int totalEffort(const Walk &walk);

// From the customer's side: the walk's first contact was resolved, with no handoff and no
// repeat, and no touchpoint needed a second attempt (attempt > 1, or a second contact at it).
bool firstContactResolution(const Walk &walk);

// This walk's CSAT (top-2-box) from its own 1-5 answer: n is 0 or 1, so it is always flagged as
// a small sample. Across walks the answers are pooled first: poolCsat() in pooled_metrics.h.
Figure walkCsat(const WalkSummary &summary);

// Throws std::invalid_argument for a contact at a touchpoint the journey lacks, a journey answer
// out of its scale, a user moment with severity outside 1..3, or any scoreTouchpoint error.
// `now` closes still-open phases of an unfinished walk.
WalkSummary summarize(const Walk &walk, const TimePoint &now);

} // namespace its
