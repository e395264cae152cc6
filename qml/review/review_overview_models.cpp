#include "review_overview_models.h"

#include "review/findings_json.h"
#include "review_findings_compile.h"

#include <algorithm>
#include <set>

using namespace its::review;

namespace {

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantMap headline(const QString &key, const Estimate &e, bool isShare)
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("value"), optional(e.value)},
            {QStringLiteral("n"), e.n},
            {QStringLiteral("smallSample"), e.smallSample},
            {QStringLiteral("low"), e.ci95 ? QVariant(e.ci95->low) : QVariant()},
            {QStringLiteral("high"), e.ci95 ? QVariant(e.ci95->high) : QVariant()},
            {QStringLiteral("isShare"), isShare},
            {QStringLiteral("change"), QString()},
            {QStringLiteral("delta"), QVariant()},
            {QStringLiteral("previous"), QVariant()}};
}

} // namespace

ReviewHeadlineModel::ReviewHeadlineModel(QObject *parent)
    : ReviewFindingsRows({"key", "value", "n", "smallSample", "low", "high", "isShare", "change",
                          "delta", "previous", "walkIds"},
                         parent)
{
}

QList<QVariantMap> ReviewHeadlineModel::build(const review::FindingsResult &result)
{
    const VoiceFindings &v = result.current.voice;
    cesProblem_ = QString::fromStdString(v.cesProblem);
    struct Row
    {
        const char *key;
        const Estimate &estimate;
        bool isShare;
        TrendFigure PeriodFindings::*trend;
        Estimate VoiceFindings::*voice;
    };
    const Row rows[] = {
        {"nps", v.nps, false, &PeriodFindings::nps, &VoiceFindings::nps},
        {"csat", v.csat, true, &PeriodFindings::csat, &VoiceFindings::csat},
        {"cesMean", v.cesMean, false, &PeriodFindings::cesMean, &VoiceFindings::cesMean},
        {"ces5to7", v.ces5to7, true, &PeriodFindings::ces5to7, &VoiceFindings::ces5to7},
        {"wouldStay", v.wouldStay, true, &PeriodFindings::wouldStay, &VoiceFindings::wouldStay},
        {"firstContactResolution", v.firstContactResolution, true,
         &PeriodFindings::firstContactResolution, &VoiceFindings::firstContactResolution},
    };
    QList<QVariantMap> out;
    for (const Row &row : rows) {
        QVariantMap map = headline(QString::fromLatin1(row.key), row.estimate, row.isShare);
        if (result.change) {
            const TrendFigure &trend = (*result.change).*(row.trend);
            map[QStringLiteral("change")] =
                QString::fromStdString(std::string(toString(trend.change)));
            map[QStringLiteral("delta")] = optional(trend.delta);
        }
        if (result.previous && !result.previous->noWalksMatch)
            map[QStringLiteral("previous")] =
                optional(((result.previous->voice).*(row.voice)).value);
        const auto answered = result.answered.find(row.key);
        map[QStringLiteral("walkIds")] =
            answered == result.answered.end() ? QStringList() : toStringList(answered->second);
        out << map;
    }
    return out;
}

ReviewPainPointModel::ReviewPainPointModel(QObject *parent)
    : ReviewFindingsRows({"department", "theme", "frequency", "meanSeverity", "weight", "walkIds",
                          "trend", "previousFrequency"},
                         parent)
{
}

