#include "formats/common_json.h"

#include <limits>

namespace its::json_common {

using json_read::ObjectReader;
using nlohmann::json;

json timePointToJson(const TimePoint &point)
{
    return {{"wallMs", point.wallMs}, {"monoMs", point.monoMs}, {"anchor", point.anchor}};
}

TimePoint readTimePoint(ObjectReader in)
{
    TimePoint point;
    point.wallMs = in.integer("wallMs", 0, kMaxWallMs);
    point.monoMs = in.integer("monoMs", 0, std::numeric_limits<std::int64_t>::max());
    point.anchor = in.string("anchor");
    in.finish();
    return point;
}

json answersToJson(const JourneyAnswers &answers)
{
    const auto orNull = [](const auto &value) {
        return value ? json(*value) : json(nullptr);
    };
    return {{"recommend", orNull(answers.recommend)},
            {"effort", orNull(answers.effort)},
            {"cesScaleVersion", answers.cesScaleVersion},
            {"wouldStay", orNull(answers.wouldStay)},
            {"csat", orNull(answers.csat)}};
}

JourneyAnswers readAnswers(ObjectReader in, AnswerFields fields)
{
    JourneyAnswers answers;
    if (const auto recommend = in.nullableInteger("recommend", kRecommendMin, kRecommendMax))
        answers.recommend = static_cast<int>(*recommend);
    if (const auto effort = in.nullableInteger("effort", kCesMin, kCesMax))
        answers.effort = static_cast<int>(*effort);
    // The CES scale version travels with every effort answer: scales are not comparable.
    answers.cesScaleVersion = in.nonEmptyString("cesScaleVersion");
    answers.wouldStay = in.nullableBoolean("wouldStay");
    // Older documents have no csat field at all (and finish() rejects one); newer ones always
    // carry it, null when the question was not answered.
    if (fields == AnswerFields::WithCsat) {
        if (const auto csat = in.nullableInteger("csat", kCsatMin, kCsatMax))
            answers.csat = static_cast<int>(*csat);
    }
    in.finish();
    return answers;
}

void checkMomentSeverity(MomentKind kind, int severity, const std::string &path)
{
    if (kind != MomentKind::None && severity < 1)
        throw FormatError(path, "a " + std::string(toString(kind)) +
                                    " needs a severity from 1 (minor) to 3 (severe)");
}

Outcome readOutcome(ObjectReader &in, std::string_view key)
{
    const auto text = in.string(key);
    if (const auto outcome = outcomeFromString(text))
        return *outcome;
    throw FormatError(in.pathOf(key), "unknown outcome \"" + text + "\"");
}

MomentKind readMomentKind(ObjectReader &in, std::string_view key)
{
    const auto text = in.string(key);
    if (const auto kind = momentKindFromString(text))
        return *kind;
    throw FormatError(in.pathOf(key), "unknown moment kind \"" + text + "\"");
}

Channel readChannel(ObjectReader &in, std::string_view key)
{
    const auto text = in.string(key);
    if (const auto channel = channelFromString(text))
        return *channel;
    throw FormatError(in.pathOf(key), "unknown channel \"" + text + "\"");
}

} // namespace its::json_common
