#pragma once
// Generates the received summaries the compile benchmark reads: deterministic (a fixed seed and
// raw mt19937 draws, no std distributions, so every platform makes the same walks), 8 journeys,
// 40 leaders, 24 calendar months, 6 departments. Every section of the compile has data: scores,
// failed must-bes and met delighters (with texts), phase times and SLA breaches, handoffs and
// repeats, shareable notes, the executives' own moments, emotion curves, every answer, and a
// few walks received twice (revision 2).

#include "review/compile.h"

#include <QDateTime>
#include <random>

namespace its::bench {

constexpr int kJourneys = 8;
constexpr int kLeaders = 40;
constexpr int kMonths = 24; // 2025-01 .. 2026-12
inline const char *const kDepartments[] = {"care",  "billing", "tech",
                                           "sales", "stores",  "logistics"};
constexpr Channel kChannels[] = {Channel::Phone, Channel::Email, Channel::Web,
                                 Channel::Chat,  Channel::Store, Channel::App};

inline std::int64_t monthStartMs(int month) // 0-based from 2025-01, UTC
{
    return QDateTime(QDate(2025 + month / 12, 1 + month % 12, 1), QTime(0, 0), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

// The review's library: 8 journeys of 3 stages x 2 touchpoints, 3 must-bes and 2 delighters
// each, SLA targets on the first phase and on the whole contact.
inline std::vector<JourneyTemplate> benchLibrary()
{
    std::vector<JourneyTemplate> library;
    for (int j = 0; j < kJourneys; ++j) {
        JourneyTemplate journey;
        journey.id = "journey-" + std::to_string(j);
        journey.name = "Journey " + std::to_string(j);
        journey.sector = j % 2 ? "telco" : "energy";
        journey.language = "en";
        for (int s = 0; s < 3; ++s) {
            Stage stage{journey.id + "-s" + std::to_string(s), "Stage " + std::to_string(s), {}};
            for (int t = 0; t < 2; ++t) {
                const int k = s * 2 + t;
                Touchpoint tp;
                tp.id = journey.id + "-tp" + std::to_string(k);
                tp.name = "Touchpoint " + std::to_string(k);
                tp.channel = kChannels[(j + k) % 6];
                tp.department = kDepartments[(j + k) % 6];
                tp.slas = {{tp.effectivePhases().front(), 120}, {"total", 900}};
                for (int c = 0; c < 5; ++c)
                    tp.criteria.push_back(
                        {tp.id + "-c" + std::to_string(c), "Criterion " + std::to_string(c),
                         1.0 + c % 3, c < 3 ? CriterionKind::MustBe : CriterionKind::Delighter});
                stage.touchpoints.push_back(std::move(tp));
            }
            journey.stages.push_back(std::move(stage));
        }
        library.push_back(std::move(journey));
    }
    return library;
}

inline std::vector<review::Leader> benchRoster()
{
    std::vector<review::Leader> roster;
    for (int d = 0; d < kLeaders; ++d)
        roster.push_back(
            {"device-" + std::to_string(d), "Leader " + std::to_string(d), d % 13 != 0});
    return roster;
}

class WalkGenerator
{
public:
    explicit WalkGenerator(const std::vector<JourneyTemplate> &library)
        : library_(library)
    {
    }

    std::vector<review::ReceivedWalk> generate(int count)
    {
        std::vector<review::ReceivedWalk> walks;
        walks.reserve(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) {
            if (i > 10 && pick(100) == 0) { // a revision of an earlier walk, received later
                review::ReceivedWalk again = walks[pick(static_cast<unsigned>(walks.size()))];
                again.summary.revision += 1;
                again.summary.answers.recommend = static_cast<int>(pick(11));
                walks.push_back(std::move(again));
                continue;
            }
            walks.push_back(walk(i));
        }
        return walks;
    }

private:
    unsigned pick(unsigned n) { return static_cast<unsigned>(rng_() % n); }
    bool chance(unsigned percent) { return pick(100) < percent; }

    review::ReceivedWalk walk(int i)
    {
        const JourneyTemplate &journey = library_[pick(kJourneys)];
        review::ReceivedWalk received;
        received.deviceId = "device-" + std::to_string(pick(kLeaders));
        WalkSummary &s = received.summary;
        s.walkId = "walk-" + std::to_string(i);
        s.journeyId = journey.id;
        s.journeyName = journey.name;
        s.sector = journey.sector;
        s.language = "en";
        s.persona = "Commuter";
        s.finishedWallMs = monthStartMs(static_cast<int>(pick(kMonths))) +
                           static_cast<std::int64_t>(pick(27 * 86'400)) * 1000;
        s.startedWallMs = s.finishedWallMs - 3'600'000;
        const int contacts = 3 + static_cast<int>(pick(4));
        for (int c = 0; c < contacts; ++c) {
            const Stage &stage = journey.stages[std::min<std::size_t>(
                static_cast<std::size_t>(c) * 3 / static_cast<std::size_t>(contacts), 2)];
            addContact(s, stage.touchpoints[pick(2)], c);
        }
        if (chance(10)) // an executive's own pain point, put on a department
            s.moments.push_back({MomentKind::PainPoint, s.contacts.front().touchpointId,
                                 kDepartments[pick(6)], "theme-" + std::to_string(pick(12)),
                                 1 + static_cast<int>(pick(3)), ""});
        s.contactsNeeded = contacts;
        s.touchpointsVisited = contacts;
        s.firstContactResolution = chance(40);
        JourneyAnswers &a = s.answers;
        a.recommend = static_cast<int>(pick(11));
        a.effort = 1 + static_cast<int>(pick(7));
        a.csat = 1 + static_cast<int>(pick(5));
        a.wouldStay = chance(70);
        return received;
    }

    void addContact(WalkSummary &s, const Touchpoint &tp, int index)
    {
        ContactSummary c;
        c.contactId = s.walkId + "-c" + std::to_string(index);
        c.touchpointId = tp.id;
        c.touchpointName = tp.name;
        c.channel = tp.channel;
        c.department = tp.department;
        c.attempt = 1 + static_cast<int>(pick(4) == 0);
        c.outcome = chance(70) ? Outcome::Resolved : Outcome::Partial;
        if (!chance(8)) {
            c.score = 25.0 * pick(5);
            for (const Criterion &criterion : tp.criteria) {
                const bool hit = chance(criterion.kind == CriterionKind::MustBe ? 12 : 25);
                if (!hit)
                    continue;
                auto &list =
                    criterion.kind == CriterionKind::MustBe ? c.failedMustBe : c.metDelighters;
                list.push_back(criterion.id);
                c.criterionTexts.push_back({criterion.id, criterion.text});
            }
            c.passed = c.failedMustBe.empty();
        }
        for (const std::string &phase : tp.effectivePhases()) {
            const std::int64_t ms = 1000 * (5 + static_cast<std::int64_t>(pick(240)));
            c.phases.push_back({phase, ms});
            c.totalMs += ms;
        }
        const std::int64_t first = c.phases.front().ms;
        if (first > 120'000)
            c.slaBreaches.push_back({c.phases.front().phase, 120'000, first});
        if (c.totalMs > 900'000)
            c.slaBreaches.push_back({"total", 900'000, c.totalMs});
        if (chance(20))
            c.handoffs.push_back({c.department, kDepartments[pick(6)]});
        c.repeatCount = chance(15) ? 1 + static_cast<int>(pick(3)) : 0;
        if (chance(5))
            c.shareableNote = "They asked for my number three times";
        for (const std::string &id : c.failedMustBe)
            s.moments.push_back({MomentKind::PainPoint, c.touchpointId, c.department, id, 3, id});
        for (const std::string &id : c.metDelighters)
            s.moments.push_back({MomentKind::Memorable, c.touchpointId, c.department, id, 2, id});
        EmotionCurve &curve = s.emotion;
        const double emotion = static_cast<double>(pick(5)) - 2.0;
        curve.points.push_back({c.contactId, emotion});
        const int at = static_cast<int>(curve.points.size()) - 1;
        curve.endIndex = at;
        if (curve.lowIndex < 0 || emotion < curve.points[std::size_t(curve.lowIndex)].value)
            curve.lowIndex = at;
        if (curve.peakIndex < 0 || emotion > curve.points[std::size_t(curve.peakIndex)].value)
            curve.peakIndex = at;
        s.totalCustomerMs += c.totalMs;
        s.totalEffort += 1 + static_cast<int>(c.handoffs.size()) + c.repeatCount;
        s.contacts.push_back(std::move(c));
    }

    const std::vector<JourneyTemplate> &library_;
    std::mt19937 rng_{20261203};
};

} // namespace its::bench
