// Trends: the headline figures per calendar month or quarter, each against the period before.
// A difference is a change only when it is clear at 95% (intervals.h, clearChange); otherwise
// it is "no clear change", so nobody chases the noise of small samples.
#include "review/compile_parts.h"
#include "review/intervals.h"

#include <QDateTime>
#include <cstdio>
#include <map>
#include <optional>

namespace its::review {

namespace {

struct PeriodItems
{
    std::vector<const ReceivedWalk *> walks;
    VoiceItems voice;
    std::vector<double> npsItems, passed, breached, negativeEnd;
};

QDate periodStart(std::int64_t ms, const CompileOptions &options)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, options.zone).date();
    const int month =
        options.periodKind == PeriodKind::Quarter ? (date.month() - 1) / 3 * 3 + 1 : date.month();
    return QDate(date.year(), month, 1);
}

std::string keyOf(QDate start, PeriodKind kind)
{
    char key[32];
    if (kind == PeriodKind::Quarter)
        std::snprintf(key, sizeof key, "%04d-Q%d", start.year(), (start.month() - 1) / 3 + 1);
    else
        std::snprintf(key, sizeof key, "%04d-%02d", start.year(), start.month());
    return key;
}

PeriodItems itemsOf(std::vector<const ReceivedWalk *> walks, const ReviewFilter &filter)
{
    PeriodItems items;
    items.walks = std::move(walks);
    items.voice = voiceItems(items.walks);
    items.npsItems = review::npsItems(items.voice.npsAnswers);
    for (const ReceivedWalk *walk : items.walks) {
        const WalkSummary &s = walk->summary;
        for (const ContactSummary &contact : s.contacts) {
            if (!matchesContact(filter, contact))
                continue;
            if (isJudged(contact))
                items.passed.push_back(contact.passed ? 1.0 : 0.0);
            items.breached.push_back(contact.slaBreaches.empty() ? 0.0 : 1.0);
        }
        if (s.emotion.endIndex >= 0)
            items.negativeEnd.push_back(
                s.emotion.points[static_cast<std::size_t>(s.emotion.endIndex)].value < 0 ? 1.0
                                                                                         : 0.0);
    }
    return items;
}

TrendFigure trend(Estimate now, std::span<const double> nowItems, const Estimate *before,
                  std::span<const double> beforeItems)
{
    TrendFigure figure{std::move(now), Change::NoData, std::nullopt};
    if (!before)
        return figure;
    figure.change = clearChange(beforeItems, nowItems);
    if (figure.estimate.value && before->value)
        figure.delta = *figure.estimate.value - *before->value;
    return figure;
}

PeriodFindings figuresOf(const PeriodItems &now, const PeriodItems *before,
                         const PeriodFindings *previous)
{
    const VoiceFindings voice = voiceFrom(now.voice);
    PeriodFindings out;
    out.walks = static_cast<int>(now.walks.size());
    auto t = [&](Estimate estimate, const std::vector<double> &items,
                 TrendFigure PeriodFindings::*field,
                 const std::vector<double> PeriodItems::*beforeItems) {
        out.*field =
            trend(std::move(estimate), items, previous ? &(previous->*field).estimate : nullptr,
                  before ? before->*beforeItems : std::vector<double>());
    };
    t(voice.nps, now.npsItems, &PeriodFindings::nps, &PeriodItems::npsItems);
    t(shareEstimate(now.passed), now.passed, &PeriodFindings::passRate, &PeriodItems::passed);
    t(shareEstimate(now.breached), now.breached, &PeriodFindings::slaBreachRate,
      &PeriodItems::breached);
    t(shareEstimate(now.negativeEnd), now.negativeEnd, &PeriodFindings::negativeEnd,
      &PeriodItems::negativeEnd);
    auto v = [&](Estimate estimate, std::vector<double> VoiceItems::*items,
                 TrendFigure PeriodFindings::*field) {
        out.*field = trend(std::move(estimate), now.voice.*items,
                           previous ? &(previous->*field).estimate : nullptr,
                           before ? before->voice.*items : std::vector<double>());
    };
    v(voice.csat, &VoiceItems::csat, &PeriodFindings::csat);
    v(voice.cesMean, &VoiceItems::ces, &PeriodFindings::cesMean);
    v(voice.ces5to7, &VoiceItems::ces5to7, &PeriodFindings::ces5to7);
    v(voice.wouldStay, &VoiceItems::wouldStay, &PeriodFindings::wouldStay);
    v(voice.firstContactResolution, &VoiceItems::fcr, &PeriodFindings::firstContactResolution);
    return out;
}

} // namespace

std::vector<PeriodFindings> compileTrends(const Selection &selection)
{
    const CompileOptions &options = selection.options;
    const int step = options.periodKind == PeriodKind::Quarter ? 3 : 1;
    std::map<QDate, std::vector<const ReceivedWalk *>> byPeriod;
    for (const ReceivedWalk *walk : selection.walks)
        byPeriod[periodStart(walk->summary.finishedWallMs, options)].push_back(walk);
    std::vector<PeriodFindings> periods;
    std::optional<PeriodItems> before;
    const QDate last = byPeriod.rbegin()->first;
    for (QDate start = byPeriod.begin()->first; start <= last; start = start.addMonths(step)) {
        const auto found = byPeriod.find(start);
        PeriodItems now =
            itemsOf(found == byPeriod.end() ? std::vector<const ReceivedWalk *>() : found->second,
                    selection.filter);
        PeriodFindings out = figuresOf(now, before ? &*before : nullptr,
                                       periods.empty() ? nullptr : &periods.back());
        out.key = keyOf(start, options.periodKind);
        out.fromMs = QDateTime(start, QTime(0, 0), options.zone).toMSecsSinceEpoch();
        out.toMs = QDateTime(start.addMonths(step), QTime(0, 0), options.zone).toMSecsSinceEpoch();
        periods.push_back(std::move(out));
        before = std::move(now);
    }
    return periods;
}

} // namespace its::review
