#pragma once
// Journey template format "intheirshoes.template", version 1. Schema:
// docs/schemas/template.schema.json

#include "domain/journey.h"

#include <nlohmann/json_fwd.hpp>
#include <string_view>

namespace its {

inline constexpr std::string_view kTemplateFormat = "intheirshoes.template";
inline constexpr int kTemplateFormatVersion = 1;

nlohmann::json templateToJson(const JourneyTemplate &journey);
// Throws FormatError naming the JSON path of the first offending field, including an unknown
// "format" or "version".
JourneyTemplate templateFromJson(const nlohmann::json &json);
// Parses text; malformed JSON throws FormatError too.
JourneyTemplate parseTemplate(std::string_view text);

} // namespace its
