#pragma once
// JSON pieces shared by the walk and summary formats: time points, journey answers and the
// walk enums. Internal to the formats layer.

#include "domain/walk.h"
#include "formats/json_reader.h"

#include <nlohmann/json.hpp>

namespace its::json_common {

nlohmann::json timePointToJson(const TimePoint &point);
TimePoint readTimePoint(json_read::ObjectReader in);

// Writes every answer, csat included (null when not answered).
nlohmann::json answersToJson(const JourneyAnswers &answers);
// Walk and summary version 1 predate the CSAT question: their answers have no "csat" field.
enum class AnswerFields
{
    WithoutCsat, // version 1
    WithCsat,    // version 2 on
};
JourneyAnswers readAnswers(json_read::ObjectReader in, AnswerFields fields);

Outcome readOutcome(json_read::ObjectReader &in, std::string_view key);
MomentKind readMomentKind(json_read::ObjectReader &in, std::string_view key);
Channel readChannel(json_read::ObjectReader &in, std::string_view key);

// A moment's severity: 0 (none) .. 3 (severe).
inline constexpr int kMaxSeverity = 3;
// A pain point or memorable moment needs a severity of 1..3 (scoring rejects 0).
void checkMomentSeverity(MomentKind kind, int severity, const std::string &path);

// Latest wall-clock time we accept (year 9999), so a typo cannot become a huge duration.
inline constexpr std::int64_t kMaxWallMs = 253'402'300'799'999;

} // namespace its::json_common
