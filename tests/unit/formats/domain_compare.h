#pragma once
// Field-by-field equality of domain structs, written independently of the JSON code so a
// round trip is judged on the structs themselves, not on the format's own output.

#include "domain/walk.h"
#include "scoring/summary.h"

#include <algorithm>
#include <vector>

namespace its::test {

template <typename T, typename Eq>
bool sameList(const std::vector<T> &a, const std::vector<T> &b, Eq eq)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), eq);
}

inline bool same(const TimePoint &a, const TimePoint &b)
{
    return a.wallMs == b.wallMs && a.monoMs == b.monoMs && a.anchor == b.anchor;
}

inline bool same(const Criterion &a, const Criterion &b)
{
    return a.id == b.id && a.text == b.text && a.weight == b.weight && a.kind == b.kind;
}

inline bool same(const Touchpoint &a, const Touchpoint &b)
{
    const auto slaEq = [](const Sla &x, const Sla &y) {
        return x.phase == y.phase && x.targetSeconds == y.targetSeconds;
    };
    const auto critEq = [](const Criterion &x, const Criterion &y) {
        return same(x, y);
    };
    return a.id == b.id && a.name == b.name && a.channel == b.channel &&
           a.department == b.department && a.phases == b.phases &&
           sameList(a.slas, b.slas, slaEq) && sameList(a.criteria, b.criteria, critEq);
}

inline bool same(const JourneyTemplate &a, const JourneyTemplate &b)
{
    const auto tpEq = [](const Touchpoint &x, const Touchpoint &y) {
        return same(x, y);
    };
    const auto stageEq = [&](const Stage &x, const Stage &y) {
        return x.id == y.id && x.name == y.name && sameList(x.touchpoints, y.touchpoints, tpEq);
    };
    return a.id == b.id && a.revision == b.revision && a.name == b.name &&
           a.description == b.description && a.sector == b.sector && a.language == b.language &&
           a.persona.name == b.persona.name && a.persona.description == b.persona.description &&
           sameList(a.stages, b.stages, stageEq);
}

inline bool same(const JourneyAnswers &a, const JourneyAnswers &b)
{
    return a.recommend == b.recommend && a.effort == b.effort &&
           a.cesScaleVersion == b.cesScaleVersion && a.wouldStay == b.wouldStay && a.csat == b.csat;
}

inline bool same(const Contact &a, const Contact &b)
{
    const auto eventEq = [](const PhaseEvent &x, const PhaseEvent &y) {
        return x.seq == y.seq && x.phase == y.phase && same(x.at, y.at);
    };
    const auto handoffEq = [](const Handoff &x, const Handoff &y) {
        return x.fromDepartment == y.fromDepartment && x.toDepartment == y.toDepartment &&
               same(x.at, y.at);
    };
    const auto scoreEq = [](const CriterionScore &x, const CriterionScore &y) {
        return x.criterionId == y.criterionId && x.score == y.score;
    };
    const Observation &x = a.observation;
    const Observation &y = b.observation;
    return a.id == b.id && a.touchpointId == b.touchpointId && a.attempt == b.attempt &&
           sameList(a.events, b.events, eventEq) && a.outcome == b.outcome &&
           sameList(a.handoffs, b.handoffs, handoffEq) && a.repeatCount == b.repeatCount &&
           sameList(x.scores, y.scores, scoreEq) && x.note == y.note &&
           x.noteShareable == y.noteShareable && x.privateStaffNote == y.privateStaffNote &&
           x.moment.kind == y.moment.kind && x.moment.theme == y.moment.theme &&
           x.moment.severity == y.moment.severity && x.moment.department == y.moment.department;
}

