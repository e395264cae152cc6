#pragma once
// Findings as JSON, "intheirshoes.findings" version 2 (2 added "photos",
// review/filtered_photos.h, which the CLI fills in): what `intheirshoes-cli review report
// --format json` writes for scripts and other tools. Schema: docs/schemas/findings.schema.json.
// Write-only: nothing reads findings back; a new field or meaning is a new version.

#include "review/findings.h"
#include "review/review_filter.h"

#include <nlohmann/json_fwd.hpp>
#include <string_view>

namespace its::review {

inline constexpr std::string_view kFindingsFormat = "intheirshoes.findings";
inline constexpr int kFindingsFormatVersion = 2;

// `generatedWallMs` and `filter` say what the findings are of. With noWalksMatch the document
// says "no-walks-match" and carries no section at all.
nlohmann::json findingsToJson(const Findings &findings, const ReviewFilter &filter,
                              std::int64_t generatedWallMs);

std::string_view toString(Change change);

} // namespace its::review
