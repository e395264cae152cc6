#pragma once
// Walk summary "intheirshoes.summary", version 3: the only thing that leaves the device.
// Scores, timings, pain points, themes and departments; shareable notes only; no staff names.
// Schema: docs/schemas/summary.schema.json

#include "formats/format_error.h"
#include "scoring/summary.h"

#include <nlohmann/json_fwd.hpp>
#include <string_view>

namespace its {

inline constexpr std::string_view kSummaryFormat = "intheirshoes.summary";
// Version 2 added answers.csat; version 1 files (no csat) still load, csat unanswered.
// Version 3 keeps where each handoff came from (handoffs replaces handoffDepartments) and the
// texts of the criteria it names (criterionTexts), so the review shows words without the
// template; older files load with empty origins and no texts.
// Version 4 adds the photos the executive confirmed show no faces and no names (photos, each a
// base64 JPEG within kMaxSummaryPhotoBytes); older files load with none.
inline constexpr int kSummaryFormatVersion = 4;
inline constexpr int kSummaryFormatOldestVersion = 1;

nlohmann::json summaryToJson(const WalkSummary &summary);
// Throws FormatError with the path of the offending field (scores 0..100 or null, emotion
// values -2..2, severities 0..3, indices inside the emotion curve, ...).
WalkSummary summaryFromJson(const nlohmann::json &json);
WalkSummary parseSummary(std::string_view text);
// The same JSON with each photo's "data" left out: what the review stores, keeping the bytes in
// a table of their own so that compiling hundreds of summaries never parses images.
nlohmann::json withoutPhotoData(nlohmann::json summary);

} // namespace its
