#include "summarize.h"
#include "timing/contact_timer.h"

namespace its {

std::vector<PhaseTime> phaseTimes(const Contact &contact, const TimePoint &now)
{
    std::vector<PhaseTime> times;
    for (const Lap &lap : mergeLaps(contactLaps(contact, now)))
        times.push_back(PhaseTime{lap.phase, lap.ms});
    return times;
}

std::vector<SlaBreach> slaBreaches(const Touchpoint &touchpoint,
                                   const std::vector<PhaseTime> &phases)
{
    std::int64_t totalMs = 0;
    for (const PhaseTime &phase : phases)
        totalMs += phase.ms;

    std::vector<SlaBreach> breaches;
    for (const Sla &sla : touchpoint.slas) {
        if (sla.targetSeconds <= 0)
            continue; // "no target" (see slaTargetMs)
        std::int64_t actualMs = 0;
        if (sla.phase == kTotalSlaPhase) {
            actualMs = totalMs;
        } else {
            for (const PhaseTime &phase : phases) {
                if (phase.phase == sla.phase)
                    actualMs = phase.ms;
            }
        }
        const std::int64_t targetMs = sla.targetSeconds * 1000;
        if (slaState(actualMs, targetMs) == SlaState::Red)
            breaches.push_back(SlaBreach{sla.phase, targetMs, actualMs});
    }
    return breaches;
}

} // namespace its
