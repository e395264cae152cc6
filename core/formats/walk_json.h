#pragma once
// Full walk export "intheirshoes.walk", version 1: the executive's own backup, with everything
// (private notes included). Never sent anywhere. Schema: docs/schemas/walk.schema.json

#include "domain/walk.h"

#include <nlohmann/json_fwd.hpp>
#include <string_view>

namespace its {

inline constexpr std::string_view kWalkFormat = "intheirshoes.walk";
inline constexpr int kWalkFormatVersion = 1;

nlohmann::json walkToJson(const Walk &walk);
Walk walkFromJson(const nlohmann::json &json); // throws FormatError
Walk parseWalk(std::string_view text);

} // namespace its
