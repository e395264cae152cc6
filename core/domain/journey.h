#pragma once
// A journey template: what a customer goes through, stage by stage, and how each
// touchpoint is judged. Templates are data (assets/templates/*.json), not code.

#include "channel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace its {

enum class CriterionKind
{
    MustBe,    // baseline expectation: failing it is a pain point and fails the touchpoint
    Delighter, // meeting it is a memorable moment
};

struct Criterion
{
    std::string id;
    std::string text;
    double weight = 1.0;
    CriterionKind kind = CriterionKind::MustBe;
};

// A target time. `phase` is a phase id of the touchpoint, or "total" for the whole contact.
struct Sla
{
    std::string phase;
    std::int64_t targetSeconds = 0;
};

struct Touchpoint
{
    std::string id;
    std::string name;
    Channel channel = Channel::Phone;
    std::string department; // who owns this touchpoint inside the company
    std::vector<Sla> slas;
    std::vector<Criterion> criteria;
    std::vector<std::string> phases; // empty means defaultPhases(channel)

    const std::vector<std::string> &effectivePhases() const;
};

struct Stage
{
    std::string id;
    std::string name;
    std::vector<Touchpoint> touchpoints;
};

struct Persona
{
    std::string name;
    std::string description;
};

struct JourneyTemplate
{
    std::string id;
    int revision = 1;
    std::string name;
    std::string description;
    std::string sector; // telco, utility, bank, insurance, retail, grocery, transport, airline, web
    std::string language; // BCP-47: "it", "en"
    Persona persona;
    std::vector<Stage> stages;

    const Touchpoint *findTouchpoint(const std::string &touchpointId) const;
    std::vector<const Touchpoint *> touchpoints() const;
};

std::string_view toString(CriterionKind kind);

} // namespace its
