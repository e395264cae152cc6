#include "formats/summary_json.h"

#include "formats/common_json.h"
#include "formats/json_reader.h"

#include <algorithm>
#include <limits>

namespace its {

using json_read::childPath;
using json_read::ObjectReader;
using nlohmann::json;

namespace {

constexpr std::int64_t kMaxCount = 100'000;
constexpr std::int64_t kMaxMs = std::numeric_limits<std::int64_t>::max();

// Reads an array of objects, calling `read` with an ObjectReader positioned on each item.
template <typename Read> void forEachObject(ObjectReader &in, std::string_view key, Read read)
{
    const json &items = in.array(key);
    for (std::size_t i = 0; i < items.size(); ++i) {
        ObjectReader item(items[i], childPath(in.pathOf(key), i));
        read(item);
        item.finish();
    }
}

std::vector<std::string> readIds(ObjectReader &in, std::string_view key)
{
    std::vector<std::string> ids;
    const json &items = in.array(key);
    for (std::size_t i = 0; i < items.size(); ++i)
        ids.push_back(json_read::readString(items[i], childPath(in.pathOf(key), i)));
    return ids;
}

json contactToJson(const ContactSummary &contact)
{
    json phases = json::array();
    for (const auto &phase : contact.phases)
        phases.push_back({{"phase", phase.phase}, {"ms", phase.ms}});
    json breaches = json::array();
    for (const auto &breach : contact.slaBreaches)
        breaches.push_back({{"phase", breach.phase},
                            {"targetMs", breach.targetMs},
                            {"actualMs", breach.actualMs}});
    json handoffs = json::array();
    for (const auto &handoff : contact.handoffs)
        handoffs.push_back(
            {{"fromDepartment", handoff.fromDepartment}, {"toDepartment", handoff.toDepartment}});
    json texts = json::array();
    for (const auto &text : contact.criterionTexts)
        texts.push_back({{"criterionId", text.criterionId}, {"text", text.text}});
    return {{"contactId", contact.contactId},
            {"touchpointId", contact.touchpointId},
            {"touchpointName", contact.touchpointName},
            {"channel", std::string(toString(contact.channel))},
            {"department", contact.department},
            {"attempt", contact.attempt},
            {"outcome", std::string(toString(contact.outcome))},
            {"score", contact.score ? json(*contact.score) : json(nullptr)},
            {"passed", contact.passed},
            {"failedMustBe", contact.failedMustBe},
            {"metDelighters", contact.metDelighters},
            {"phases", phases},
            {"totalMs", contact.totalMs},
            {"slaBreaches", breaches},
            {"handoffs", handoffs},
            {"repeatCount", contact.repeatCount},
            {"shareableNote", contact.shareableNote},
            {"criterionTexts", texts}};
}

ContactSummary readContact(ObjectReader &in, int version)
{
    ContactSummary contact;
    contact.contactId = in.nonEmptyString("contactId");
    contact.touchpointId = in.nonEmptyString("touchpointId");
    contact.touchpointName = in.string("touchpointName");
    contact.channel = json_common::readChannel(in, "channel");
    contact.department = in.string("department");
    contact.attempt = static_cast<int>(in.integer("attempt", 1, kMaxCount));
    contact.outcome = json_common::readOutcome(in, "outcome");
    contact.score = in.nullableNumber("score", 0.0, 100.0);
    contact.passed = in.boolean("passed");
    contact.failedMustBe = readIds(in, "failedMustBe");
    contact.metDelighters = readIds(in, "metDelighters");
    forEachObject(in, "phases", [&](ObjectReader &item) {
        contact.phases.push_back({item.nonEmptyString("phase"), item.integer("ms", 0, kMaxMs)});
    });
    contact.totalMs = in.integer("totalMs", 0, kMaxMs);
    forEachObject(in, "slaBreaches", [&](ObjectReader &item) {
        SlaBreach breach;
        breach.phase = item.nonEmptyString("phase");
        breach.targetMs = item.integer("targetMs", 0, kMaxMs);
        breach.actualMs = item.integer("actualMs", 0, kMaxMs);
        contact.slaBreaches.push_back(std::move(breach));
    });
    if (version >= 3) {
        forEachObject(in, "handoffs", [&](ObjectReader &item) {
            contact.handoffs.push_back(
                {item.string("fromDepartment"), item.string("toDepartment")});
        });
    } else {
        // Before version 3 only the receiving department was kept: where it came from is unknown.
        for (std::string &to : readIds(in, "handoffDepartments"))
            contact.handoffs.push_back({std::string(), std::move(to)});
    }
    contact.repeatCount = static_cast<int>(in.integer("repeatCount", 0, kMaxCount));
    contact.shareableNote = in.string("shareableNote");
    if (version >= 3) {
        forEachObject(in, "criterionTexts", [&](ObjectReader &item) {
            contact.criterionTexts.push_back(
                {item.nonEmptyString("criterionId"), item.string("text")});
        });
    }
    return contact;
}

json momentToJson(const MomentSummary &moment)
{
    return {{"kind", std::string(toString(moment.kind))},
            {"touchpointId", moment.touchpointId},
            {"department", moment.department},
            {"theme", moment.theme},
            {"severity", moment.severity},
            {"criterionId", moment.criterionId}};
}

json emotionToJson(const EmotionCurve &curve)
{
    json points = json::array();
    for (const auto &point : curve.points)
        points.push_back({{"contactId", point.contactId}, {"value", point.value}});
    return {{"points", points},
            {"peakIndex", curve.peakIndex},
            {"lowIndex", curve.lowIndex},
            {"endIndex", curve.endIndex}};
}

EmotionCurve readEmotion(ObjectReader in)
{
    EmotionCurve curve;
    forEachObject(in, "points", [&](ObjectReader &item) {
        curve.points.push_back({item.string("contactId"), item.number("value", -2.0, 2.0)});
    });
    // -1 means "no point" (an empty curve); otherwise an index into points.
    const auto last = static_cast<std::int64_t>(curve.points.size()) - 1;
    curve.peakIndex = static_cast<int>(in.integer("peakIndex", -1, last));
    curve.lowIndex = static_cast<int>(in.integer("lowIndex", -1, last));
    curve.endIndex = static_cast<int>(in.integer("endIndex", -1, last));
    in.finish();
    return curve;
}

constexpr std::string_view kBase64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string toBase64(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < 3; ++k)
            v = (v << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k)
            out.push_back(k <= n ? kBase64[(v >> (18 - 6 * k)) & 0x3f] : '=');
    }
    return out;
}