QList<QVariantMap> ReviewPainPointModel::build(const review::FindingsResult &result)
{
    struct Ranked
    {
        const DepartmentFindings *department;
        const ThemeRank *theme;
    };
    std::vector<Ranked> ranked;
    for (const DepartmentFindings &d : result.current.departments) {
        for (const ThemeRank &t : d.themes)
            ranked.push_back({&d, &t});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.theme->severitySum != b.theme->severitySum)
            return a.theme->severitySum > b.theme->severitySum;
        return a.theme->frequency > b.theme->frequency;
    });
    if (ranked.size() > kTop)
        ranked.resize(kTop);
    QList<QVariantMap> out;
    for (const Ranked &r : ranked) {
        QString trend;
        QVariant before;
        if (result.previous) {
            trend = QStringLiteral("new");
            for (const DepartmentFindings &d : result.previous->departments) {
                if (d.department != r.department->department)
                    continue;
                for (const ThemeRank &t : d.themes) {
                    if (t.theme == r.theme->theme)
                        before = t.frequency;
                }
            }
            if (before.isValid()) {
                const int was = before.toInt();
                trend = r.theme->frequency > was   ? QStringLiteral("up")
                        : r.theme->frequency < was ? QStringLiteral("down")
                                                   : QStringLiteral("same");
            }
        }
        out << QVariantMap{
            {QStringLiteral("department"), QString::fromStdString(r.department->department)},
            {QStringLiteral("theme"), QString::fromStdString(r.theme->theme)},
            {QStringLiteral("frequency"), r.theme->frequency},
            {QStringLiteral("meanSeverity"), r.theme->meanSeverity},
            {QStringLiteral("weight"), r.theme->severitySum},
            {QStringLiteral("walkIds"), toStringList(r.theme->walkIds)},
            {QStringLiteral("trend"), trend},
            {QStringLiteral("previousFrequency"), before}};
    }
    return out;
}

ReviewDepartmentRankModel::ReviewDepartmentRankModel(QObject *parent)
    : ReviewFindingsRows({"department", "painPoints", "weight", "share", "memorableMoments",
                          "handoffsIn", "handoffsOut", "walkIds"},
                         parent)
{
}

QList<QVariantMap> ReviewDepartmentRankModel::build(const review::FindingsResult &result)
{
    int heaviest = 0;
    std::vector<int> weights;
    for (const DepartmentFindings &d : result.current.departments) {
        int weight = 0;
        for (const ThemeRank &t : d.themes)
            weight += t.severitySum;
        weights.push_back(weight);
        heaviest = std::max(heaviest, weight);
    }
    QList<QVariantMap> out;
    for (std::size_t i = 0; i < result.current.departments.size(); ++i) {
        const DepartmentFindings &d = result.current.departments[i];
        std::set<std::string> walks;
        for (const ThemeRank &t : d.themes)
            walks.insert(t.walkIds.begin(), t.walkIds.end());
        for (const ThemeRank &t : d.momentThemes)
            walks.insert(t.walkIds.begin(), t.walkIds.end());
        for (const TouchpointCount &t : d.touchpointsOwned)
            walks.insert(t.walkIds.begin(), t.walkIds.end());
        out << QVariantMap{
            {QStringLiteral("department"), QString::fromStdString(d.department)},
            {QStringLiteral("painPoints"), d.painPoints},
            {QStringLiteral("weight"), weights[i]},
            {QStringLiteral("share"), heaviest > 0 ? double(weights[i]) / heaviest : 0.0},
            {QStringLiteral("memorableMoments"), d.memorableMoments},
            {QStringLiteral("handoffsIn"), d.handoffsIn},
            {QStringLiteral("handoffsOut"), d.handoffsOut},
            {QStringLiteral("walkIds"),
             toStringList(std::vector<std::string>(walks.begin(), walks.end()))}};
    }
    return out;
}

ReviewParticipationModel::ReviewParticipationModel(QObject *parent)
    : ReviewFindingsRows({"label", "onRoster", "walks", "share", "lastWalkMs", "idle", "walkIds"},
                         parent)
{
}

QList<QVariantMap> ReviewParticipationModel::build(const review::FindingsResult &result)
{
    int busiest = 0;
    for (const LeaderActivity &l : result.current.participation.leaders)
        busiest = std::max(busiest, l.total);
    QList<QVariantMap> out;
    for (const LeaderActivity &l : result.current.participation.leaders) {
        const auto walks = result.byLeader.find(l.deviceId);
        out << QVariantMap{{QStringLiteral("label"), QString::fromStdString(l.label)},
                           {QStringLiteral("onRoster"), !l.label.empty()},
                           {QStringLiteral("walks"), l.total},
                           {QStringLiteral("share"), busiest > 0 ? double(l.total) / busiest : 0.0},
                           {QStringLiteral("lastWalkMs"),
                            l.lastWalkMs ? QVariant::fromValue<qint64>(*l.lastWalkMs) : QVariant()},
                           {QStringLiteral("idle"), l.notWalkedIn90Days},
                           {QStringLiteral("walkIds"), walks == result.byLeader.end()
                                                           ? QStringList()
                                                           : toStringList(walks->second)}};
    }
    return out;
}
