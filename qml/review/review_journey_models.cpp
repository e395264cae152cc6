#include "review_journey_models.h"

#include "review_findings_compile.h"

#include <algorithm>

using namespace its::review;

namespace {

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalMs(const std::optional<std::int64_t> &value)
{
    return value ? QVariant::fromValue<qint64>(*value) : QVariant();
}

QVariantMap estimateMap(const Estimate &e)
{
    return {{QStringLiteral("rate"), optional(e.value)},
            {QStringLiteral("n"), e.n},
            {QStringLiteral("count"), e.count},
            {QStringLiteral("low"), e.ci95 ? QVariant(e.ci95->low) : QVariant()},
            {QStringLiteral("high"), e.ci95 ? QVariant(e.ci95->high) : QVariant()},
            {QStringLiteral("smallSample"), e.smallSample}};
}

QVariantMap cellMap(int stageIndex, const StageFindings &stage, int row,
                    const TouchpointFindings &t)
{
    const PhaseFindings *worst = nullptr;
    const PhaseFindings *total = nullptr;
    for (const PhaseFindings &p : t.phases) {
        if (p.phase == "total")
            total = &p;
        if (p.targetMs && p.breachRate.value &&
            (!worst || *p.breachRate.value > *worst->breachRate.value))
            worst = &p;
    }
    return {
        {QStringLiteral("stageIndex"), stageIndex},
        {QStringLiteral("stageName"), QString::fromStdString(stage.name)},
        {QStringLiteral("row"), row},
        {QStringLiteral("touchpointId"), QString::fromStdString(t.touchpointId)},
        {QStringLiteral("name"), QString::fromStdString(t.name.empty() ? t.touchpointId : t.name)},
        {QStringLiteral("department"), QString::fromStdString(t.department)},
        {QStringLiteral("channel"), QString::fromStdString(t.channel)},
        {QStringLiteral("contacts"), t.contacts},
        {QStringLiteral("passRate"), optional(t.passRate.value)},
        {QStringLiteral("passN"), t.passRate.n},
        {QStringLiteral("passCount"), t.passRate.count},
        {QStringLiteral("passLow"), t.passRate.ci95 ? QVariant(t.passRate.ci95->low) : QVariant()},
        {QStringLiteral("passHigh"),
         t.passRate.ci95 ? QVariant(t.passRate.ci95->high) : QVariant()},
        {QStringLiteral("smallSample"), t.passRate.smallSample},
        {QStringLiteral("breachRate"), worst ? optional(worst->breachRate.value) : QVariant()},
        {QStringLiteral("breachPhase"), worst ? QString::fromStdString(worst->phase) : QString()},
        {QStringLiteral("medianMs"),
         total ? QVariant::fromValue<qint64>(total->medianMs) : QVariant()},
        {QStringLiteral("targetMs"), total ? optionalMs(total->targetMs) : QVariant()},
        // The time against the SLA: the customer's median in the phase missed most, and its target.
        {QStringLiteral("slaMedianMs"),
         worst ? QVariant::fromValue<qint64>(worst->medianMs) : QVariant()},
        {QStringLiteral("slaTargetMs"), worst ? optionalMs(worst->targetMs) : QVariant()},
        {QStringLiteral("walkIds"), toStringList(t.walkIds)}};
}

} // namespace

QVariantMap quoteMap(const std::string &walkId, const std::string &text)
{
    return {{QStringLiteral("walkId"), QString::fromStdString(walkId)},
            {QStringLiteral("text"), QString::fromStdString(text)}};
}

ReviewHeatMapModel::ReviewHeatMapModel(QObject *parent)
    : ReviewFindingsRows({"stageIndex",  "stageName", "row",      "touchpointId", "name",
                          "department",  "channel",   "contacts", "passRate",     "passN",
                          "passCount",   "passLow",   "passHigh", "smallSample",  "breachRate",
                          "breachPhase", "medianMs",  "targetMs", "slaMedianMs",  "slaTargetMs",
                          "walkIds"},
                         parent)
{
}

void ReviewHeatMapModel::setJourneyId(const QString &id)
{
    if (journeyId_ == id)
        return;
    journeyId_ = id;
    emit journeyIdChanged();
    refresh();
}

