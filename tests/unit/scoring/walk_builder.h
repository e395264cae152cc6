#pragma once
// Small helpers to write hand-computed scoring cases: a journey of touchpoints and contacts
// whose phase logs are recorded on a ManualClock, exactly as the app records them.

#include "domain/walk.h"
#include "timing/time_point.h"

#include <string>
#include <utility>
#include <vector>

namespace its::test {

inline Criterion mustBe(std::string id, double weight = 1.0)
{
    return Criterion{std::move(id), "text", weight, CriterionKind::MustBe};
}

inline Criterion delighter(std::string id, double weight = 1.0)
{
    return Criterion{std::move(id), "text", weight, CriterionKind::Delighter};
}

inline Touchpoint touchpoint(std::string id, Channel channel, std::string department,
                             std::vector<Criterion> criteria = {}, std::vector<Sla> slas = {})
{
    Touchpoint t;
    t.id = std::move(id);
    t.name = t.id + " name";
    t.channel = channel;
    t.department = std::move(department);
    t.criteria = std::move(criteria);
    t.slas = std::move(slas);
    return t;
}

inline Observation scored(std::vector<CriterionScore> scores)
{
    Observation o;
    o.scores = std::move(scores);
    return o;
}

// Appends phase events to a contact as the clock moves: at("queue"), wait(60'000), ...
class ContactRecorder
{
public:
    ContactRecorder(ManualClock &clock, Contact &contact)
        : clock_(clock)
        , contact_(contact)
    {
    }
    ContactRecorder &enter(const std::string &phase)
    {
        contact_.events.push_back(
            PhaseEvent{static_cast<std::int64_t>(contact_.events.size()) + 1, phase, clock_.now()});
        return *this;
    }
    ContactRecorder &wait(std::int64_t ms)
    {
        clock_.advance(ms);
        return *this;
    }
    ContactRecorder &end() { return enter(std::string(kEndPhase)); }

private:
    ManualClock &clock_;
    Contact &contact_;
};

inline Contact contact(std::string id, std::string touchpointId, int attempt = 1)
{
    Contact c;
    c.id = std::move(id);
    c.touchpointId = std::move(touchpointId);
    c.attempt = attempt;
    return c;
}

inline Walk walkOf(std::vector<Touchpoint> touchpoints)
{
    Walk w;
    w.id = "walk-1";
    w.journey.id = "journey-1";
    w.journey.name = "Journey";
    w.journey.sector = "telco";
    w.journey.language = "it";
    w.persona = "Anna, 34";
    Stage stage;
    stage.id = "stage-1";
    stage.touchpoints = std::move(touchpoints);
    w.journey.stages.push_back(std::move(stage));
    return w;
}

// QCOMPARE cannot print the domain enums (their toString returns string_view): compare names.
template <typename Enum> std::string name(Enum value)
{
    return std::string(toString(value));
}

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

} // namespace its::test
