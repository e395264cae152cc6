#pragma once
// WalkSummary: what a finished walk means, computed from the Walk by pure functions
// (scoring/summarize.h). It is also exactly what may leave the device (formats/summary_json.h):
// no free-text note unless marked shareable, never frontline staff names.

#include "domain/walk.h"
#include "scoring/figure.h"

#include <cstdint>
#include <string>
#include <vector>

namespace its {

struct PhaseTime
{
    std::string phase;
    std::int64_t ms = 0;
};

struct SlaBreach
{
    std::string phase; // phase id or "total"
    std::int64_t targetMs = 0;
    std::int64_t actualMs = 0;
};

struct MomentSummary
{
    MomentKind kind = MomentKind::None;
    std::string touchpointId;
    std::string department;
    std::string theme;
    int severity = 0;
    std::string criterionId; // set when raised by a criterion (failed must-be / met delighter)
};

// A handoff as the customer lived it: from the department they were with to the next one.
struct HandoffSummary
{
    std::string fromDepartment; // empty in summaries older than format version 3
    std::string toDepartment;
};

// The words of a criterion the summary names by id (a failed must-be or a met delighter), so the
// review can show them without the journey template. Template text, never the walker's.
struct CriterionText
{
    std::string criterionId;
    std::string text;
};

struct ContactSummary
{
    std::string contactId;
    std::string touchpointId;
    std::string touchpointName;
    Channel channel = Channel::Phone;
    std::string department;
    int attempt = 1;
    Outcome outcome = Outcome::Open;
    std::optional<double> score; // weighted 0..100 over scored criteria; nullopt if none scored
    bool passed = true;          // false when any must-be criterion failed
    std::vector<std::string> failedMustBe;
    std::vector<std::string> metDelighters;
    std::vector<PhaseTime> phases; // customer time per phase, in log order, merged by phase id
    std::int64_t totalMs = 0;
    std::vector<SlaBreach> slaBreaches;
    std::vector<HandoffSummary> handoffs; // in order
    int repeatCount = 0;
    std::string shareableNote; // empty unless the note was marked shareable
    // Texts of failedMustBe and metDelighters, in that order (empty before format version 3).
    std::vector<CriterionText> criterionTexts;
};

struct EmotionPoint
{
    std::string contactId;
    double value = 0; // -2 (awful) .. +2 (delightful)
};

struct EmotionCurve
{
    std::vector<EmotionPoint> points; // in contact order
    int peakIndex = -1;
    int lowIndex = -1;
    int endIndex = -1;
};

// A photo the executive confirmed shows no faces and no names (vault/evidence_sharing.h): a
// small JPEG copy that travels sealed with the summary. Voice never does.
struct SummaryPhoto
{
    std::string id;        // the evidence id on the executive's device
    std::string contactId; // "" for a photo of the walk as a whole
    std::string caption;
    std::string mime;  // "image/jpeg"
    std::string bytes; // the JPEG; empty where the review keeps the bytes apart
};

struct WalkSummary
{
    std::string walkId;
    int revision = 1;
    std::string journeyId;
    std::string journeyName;
    std::string sector;
    std::string language;
    std::string persona;
    std::int64_t startedWallMs = 0;
    std::int64_t finishedWallMs = 0;

    std::vector<ContactSummary> contacts;
    std::vector<MomentSummary> moments; // pain points and memorable moments
    EmotionCurve emotion;

    std::int64_t totalCustomerMs = 0; // sum of every contact's customer time
    int totalEffort = 0; // contacts + handoffs + repeats: things the customer had to do
    int contactsNeeded = 0;
    int touchpointsVisited = 0;
    bool firstContactResolution = false; // resolved on the first attempt, no handoff, no repeat
    JourneyAnswers answers;
    std::vector<SummaryPhoto> photos; // at most kMaxSummaryPhotos, each <= kMaxSummaryPhotoBytes
};

inline constexpr std::size_t kMaxSummaryPhotos = 5;
inline constexpr std::size_t kMaxSummaryPhotoBytes = 300 * 1024;

} // namespace its
