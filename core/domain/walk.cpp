#include "walk.h"

#include <array>
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

} // namespace its
