#pragma once
// Builds the data the vault benchmarks write and score: a synthetic journey with N phone
// touchpoints, and a walk through all of them.

#include "domain/journey.h"
#include "domain/walk.h"

#include <string>

namespace its::bench {

inline JourneyTemplate syntheticJourney(int touchpoints)
{
    JourneyTemplate journey;
    journey.id = "bench-journey";
    journey.name = "Benchmark journey";
    journey.sector = "telco";
    journey.language = "en";
    journey.persona = {"Commuter", "Travels daily, little time"};
    Stage stage{"stage-1", "Everything", {}};
    for (int i = 0; i < touchpoints; ++i) {
        Touchpoint tp;
        tp.id = "tp-" + std::to_string(i);
        tp.name = "Touchpoint " + std::to_string(i);
        tp.channel = Channel::Phone;
        tp.department = i % 2 ? "Billing" : "Customer care";
        tp.slas = {{"queue", 120}, {"total", 600}};
        for (int c = 0; c < 5; ++c) {
            tp.criteria.push_back({tp.id + "-c" + std::to_string(c), "Criterion", 1.0 + c,
                                   c < 3 ? CriterionKind::MustBe : CriterionKind::Delighter});
        }
        stage.touchpoints.push_back(std::move(tp));
    }
    journey.stages.push_back(std::move(stage));
    return journey;
}

// A finished walk: one contact per touchpoint, `eventsPerContact` phase events each.
inline Walk syntheticWalk(int touchpoints, int eventsPerContact)
{
    Walk walk;
    walk.id = "bench-walk";
    walk.journey = syntheticJourney(touchpoints);
    walk.persona = "Commuter";
    std::int64_t t = 1'700'000'000'000;
    walk.startedAt = {t, 0, "bench"};
    int n = 0;
    for (const Touchpoint *tp : walk.journey.touchpoints()) {
        Contact contact;
        contact.id = "c-" + std::to_string(n++);
        contact.touchpointId = tp->id;
        const auto &phases = tp->effectivePhases();
        for (int e = 0; e < eventsPerContact; ++e) {
            t += 7'000;
            contact.events.push_back(
                {e + 1, phases[static_cast<std::size_t>(e) % phases.size()], {t, t, "bench"}});
        }
        contact.events.push_back(
            {eventsPerContact + 1, std::string(kEndPhase), {t + 1, t + 1, "bench"}});
        contact.outcome = n % 3 ? Outcome::Resolved : Outcome::Partial;
        contact.repeatCount = n % 2;
        for (const Criterion &criterion : tp->criteria)
            contact.observation.scores.push_back({criterion.id, 1 + (n % 5)});
        walk.contacts.push_back(std::move(contact));
    }
    walk.status = WalkStatus::Finished;
    walk.finishedAt = TimePoint{t + 10, t + 10, "bench"};
    walk.answers.recommend = 7;
    walk.answers.effort = 3;
    return walk;
}

} // namespace its::bench
