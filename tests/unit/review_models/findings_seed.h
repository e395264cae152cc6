#pragma once
// Received summaries for the dashboard's tests (unit and QtQuickTest), stored straight into a
// real review vault as a pull stores them: three leaders on the roster (one idle, one revoked),
// walks of the starter journey telco-switch-provider in Q2 and Q3 2026 (all detractors in Q2,
// all promoters in Q3, so the NPS change is clear), with failed must-be criteria, SLA breaches,
// handoffs, pain points, memorable moments and shareable notes.

#include "formats/summary_json.h"
#include "formats/template_library.h"
#include "review/roster.h"
#include "sync/sync_schema.h"
#include "vault/database.h"
#include "vault/template_store.h"

#include <QDateTime>
#include <QTimeZone>
#include <nlohmann/json.hpp>
#include <string>

namespace review::testing {

inline constexpr const char *kSeedJourney = "telco-switch-provider";

inline void addLeader(its::Database &db, const std::string &deviceId, const std::string &label,
                      bool revoked = false)
{
    its::sync::migrateSyncSchema(db);
    db.prepare("INSERT INTO sync_roster (device_id, label, sign_public, enrolled_at_ms,"
               " revoked_at_ms) VALUES (?, ?, ?, ?, ?)")
        .bindText(1, deviceId)
        .bindText(2, label)
        .bindText(3, "key-" + deviceId)
        .bindInt64(4, 1)
        .bindOptInt64(5, revoked ? std::optional<std::int64_t>(2) : std::nullopt)
        .run();
}

// As the pull stores an accepted summary (only the newest revision is kept).
inline void storeReceived(its::Database &db, const its::WalkSummary &summary,
                          const std::string &deviceId)
{
    its::sync::migrateSyncSchema(db);
    db.prepare("INSERT OR REPLACE INTO sync_summaries (walk_id, device_id, revision, journey_id,"
               " journey_name, finished_at_ms, summary_json, envelope_path, received_at_ms)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindText(1, summary.walkId)
        .bindText(2, deviceId)
        .bindInt64(3, summary.revision)
        .bindText(4, summary.journeyId)
        .bindText(5, summary.journeyName)
        .bindInt64(6, summary.finishedWallMs)
        .bindText(7, its::summaryToJson(summary).dump())
        .bindText(8, "summaries/" + summary.walkId)
        .bindInt64(9, summary.finishedWallMs + 1000)
        .run();
}

inline std::int64_t seedDay(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

inline its::ContactSummary seedContact(const std::string &id, const std::string &touchpoint,
                                       const std::string &name, its::Channel channel,
                                       const std::string &department, bool passed)
{
    its::ContactSummary c;
    c.contactId = id;
    c.touchpointId = touchpoint;
    c.touchpointName = name;
    c.channel = channel;
    c.department = department;
    c.score = passed ? 85.0 : 40.0;
    c.passed = passed;
    c.totalMs = 600'000;
    c.phases = {{"total", 600'000}};
    return c;
}

// Walk `i` of a quarter: Q3 walks are promoters (10), Q2 walks detractors (2).
inline its::WalkSummary seedWalk(int i, bool q3, std::int64_t finishedMs)
{
    using its::Channel;
    its::WalkSummary s;
    s.walkId = std::string(q3 ? "walk-q3-" : "walk-q2-") + std::to_string(i);
    s.journeyId = kSeedJourney;
    s.journeyName = "Switching to us from another provider";
    s.sector = "telecoms";
    s.language = "en";
    s.persona = "new customer";
    s.startedWallMs = finishedMs - 7'200'000;
    s.finishedWallMs = finishedMs;
    s.answers.recommend = q3 ? 10 : 2;
    s.answers.effort = q3 ? 6 : 3;
    s.answers.csat = q3 ? 5 : 2;
    s.answers.wouldStay = q3 || i % 2 == 0;

    its::ContactSummary offer = seedContact("c1", "offer-page", "Offers page on the website",
                                            Channel::Web, "marketing", i % 3 != 0);
    if (!offer.passed) {
        offer.failedMustBe = {"exit-costs-visible"};
        offer.criterionTexts = {{"exit-costs-visible", "Exit costs are visible"}};
    }
    its::ContactSummary call = seedContact("c2", "sales-call", "Call to the sales line",
                                           Channel::Phone, "sales", i % 2 == 1);
    call.phases = {{"queue", 400'000}, {"talking", 500'000}, {"total", 900'000}};
    call.totalMs = 900'000;
    if (!call.passed) {
        call.failedMustBe = {"migration-code-once", "recap-before-yes"};
        call.criterionTexts = {{"migration-code-once", "Asked for the migration code once"},
                               {"recap-before-yes", "Recap before the yes"}};
        call.slaBreaches = {{"queue", 180'000, 400'000}};
        call.handoffs = {{"sales", "billing"}};
        call.repeatCount = 1;
        call.shareableNote = "I gave my migration code twice";
    } else {
        call.metDelighters = {"appointment-offered"};
        call.criterionTexts = {{"appointment-offered", "An appointment was offered"}};
    }
    its::ContactSummary chat = seedContact("c3", "router-chat", "Chat: the router light is red",
                                           Channel::Chat, "customer_care", i % 4 != 1);
    if (!chat.passed) {
        chat.failedMustBe = {"human-on-request"};
        chat.criterionTexts = {{"human-on-request", "A person on request"}};
        chat.handoffs = {{"customer_care", "network_provisioning"}};
        chat.repeatCount = 2;
    }
    s.contacts = {offer, call, chat};
    s.contactsNeeded = 3;
    s.touchpointsVisited = 3;
    s.totalCustomerMs = 2'100'000;
    s.totalEffort = 3;
    s.firstContactResolution = call.passed && chat.passed;
    if (!call.passed)
        s.moments.push_back({its::MomentKind::PainPoint, "sales-call", "sales", "repeating", 3,
                             "migration-code-once"});
    if (!chat.passed)
        s.moments.push_back(
            {its::MomentKind::PainPoint, "router-chat", "customer_care", "waiting", 2, ""});
    if (!offer.passed)
        s.moments.push_back({its::MomentKind::PainPoint, "offer-page", "marketing", "clarity", 2,
                             "exit-costs-visible"});
    s.moments.push_back(
        {its::MomentKind::Memorable, "router-chat", "customer_care", "empathy", 2, ""});
    s.emotion.points = {
        {"c1", 0.5}, {"c2", call.passed ? 1.0 : -1.0}, {"c3", chat.passed ? 1.0 : -0.5}};
    s.emotion.peakIndex = 0;
    s.emotion.lowIndex = 1;
    s.emotion.endIndex = 2;
    return s;
}

// 6 walks in Q2 2026 and 8 in Q3 2026 by two leaders; a third leader never walked and a
// revoked one is not expected to. The starter journey goes into the vault's library.
inline void seedFindings(its::Database &db)
{
    its::TemplateStore(db).save(
        its::loadTemplateFile(std::string(ITS_SOURCE_DIR) +
                              "/assets/templates/telco-switch-provider.en.json"),
        1);
    addLeader(db, "device-cfo", "CFO phone");
    addLeader(db, "device-coo", "COO tablet");
    addLeader(db, "device-cmo", "CMO laptop");
    addLeader(db, "device-old", "Old phone", true);
    for (int i = 0; i < 6; ++i)
        storeReceived(db, seedWalk(i, false, seedDay(2026, 4 + i % 3, 10 + i)),
                      i % 2 ? "device-coo" : "device-cfo");
    for (int i = 0; i < 8; ++i)
        storeReceived(db, seedWalk(i, true, seedDay(2026, 7 + i % 3, 10 + i)),
                      i % 2 ? "device-coo" : "device-cfo");
}

} // namespace review::testing
