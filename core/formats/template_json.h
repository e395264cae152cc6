#pragma once
// Journey template format "intheirshoes.template", version 1. Schema:
// docs/schemas/template.schema.json, overview: docs/FORMATS.md

#include "domain/journey.h"
#include "formats/format_error.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

namespace its {

inline constexpr std::string_view kTemplateFormat = "intheirshoes.template";
inline constexpr int kTemplateFormatVersion = 1;

nlohmann::json templateToJson(const JourneyTemplate &journey);
// Throws FormatError naming the JSON path of the first offending field, including an unknown
// "format" or "version", an unknown channel or criterion kind, a duplicate id, or an SLA on a
// phase the touchpoint does not have.
JourneyTemplate templateFromJson(const nlohmann::json &json);
// The same, for a template nested inside another document (a walk's snapshot): error paths
// start with `basePath`, e.g. "/journey".
JourneyTemplate templateFromJson(const nlohmann::json &json, const std::string &basePath);
// Parses text; malformed JSON throws FormatError too, with the parser's byte position.
JourneyTemplate parseTemplate(std::string_view text);

} // namespace its
