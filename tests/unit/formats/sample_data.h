#pragma once
// Hand-built journeys, walks and summaries for the format tests. The walk carries private
// marker strings so tests can prove they never reach a summary.

#include "domain/walk.h"
#include "scoring/summary.h"

namespace its::test {

inline constexpr const char *kPrivateNote = "PRIVATE-NOTE-7f3a the agent sighed";
inline constexpr const char *kStaffName = "STAFF-NAME-Giulia-Bianchi";
inline constexpr const char *kShareableNote = "Asked for my contract number three times";

inline JourneyTemplate sampleJourney()
{
    JourneyTemplate journey;
    journey.id = "sample-cancel";
    journey.revision = 3;
    journey.name = "Cancel / \"test\" ~ journey";
    journey.description = "Leaving matters as much as joining.";
    journey.sector = "telco";
    journey.language = "en";
    journey.persona = {"Marta, 41", "Moving abroad, wants a clean exit"};

    Touchpoint call;
    call.id = "call-care";
    call.name = "Call customer care";
    call.channel = Channel::Phone;
    call.department = "customer_care";
    call.slas = {{"queue", 120}, {"total", 900}};
    call.criteria = {{"identity-once", "Identified once", 2.0, CriterionKind::MustBe},
                     {"clear-date", "Clear end date", 1.5, CriterionKind::MustBe},
                     {"no-pressure", "No retention pressure", 1.0, CriterionKind::Delighter}};

    Touchpoint invoice;
    invoice.id = "final-invoice";
    invoice.name = "Final invoice";
    invoice.channel = Channel::Letter;
    invoice.department = "billing";
    invoice.phases = {"awaiting_letter", "reading", "disputing"};
    invoice.slas = {{"awaiting_letter", 30 * 24 * 3600}};
    invoice.criteria = {{"correct", "Amount is correct", 3.0, CriterionKind::MustBe},
                        {"explained", "Every line explained", 0.5, CriterionKind::Delighter}};

    journey.stages = {{"contact", "Contact", {call}}, {"after", "After leaving", {invoice}}};
    return journey;
}

inline TimePoint at(std::int64_t wallMs, std::int64_t monoMs)
{
    return {1'700'000'000'000 + wallMs, 5000 + monoMs, "boot:sample"};
}

inline Walk sampleWalk()
{
    Walk walk;
    walk.id = "walk-0001";
    walk.revision = 2;
    walk.journey = sampleJourney();
    walk.persona = "Marta, 41";
    walk.startedAt = at(0, 0);
    walk.finishedAt = at(600'000, 600'000);
    walk.status = WalkStatus::Finished;

    Contact call;
    call.id = "c1";
    call.touchpointId = "call-care";
    call.events = {{1, "ringing", at(0, 0)},
                   {2, "ivr", at(20'000, 20'000)},
                   {3, "queue", at(80'000, 80'000)},
                   {4, "talking", at(380'000, 380'000)},
                   {5, "end", at(560'000, 560'000)}};
    call.outcome = Outcome::Partial;
    call.handoffs = {{"customer_care", "billing", at(400'000, 400'000)}};
    call.repeatCount = 2;
    call.observation.scores = {{"identity-once", 1}, {"clear-date", 4}, {"no-pressure", {}}};
    call.observation.note = kShareableNote;
    call.observation.noteShareable = true;
    call.observation.privateStaffNote = kStaffName;
    call.observation.moment = {MomentKind::PainPoint, "silos", 3, "sales"}; // not the owner

    Contact letter;
    letter.id = "c2";
    letter.touchpointId = "final-invoice";
    letter.attempt = 2;
    letter.events = {{6, "awaiting_letter", {1'700'100'000'000, 10, "boot:other"}}};
    letter.outcome = Outcome::Open;
    letter.observation.scores = {{"correct", 5}, {"explained", 5}};
    letter.observation.note = kPrivateNote; // not shareable: stays on the device
    letter.observation.privateStaffNote = kStaffName;
    letter.observation.moment = {MomentKind::Memorable, "billing", 1, {}};

    walk.contacts = {call, letter};
    walk.answers.recommend = 3;
    walk.answers.effort = 6;
    walk.answers.wouldStay = false;
    walk.answers.csat = 2;
    return walk;
}

inline WalkSummary sampleSummary()
{
    WalkSummary summary;
    summary.walkId = "walk-0001";
    summary.revision = 2;
    summary.journeyId = "sample-cancel";
    summary.journeyName = "Cancel";
    summary.sector = "telco";
    summary.language = "en";
    summary.persona = "Marta, 41";
    summary.startedWallMs = 1'700'000'000'000;
    summary.finishedWallMs = 1'700'000'600'000;

    ContactSummary call;
    call.contactId = "c1";
    call.touchpointId = "call-care";
    call.touchpointName = "Call customer care";
    call.department = "customer_care";
    call.outcome = Outcome::Partial;
    call.score = 41.666666666666664;
    call.passed = false;
    call.failedMustBe = {"identity-once"};
    call.phases = {{"ringing", 20'000}, {"ivr", 60'000}, {"queue", 300'000}, {"talking", 180'000}};
    call.totalMs = 560'000;
    call.slaBreaches = {{"queue", 120'000, 300'000}};
    call.handoffs = {{"customer_care", "billing"}};
    call.repeatCount = 2;
    call.shareableNote = kShareableNote;
    call.criterionTexts = {{"identity-once", "Identified once"}};

    ContactSummary letter;
    letter.contactId = "c2";
    letter.touchpointId = "final-invoice";
    letter.channel = Channel::Letter;
    letter.department = "billing";
    letter.attempt = 2;
    letter.score = std::nullopt;
    letter.metDelighters = {"explained"};
    letter.criterionTexts = {{"explained", "Every line explained"}};

    summary.contacts = {call, letter};
    summary.moments = {
        {MomentKind::PainPoint, "call-care", "customer_care", "silos", 3, ""},
        {MomentKind::Memorable, "final-invoice", "billing", "billing", 1, "explained"}};
    summary.emotion.points = {{"c1", -1.5}, {"c2", 2.0}};
    summary.emotion.peakIndex = 1;
    summary.emotion.lowIndex = 0;
    summary.emotion.endIndex = 1;
    summary.totalCustomerMs = 560'000;
    summary.totalEffort = 5;
    summary.contactsNeeded = 2;
    summary.touchpointsVisited = 2;
    summary.firstContactResolution = false;
    summary.answers.recommend = 3;
    summary.answers.effort = 6;
    summary.answers.cesScaleVersion = "ces2-7pt";
    summary.answers.wouldStay = std::nullopt;
    summary.answers.csat = 4;
    // One shared photo of the call: a tiny JPEG-looking blob (the format checks the marker).
    summary.photos.push_back(
        SummaryPhoto{"photo-1", "c1", "Shelf by the till", "image/jpeg",
                     std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x02\xFF\xD9", 16)});
    return summary;
}

} // namespace its::test
