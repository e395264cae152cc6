#include "review_summary_detail.h"

#include "domain/channel.h"

#include <map>

namespace review {
namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QVariantMap figureMap(const its::Figure &figure)
{
    return {{QStringLiteral("value"), figure.value ? QVariant(*figure.value) : QVariant()},
            {QStringLiteral("n"), figure.n},
            {QStringLiteral("smallSample"), figure.smallSample}};
}

QVariantMap summaryDetail(const its::WalkSummary &summary)
{
    QVariantList contacts;
    std::map<std::string, std::int64_t> phaseTotals;
    std::vector<std::string> phaseOrder;
    std::map<std::string, QString> touchpointNames;
    for (const its::ContactSummary &contact : summary.contacts) {
        touchpointNames[contact.touchpointId] = qs(contact.touchpointName);
        contacts << QVariantMap{
            {QStringLiteral("name"), qs(contact.touchpointName)},
            {QStringLiteral("channel"), qs(its::toString(contact.channel))},
            {QStringLiteral("department"), qs(contact.department)},
            {QStringLiteral("outcome"), qs(its::toString(contact.outcome))},
            {QStringLiteral("score"), contact.score ? QVariant(*contact.score) : QVariant()},
            {QStringLiteral("passed"), contact.passed},
            {QStringLiteral("totalMs"), QVariant::fromValue<qint64>(contact.totalMs)}};
        for (const its::PhaseTime &phase : contact.phases) {
            if (!phaseTotals.contains(phase.phase))
                phaseOrder.push_back(phase.phase);
            phaseTotals[phase.phase] += phase.ms;
        }
    }
    QVariantList phases;
    for (const std::string &phase : phaseOrder)
        phases << QVariantMap{
            {QStringLiteral("phase"), qs(phase)},
            {QStringLiteral("ms"), QVariant::fromValue<qint64>(phaseTotals[phase])}};

    // Findings point at departments and processes, never at a person.
    std::map<std::string, QVariantList> byDepartment;
    int memorable = 0;
    for (const its::MomentSummary &moment : summary.moments) {
        if (moment.kind == its::MomentKind::Memorable)
            ++memorable;
        if (moment.kind != its::MomentKind::PainPoint)
            continue;
        const QString touchpoint = touchpointNames.contains(moment.touchpointId)
                                       ? touchpointNames[moment.touchpointId]
                                       : qs(moment.touchpointId);
        byDepartment[moment.department]
            << QVariantMap{{QStringLiteral("theme"), qs(moment.theme)},
                           {QStringLiteral("severity"), moment.severity},
                           {QStringLiteral("touchpoint"), touchpoint}};
    }
    QVariantList painPoints;
    for (const auto &[department, items] : byDepartment)
        painPoints << QVariantMap{{QStringLiteral("department"), qs(department)},
                                  {QStringLiteral("items"), items}};

    return {
        {QStringLiteral("journeyName"), qs(summary.journeyName)},
        {QStringLiteral("finishedMs"), QVariant::fromValue<qint64>(summary.finishedWallMs)},
        {QStringLiteral("totalCustomerMs"), QVariant::fromValue<qint64>(summary.totalCustomerMs)},
        {QStringLiteral("contactsNeeded"), summary.contactsNeeded},
        {QStringLiteral("totalEffort"), summary.totalEffort},
        {QStringLiteral("firstContactResolution"), summary.firstContactResolution},
        {QStringLiteral("recommend"), optionalInt(summary.answers.recommend)},
        {QStringLiteral("effort"), optionalInt(summary.answers.effort)},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("painPoints"), painPoints},
        {QStringLiteral("memorableCount"), memorable},
        {QStringLiteral("phases"), phases}};
}

} // namespace review