// Strict: padded, no whitespace, no other alphabet.
std::string fromBase64(const std::string &text, const std::string &path)
{
    if (text.size() % 4 != 0)
        throw FormatError(path, "not base64: its length is not a multiple of 4");
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        std::uint32_t v = 0;
        int pad = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            const bool last = i + 4 == text.size();
            if (c == '=' && last && k >= 2 && (k == 3 || text[i + 3] == '=')) {
                ++pad;
                v <<= 6;
                continue;
            }
            const std::size_t at = kBase64.find(c);
            if (at == std::string_view::npos || pad > 0)
                throw FormatError(path, "not base64: unexpected character");
            v = (v << 6) | static_cast<std::uint32_t>(at);
        }
        for (int k = 0; k < 3 - pad; ++k)
            out.push_back(static_cast<char>((v >> (16 - 8 * k)) & 0xff));
    }
    return out;
}

json photosToJson(const std::vector<SummaryPhoto> &photos)
{
    json out = json::array();
    for (const auto &photo : photos) {
        json item = {{"id", photo.id},
                     {"contactId", photo.contactId},
                     {"caption", photo.caption},
                     {"mime", photo.mime}};
        if (!photo.bytes.empty())
            item["data"] = toBase64(photo.bytes);
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<SummaryPhoto> readPhotos(ObjectReader &in, const WalkSummary &summary)
{
    std::vector<SummaryPhoto> photos;
    forEachObject(in, "photos", [&](ObjectReader &item) {
        SummaryPhoto photo;
        photo.id = item.nonEmptyString("id");
        photo.contactId = item.string("contactId");
        if (!photo.contactId.empty() &&
            std::none_of(summary.contacts.begin(), summary.contacts.end(),
                         [&](const ContactSummary &c) { return c.contactId == photo.contactId; }))
            throw FormatError(item.pathOf("contactId"), "names no contact of this summary");
        photo.caption = item.string("caption");
        photo.mime = item.nonEmptyString("mime");
        if (photo.mime != "image/jpeg")
            throw FormatError(item.pathOf("mime"), "a shared photo is a JPEG (image/jpeg)");
        if (item.has("data")) {
            photo.bytes = fromBase64(item.nonEmptyString("data"), item.pathOf("data"));
            if (photo.bytes.size() > kMaxSummaryPhotoBytes)
                throw FormatError(item.pathOf("data"), "a shared photo is at most " +
                                                           std::to_string(kMaxSummaryPhotoBytes) +
                                                           " bytes");
            if (photo.bytes.rfind("\xFF\xD8\xFF", 0) != 0)
                throw FormatError(item.pathOf("data"), "is not a JPEG");
        }
        photos.push_back(std::move(photo));
    });
    if (photos.size() > kMaxSummaryPhotos)
        throw FormatError(in.pathOf("photos"), "a summary carries at most " +
                                                   std::to_string(kMaxSummaryPhotos) + " photos");
    return photos;
}

} // namespace

json summaryToJson(const WalkSummary &summary)
{
    json contacts = json::array();
    for (const auto &contact : summary.contacts)
        contacts.push_back(contactToJson(contact));
    json moments = json::array();
    for (const auto &moment : summary.moments)
        moments.push_back(momentToJson(moment));
    return {{"format", kSummaryFormat},
            {"version", kSummaryFormatVersion},
            {"walkId", summary.walkId},
            {"revision", summary.revision},
            {"journeyId", summary.journeyId},
            {"journeyName", summary.journeyName},
            {"sector", summary.sector},
            {"language", summary.language},
            {"persona", summary.persona},
            {"startedWallMs", summary.startedWallMs},
            {"finishedWallMs", summary.finishedWallMs},
            {"contacts", contacts},
            {"moments", moments},
            {"emotion", emotionToJson(summary.emotion)},
            {"totalCustomerMs", summary.totalCustomerMs},
            {"totalEffort", summary.totalEffort},
            {"contactsNeeded", summary.contactsNeeded},
            {"touchpointsVisited", summary.touchpointsVisited},
            {"firstContactResolution", summary.firstContactResolution},
            {"answers", json_common::answersToJson(summary.answers)},
            {"photos", photosToJson(summary.photos)}};
}

WalkSummary summaryFromJson(const json &document)
{
    const int version = json_read::checkHeader(document, "", kSummaryFormat,
                                               kSummaryFormatOldestVersion, kSummaryFormatVersion);
    ObjectReader in(document, "");
    in.ignore("format");
    in.ignore("version");

    WalkSummary summary;
    summary.walkId = in.nonEmptyString("walkId");
    summary.revision = static_cast<int>(in.integer("revision", 1, 1'000'000));
    summary.journeyId = in.nonEmptyString("journeyId");
    summary.journeyName = in.string("journeyName");
    summary.sector = in.string("sector");
    summary.language = in.string("language");
    summary.persona = in.string("persona");
    summary.startedWallMs = in.integer("startedWallMs", 0, json_common::kMaxWallMs);
    summary.finishedWallMs = in.integer("finishedWallMs", 0, json_common::kMaxWallMs);
    forEachObject(in, "contacts", [&](ObjectReader &item) {
        summary.contacts.push_back(readContact(item, version));
    });
    forEachObject(in, "moments", [&](ObjectReader &item) {
        MomentSummary moment;
        moment.kind = json_common::readMomentKind(item, "kind");
        moment.touchpointId = item.string("touchpointId");
        moment.department = item.string("department");
        moment.theme = item.string("theme");
        moment.severity = static_cast<int>(item.integer("severity", 0, json_common::kMaxSeverity));
        json_common::checkMomentSeverity(moment.kind, moment.severity, item.pathOf("severity"));
        moment.criterionId = item.string("criterionId");
        summary.moments.push_back(std::move(moment));
    });
    summary.emotion = readEmotion(in.object("emotion"));
    summary.totalCustomerMs = in.integer("totalCustomerMs", 0, kMaxMs);
    summary.totalEffort = static_cast<int>(in.integer("totalEffort", 0, kMaxCount));
    summary.contactsNeeded = static_cast<int>(in.integer("contactsNeeded", 0, kMaxCount));
    summary.touchpointsVisited = static_cast<int>(in.integer("touchpointsVisited", 0, kMaxCount));
    summary.firstContactResolution = in.boolean("firstContactResolution");
    summary.answers = json_common::readAnswers(
        in.object("answers"), version >= 2 ? json_common::AnswerFields::WithCsat
                                           : json_common::AnswerFields::WithoutCsat);
    if (version >= 4)
        summary.photos = readPhotos(in, summary);
    in.finish();
    return summary;
}

WalkSummary parseSummary(std::string_view text)
{
    return summaryFromJson(json_read::parseText(text));
}

json withoutPhotoData(json summary)
{
    if (summary.is_object() && summary.contains("photos") && summary["photos"].is_array())
        for (json &photo : summary["photos"])
            if (photo.is_object())
                photo.erase("data");
    return summary;
}

} // namespace its
