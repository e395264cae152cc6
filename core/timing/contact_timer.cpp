#include "contact_timer.h"

#include <algorithm>
#include <stdexcept>

namespace its {

std::vector<Lap> contactLaps(const Contact &contact, const TimePoint &now)
{
    std::vector<Lap> laps;
    const std::vector<PhaseEvent> events = standingEvents(contact.events);
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].phase == kEndPhase)
            continue; // the gap after an "end" (until a reopen) is not customer time
        const TimePoint &until = i + 1 < events.size() ? events[i + 1].at : now;
        laps.push_back(Lap{events[i].phase, elapsedMs(events[i].at, until)});
    }
    return laps;
}

std::vector<Lap> mergeLaps(const std::vector<Lap> &laps)
{
    std::vector<Lap> merged;
    for (const Lap &lap : laps) {
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&](const Lap &m) { return m.phase == lap.phase; });
        if (it == merged.end())
            merged.push_back(lap);
        else
            it->ms += lap.ms;
    }
    return merged;
}

SlaState slaState(std::int64_t actualMs, std::int64_t targetMs)
{
    if (targetMs <= 0)
        return SlaState::None;
    if (actualMs > targetMs)
        return SlaState::Red;
    // Integer comparison: actual >= 75% of target, without rounding surprises at the edge.
    if (actualMs * 100 >= targetMs * kAmberPercent)
        return SlaState::Amber;
    return SlaState::Ok;
}

std::optional<std::int64_t> slaTargetMs(const Touchpoint &touchpoint, std::string_view phase)
{
    std::optional<std::int64_t> tightest;
    for (const Sla &sla : touchpoint.slas) {
        if (sla.phase != phase || sla.targetSeconds <= 0)
            continue;
        const std::int64_t ms = sla.targetSeconds * 1000;
        if (!tightest || ms < *tightest)
            tightest = ms;
    }
    return tightest;
}

namespace {
SlaStatus statusFor(const Touchpoint &touchpoint, std::string_view phase, std::int64_t actualMs)
{
    SlaStatus status;
    status.actualMs = actualMs;
    if (const auto target = slaTargetMs(touchpoint, phase)) {
        status.targetMs = *target;
        status.state = slaState(actualMs, *target);
    }
    return status;
}

std::vector<std::string> suggestionsAfter(const std::vector<std::string> &phases,
                                          const std::string &current)
{
    const auto it = std::find(phases.begin(), phases.end(), current);
    if (current.empty() || it == phases.end())
        return phases;
    std::vector<std::string> next(it + 1, phases.end());
    next.insert(next.end(), phases.begin(), it);
    return next;
}
} // namespace

ContactTimerState contactTimerState(const Touchpoint &touchpoint, const Contact &contact,
                                    const TimePoint &now)
{
    if (contact.touchpointId != touchpoint.id)
        throw std::invalid_argument("contact '" + contact.id + "' belongs to touchpoint '" +
                                    contact.touchpointId + "', not '" + touchpoint.id + "'");
    ContactTimerState state;
    const std::vector<PhaseEvent> standing = standingEvents(contact.events);
    state.started = !standing.empty();
    state.closed = state.started && standing.back().phase == kEndPhase;
    state.laps = contactLaps(contact, now);
    for (const Lap &lap : state.laps)
        state.totalMs += lap.ms;

    if (state.started && !state.closed) {
        state.currentPhase = standing.back().phase;
        state.currentLapMs = state.laps.back().ms;
        for (const Lap &lap : state.laps) {
            if (lap.phase == state.currentPhase)
                state.currentPhaseTotalMs += lap.ms;
        }
        state.phaseSla = statusFor(touchpoint, state.currentPhase, state.currentPhaseTotalMs);
    }
    if (state.started) // before the first event there is nothing to judge
        state.totalSla = statusFor(touchpoint, kTotalSlaPhase, state.totalMs);
    state.suggestedPhases = suggestionsAfter(touchpoint.effectivePhases(), state.currentPhase);
    return state;
}

} // namespace its