QList<QVariantMap> ReviewHeatMapModel::build(const review::FindingsResult &result)
{
    journeyOptions_.clear();
    stages_.clear();
    maxRows_ = 0;
    shown_.clear();
    const JourneyFindings *journey = nullptr;
    for (const JourneyFindings &j : result.current.journeys) {
        journeyOptions_ << QVariantMap{{QStringLiteral("id"), QString::fromStdString(j.journeyId)},
                                       {QStringLiteral("name"), QString::fromStdString(j.name)}};
        if (j.journeyId == journeyId_.toStdString())
            journey = &j;
    }
    if (!journey && !result.current.journeys.empty())
        journey = &result.current.journeys.front();
    QList<QVariantMap> out;
    if (!journey)
        return out;
    shown_ = QString::fromStdString(journey->journeyId);
    for (std::size_t s = 0; s < journey->stages.size(); ++s) {
        const StageFindings &stage = journey->stages[s];
        stages_ << QString::fromStdString(stage.name);
        for (std::size_t t = 0; t < stage.touchpoints.size(); ++t)
            out << cellMap(static_cast<int>(s), stage, static_cast<int>(t), stage.touchpoints[t]);
        maxRows_ = std::max(maxRows_, static_cast<int>(stage.touchpoints.size()));
    }
    return out;
}

ReviewCellModel::ReviewCellModel(QObject *parent)
    : ReviewFindingsRows({"kind", "criterionId", "criterionText", "rate", "n", "count", "low",
                          "high", "smallSample", "phase", "medianMs", "p90Ms", "targetMs",
                          "walkIds"},
                         parent)
{
}

void ReviewCellModel::setJourneyId(const QString &id)
{
    if (journeyId_ == id)
        return;
    journeyId_ = id;
    emit keyChanged();
    refresh();
}

void ReviewCellModel::setTouchpointId(const QString &id)
{
    if (touchpointId_ == id)
        return;
    touchpointId_ = id;
    emit keyChanged();
    refresh();
}

QList<QVariantMap> ReviewCellModel::build(const review::FindingsResult &result)
{
    found_ = false;
    name_.clear();
    department_.clear();
    contacts_ = 0;
    quotes_.clear();
    walkIds_.clear();
    const TouchpointFindings *cell = nullptr;
    for (const JourneyFindings &j : result.current.journeys) {
        if (j.journeyId != journeyId_.toStdString())
            continue;
        for (const StageFindings &s : j.stages) {
            for (const TouchpointFindings &t : s.touchpoints) {
                if (t.touchpointId == touchpointId_.toStdString())
                    cell = &t;
            }
        }
    }
    QList<QVariantMap> out;
    if (!cell)
        return out;
    found_ = true;
    name_ = QString::fromStdString(cell->name.empty() ? cell->touchpointId : cell->name);
    department_ = QString::fromStdString(cell->department);
    contacts_ = cell->contacts;
    walkIds_ = toStringList(cell->walkIds);
    for (const Quote &quote : cell->quotes)
        quotes_ << quoteMap(quote.walkId, quote.text);
    auto criteria = [&](const std::vector<CriterionRate> &rates, const QString &kind) {
        for (const CriterionRate &rate : rates) {
            QVariantMap row = estimateMap(rate.rate);
            row[QStringLiteral("kind")] = kind;
            row[QStringLiteral("criterionId")] = QString::fromStdString(rate.criterionId);
            row[QStringLiteral("criterionText")] = QString::fromStdString(rate.text);
            row[QStringLiteral("walkIds")] = toStringList(rate.walkIds);
            out << row;
        }
    };
    criteria(cell->mustBeFailures, QStringLiteral("mustBe"));
    for (const PhaseFindings &p : cell->phases) {
        if (!p.targetMs)
            continue;
        QVariantMap row = estimateMap(p.breachRate);
        row[QStringLiteral("kind")] = QStringLiteral("time");
        row[QStringLiteral("phase")] = QString::fromStdString(p.phase);
        row[QStringLiteral("medianMs")] = QVariant::fromValue<qint64>(p.medianMs);
        row[QStringLiteral("p90Ms")] = QVariant::fromValue<qint64>(p.p90Ms);
        row[QStringLiteral("targetMs")] = optionalMs(p.targetMs);
        row[QStringLiteral("walkIds")] = toStringList(p.breachWalkIds);
        out << row;
    }
    criteria(cell->delighterHits, QStringLiteral("delighter"));
    return out;
}