inline bool same(const Walk &a, const Walk &b)
{
    const auto contactEq = [](const Contact &x, const Contact &y) {
        return same(x, y);
    };
    const bool finishedEq = a.finishedAt.has_value() == b.finishedAt.has_value() &&
                            (!a.finishedAt || same(*a.finishedAt, *b.finishedAt));
    return a.id == b.id && a.revision == b.revision && same(a.journey, b.journey) &&
           a.persona == b.persona && same(a.startedAt, b.startedAt) && finishedEq &&
           a.status == b.status && sameList(a.contacts, b.contacts, contactEq) &&
           same(a.answers, b.answers);
}

inline bool same(const ContactSummary &a, const ContactSummary &b)
{
    const auto phaseEq = [](const PhaseTime &x, const PhaseTime &y) {
        return x.phase == y.phase && x.ms == y.ms;
    };
    const auto breachEq = [](const SlaBreach &x, const SlaBreach &y) {
        return x.phase == y.phase && x.targetMs == y.targetMs && x.actualMs == y.actualMs;
    };
    const auto handoffEq = [](const HandoffSummary &x, const HandoffSummary &y) {
        return x.fromDepartment == y.fromDepartment && x.toDepartment == y.toDepartment;
    };
    const auto textEq = [](const CriterionText &x, const CriterionText &y) {
        return x.criterionId == y.criterionId && x.text == y.text;
    };
    return a.contactId == b.contactId && a.touchpointId == b.touchpointId &&
           a.touchpointName == b.touchpointName && a.channel == b.channel &&
           a.department == b.department && a.attempt == b.attempt && a.outcome == b.outcome &&
           a.score == b.score && a.passed == b.passed && a.failedMustBe == b.failedMustBe &&
           a.metDelighters == b.metDelighters && sameList(a.phases, b.phases, phaseEq) &&
           a.totalMs == b.totalMs && sameList(a.slaBreaches, b.slaBreaches, breachEq) &&
           sameList(a.handoffs, b.handoffs, handoffEq) && a.repeatCount == b.repeatCount &&
           a.shareableNote == b.shareableNote &&
           sameList(a.criterionTexts, b.criterionTexts, textEq);
}

inline bool same(const WalkSummary &a, const WalkSummary &b)
{
    const auto contactEq = [](const ContactSummary &x, const ContactSummary &y) {
        return same(x, y);
    };
    const auto momentEq = [](const MomentSummary &x, const MomentSummary &y) {
        return x.kind == y.kind && x.touchpointId == y.touchpointId &&
               x.department == y.department && x.theme == y.theme && x.severity == y.severity &&
               x.criterionId == y.criterionId;
    };
    const auto pointEq = [](const EmotionPoint &x, const EmotionPoint &y) {
        return x.contactId == y.contactId && x.value == y.value;
    };
    const auto photoEq = [](const SummaryPhoto &x, const SummaryPhoto &y) {
        return x.id == y.id && x.contactId == y.contactId && x.caption == y.caption &&
               x.mime == y.mime && x.bytes == y.bytes;
    };
    return a.walkId == b.walkId && a.revision == b.revision && a.journeyId == b.journeyId &&
           a.journeyName == b.journeyName && a.sector == b.sector && a.language == b.language &&
           a.persona == b.persona && a.startedWallMs == b.startedWallMs &&
           a.finishedWallMs == b.finishedWallMs && sameList(a.contacts, b.contacts, contactEq) &&
           sameList(a.moments, b.moments, momentEq) &&
           sameList(a.emotion.points, b.emotion.points, pointEq) &&
           a.emotion.peakIndex == b.emotion.peakIndex && a.emotion.lowIndex == b.emotion.lowIndex &&
           a.emotion.endIndex == b.emotion.endIndex && a.totalCustomerMs == b.totalCustomerMs &&
           a.totalEffort == b.totalEffort && a.contactsNeeded == b.contactsNeeded &&
           a.touchpointsVisited == b.touchpointsVisited && sameList(a.photos, b.photos, photoEq) &&
           a.firstContactResolution == b.firstContactResolution && same(a.answers, b.answers);
}

} // namespace its::test
