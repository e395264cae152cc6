#pragma once
// Full walk export "intheirshoes.walk", version 3: the executive's own backup, with everything
// (private notes included). Never sent anywhere. Schema: docs/schemas/walk.schema.json

#include "domain/walk.h"
#include "formats/format_error.h"

#include <nlohmann/json_fwd.hpp>
#include <string_view>

namespace its {

inline constexpr std::string_view kWalkFormat = "intheirshoes.walk";
// Version 2 added answers.csat; version 1 files (no csat) still load, csat unanswered.
// Version 3 added the moment's responsible department; older files load with "" (the owner).
inline constexpr int kWalkFormatVersion = 3;
inline constexpr int kWalkFormatOldestVersion = 1;

nlohmann::json walkToJson(const Walk &walk);
// Throws FormatError with the path of the offending field. Besides types and ranges it checks
// that every contact names a touchpoint of the walk's journey snapshot and every score a
// criterion of that touchpoint.
Walk walkFromJson(const nlohmann::json &json);
Walk parseWalk(std::string_view text);

} // namespace its
