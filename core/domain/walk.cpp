#include "walk.h"

#include <array>
#include <string>
#include <utility>

namespace its {
namespace {
constexpr std::array<std::pair<Outcome, std::string_view>, 5> kOutcomes{{
    {Outcome::Open, "open"},
    {Outcome::Resolved, "resolved"},
    {Outcome::Partial, "partial"},
    {Outcome::Unresolved, "unresolved"},
    {Outcome::Abandoned, "abandoned"},
}};
constexpr std::array<std::pair<MomentKind, std::string_view>, 3> kMoments{{
    {MomentKind::None, "none"},
    {MomentKind::PainPoint, "pain_point"},
    {MomentKind::Memorable, "memorable"},
}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N> &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return name;
    }
    return table.front().second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N> &table,
                            std::string_view text)
{
    for (const auto &[entry, name] : table) {
        if (name == text)
            return entry;
    }
    return std::nullopt;
}
} // namespace

std::vector<PhaseEvent> standingEvents(const std::vector<PhaseEvent> &events)
{
    std::vector<PhaseEvent> standing;
    for (const PhaseEvent &event : events) {
        if (event.phase != kUndoPhase)
            standing.push_back(event);
        else if (!standing.empty())
            standing.pop_back();
    }
    return standing;
}

bool Contact::isClosed() const
{
    const std::vector<PhaseEvent> standing = standingEvents(events);
    return !standing.empty() && standing.back().phase == kEndPhase;
}

std::string_view toString(Outcome outcome)
{
    return nameOf(kOutcomes, outcome);
}
std::optional<Outcome> outcomeFromString(std::string_view text)
{
    return valueOf(kOutcomes, text);
}
std::string_view toString(MomentKind kind)
{
    return nameOf(kMoments, kind);
}
std::optional<MomentKind> momentKindFromString(std::string_view text)
{
    return valueOf(kMoments, text);
}

std::optional<std::string> answersProblem(const JourneyAnswers &answers)
{
    const auto outside = [](const std::optional<int> &value, int lo, int hi) {
        return value && (*value < lo || *value > hi);
    };
    const auto range = [](const char *what, int value, int lo, int hi) {
        return std::string(what) + " must be " + std::to_string(lo) + ".." + std::to_string(hi) +
               ", not " + std::to_string(value);
    };
    if (outside(answers.recommend, kRecommendMin, kRecommendMax))
        return range("likelihood to recommend", *answers.recommend, kRecommendMin, kRecommendMax);
    if (outside(answers.effort, kCesMin, kCesMax))
        return range("effort (CES)", *answers.effort, kCesMin, kCesMax);
    if (outside(answers.csat, kCsatMin, kCsatMax))
        return range("satisfaction (CSAT)", *answers.csat, kCsatMin, kCsatMax);
    if (answers.cesScaleVersion.empty())
        return std::string("the CES scale version is missing");
    return std::nullopt;
}

} // namespace its
