#pragma once
// Received summaries written by hand for the compile's tests: only what a test needs is set.

#include "review/compile.h"

#include <QDateTime>

namespace its::review::test {

inline std::int64_t utcMs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

inline ContactSummary contactAt(const std::string &id, const std::string &touchpoint,
                                const std::string &department, std::optional<double> score = {})
{
    ContactSummary c;
    c.contactId = id;
    c.touchpointId = touchpoint;
    c.touchpointName = "Touchpoint " + touchpoint;
    c.department = department;
    c.score = score;
    return c;
}

struct WalkBuilder
{
    ReceivedWalk walk;

    WalkBuilder(const std::string &walkId, const std::string &device, std::int64_t finishedMs,
                const std::string &journey = "j")
    {
        walk.deviceId = device;
        walk.summary.walkId = walkId;
        walk.summary.journeyId = journey;
        walk.summary.journeyName = "Journey " + journey;
        walk.summary.sector = "telco";
        walk.summary.finishedWallMs = finishedMs;
        walk.summary.startedWallMs = finishedMs - 3'600'000;
    }
    WalkBuilder &revision(int r)
    {
        walk.summary.revision = r;
        return *this;
    }
    // Adds the contact and a curve point for it; the curve's end (and low, if lowest) follow.
    WalkBuilder &contact(ContactSummary c, double emotion = 0)
    {
        EmotionCurve &curve = walk.summary.emotion;
        curve.points.push_back({c.contactId, emotion});
        const int index = static_cast<int>(curve.points.size()) - 1;
        curve.endIndex = index;
        if (curve.lowIndex < 0 || emotion < curve.points[std::size_t(curve.lowIndex)].value)
            curve.lowIndex = index;
        if (curve.peakIndex < 0 || emotion > curve.points[std::size_t(curve.peakIndex)].value)
            curve.peakIndex = index;
        for (const std::string &id : c.failedMustBe)
            walk.summary.moments.push_back(
                {MomentKind::PainPoint, c.touchpointId, c.department, id, 3, id});
        for (const std::string &id : c.metDelighters)
            walk.summary.moments.push_back(
                {MomentKind::Memorable, c.touchpointId, c.department, id, 2, id});
        walk.summary.contacts.push_back(std::move(c));
        return *this;
    }
    WalkBuilder &moment(MomentKind kind, const std::string &touchpoint,
                        const std::string &department, const std::string &theme, int severity)
    {
        walk.summary.moments.push_back({kind, touchpoint, department, theme, severity, ""});
        return *this;
    }
    WalkBuilder &nps(int answer)
    {
        walk.summary.answers.recommend = answer;
        return *this;
    }
    WalkBuilder &fcr(bool yes)
    {
        walk.summary.firstContactResolution = yes;
        return *this;
    }
    operator ReceivedWalk() const { return walk; }
};

inline PhaseTime seconds(const std::string &phase, int s)
{
    return {phase, std::int64_t(s) * 1000};
}

inline CompileOptions options(std::int64_t nowMs = utcMs(2026, 12, 1))
{
    CompileOptions o;
    o.nowMs = nowMs;
    return o;
}

} // namespace its::review::test
