#include "review/compare_periods.h"

#include "review/compile_parts.h"
#include "review/intervals.h"

#include <QDateTime>

namespace its::review {

namespace {

VoiceItems itemsOf(const std::vector<const ReceivedWalk *> &newest, const ReviewFilter &filter,
                   int &walks)
{
    std::vector<const ReceivedWalk *> selected;
    for (const ReceivedWalk *walk : newest) {
        if (matchesWalk(filter, *walk))
            selected.push_back(walk);
    }
    walks = static_cast<int>(selected.size());
    return voiceItems(selected);
}

TrendFigure trend(Estimate now, const Estimate &before, std::span<const double> nowItems,
                  std::span<const double> beforeItems)
{
    TrendFigure figure{std::move(now), clearChange(beforeItems, nowItems), std::nullopt};
    if (figure.estimate.value && before.value)
        figure.delta = *figure.estimate.value - *before.value;
    return figure;
}

} // namespace

std::optional<ReviewFilter> previousPeriod(const ReviewFilter &filter, const QTimeZone &zone)
{
    if (!filter.fromMs || !filter.toMs)
        return std::nullopt;
    ReviewFilter previous = filter;
    previous.toMs = *filter.fromMs;
    previous.fromMs = *filter.fromMs - (*filter.toMs - *filter.fromMs);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(*filter.fromMs, zone);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(*filter.toMs, zone);
    const int months =
        (to.date().year() - from.date().year()) * 12 + to.date().month() - from.date().month();
    const auto monthStart = [](const QDateTime &t) {
        return t.date().day() == 1 && t.time() == QTime(0, 0);
    };
    if (months > 0 && monthStart(from) && monthStart(to)) // whole months: the months before
        previous.fromMs =
            QDateTime(from.date().addMonths(-months), QTime(0, 0), zone).toMSecsSinceEpoch();
    return previous;
}

std::optional<PeriodComparison> compareWithPrevious(const std::vector<ReceivedWalk> &walks,
                                                    const ReviewFilter &filter,
                                                    const QTimeZone &zone)
{
    const std::optional<ReviewFilter> previous = previousPeriod(filter, zone);
    if (!previous)
        return std::nullopt;
    const std::vector<const ReceivedWalk *> newest = newestRevisions(walks);
    PeriodComparison out;
    out.previousFromMs = *previous->fromMs;
    out.previousToMs = *previous->toMs;
    int nowWalks = 0;
    const VoiceItems now = itemsOf(newest, filter, nowWalks);
    const VoiceItems before = itemsOf(newest, *previous, out.previousWalks);
    const VoiceFindings nowVoice = voiceFrom(now);
    const VoiceFindings beforeVoice = voiceFrom(before);
    out.nps =
        trend(nowVoice.nps, beforeVoice.nps, npsItems(now.npsAnswers), npsItems(before.npsAnswers));
    out.csat = trend(nowVoice.csat, beforeVoice.csat, now.csat, before.csat);
    out.cesMean = trend(nowVoice.cesMean, beforeVoice.cesMean, now.ces, before.ces);
    out.ces5to7 = trend(nowVoice.ces5to7, beforeVoice.ces5to7, now.ces5to7, before.ces5to7);
    out.wouldStay =
        trend(nowVoice.wouldStay, beforeVoice.wouldStay, now.wouldStay, before.wouldStay);
    out.firstContactResolution = trend(nowVoice.firstContactResolution,
                                       beforeVoice.firstContactResolution, now.fcr, before.fcr);
    return out;
}

} // namespace its::review
