#include "review_summary_detail.h"

#include "domain/channel.h"

#include <algorithm>
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

QVariant ms(std::int64_t value)
{
    return QVariant::fromValue<qint64>(value);
}

// An id as words, for criteria of old summaries that carry no text: "human-reachable" ->
// "Human reachable". Never shown when the summary has the template's text.
QString idAsWords(const std::string &id)
{
    QString text = qs(id);
    text.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// Criterion id -> text, per touchpoint, from every contact's criterionTexts.
class CriterionTexts
{
public:
    explicit CriterionTexts(const its::WalkSummary &summary)
    {
        for (const its::ContactSummary &contact : summary.contacts)
            for (const its::CriterionText &text : contact.criterionTexts)
                texts_[contact.touchpointId + '\n' + text.criterionId] = qs(text.text);
    }
    QString text(const std::string &touchpointId, const std::string &criterionId) const
    {
        const auto it = texts_.find(touchpointId + '\n' + criterionId);
        return it != texts_.end() && !it->second.isEmpty() ? it->second : idAsWords(criterionId);
    }

private:
    std::map<std::string, QString> texts_;
};

QVariantList textsOf(const std::vector<std::string> &ids, const std::string &touchpointId,
                     const CriterionTexts &texts)
{
    QVariantList out;
    for (const std::string &id : ids)
        out << texts.text(touchpointId, id);
    return out;
}

QVariantMap contactMap(const its::ContactSummary &contact, const CriterionTexts &texts)
{
    QVariantList handoffs;
    for (const its::HandoffSummary &handoff : contact.handoffs)
        handoffs << QVariantMap{{QStringLiteral("from"), qs(handoff.fromDepartment)},
                                {QStringLiteral("to"), qs(handoff.toDepartment)}};
    QVariantList missed;
    for (const its::SlaBreach &breach : contact.slaBreaches)
        missed << QVariantMap{{QStringLiteral("phase"), qs(breach.phase)},
                              {QStringLiteral("targetMs"), ms(breach.targetMs)},
                              {QStringLiteral("actualMs"), ms(breach.actualMs)}};
    return {{QStringLiteral("name"), qs(contact.touchpointName)},
            {QStringLiteral("channel"), qs(its::toString(contact.channel))},
            {QStringLiteral("department"), qs(contact.department)},
            {QStringLiteral("outcome"), qs(its::toString(contact.outcome))},
            {QStringLiteral("score"), contact.score ? QVariant(*contact.score) : QVariant()},
            {QStringLiteral("passed"), contact.passed},
            {QStringLiteral("totalMs"), ms(contact.totalMs)},
            {QStringLiteral("attempt"), contact.attempt},
            {QStringLiteral("failedMustBe"),
             textsOf(contact.failedMustBe, contact.touchpointId, texts)},
            {QStringLiteral("metDelighters"),
             textsOf(contact.metDelighters, contact.touchpointId, texts)},
            {QStringLiteral("handoffs"), handoffs},
            {QStringLiteral("repeatCount"), contact.repeatCount},
            {QStringLiteral("missedTargets"), missed},
            {QStringLiteral("shareableNote"), qs(contact.shareableNote)}};
}

} // namespace

std::optional<double> meanScore(const its::WalkSummary &summary)
{
    double total = 0;
    int scored = 0;
    for (const its::ContactSummary &contact : summary.contacts) {
        if (contact.score) {
            total += *contact.score;
            ++scored;
        }
    }
    return scored > 0 ? std::optional<double>(total / scored) : std::nullopt;
}

int painPointCount(const its::WalkSummary &summary)
{
    return static_cast<int>(std::count_if(summary.moments.begin(), summary.moments.end(),
                                          [](const its::MomentSummary &moment) {
                                              return moment.kind == its::MomentKind::PainPoint;
                                          }));
}

QVariantMap figureMap(const its::Figure &figure)
{
    return {{QStringLiteral("value"), figure.value ? QVariant(*figure.value) : QVariant()},
            {QStringLiteral("n"), figure.n},
            {QStringLiteral("smallSample"), figure.smallSample}};
}

QVariantMap summaryDetail(const its::WalkSummary &summary)
{
    const CriterionTexts texts(summary);
    QVariantList contacts;
    QVariantList notes;
    std::map<std::string, std::int64_t> phaseTotals;
    std::vector<std::string> phaseOrder;
    std::map<std::string, QString> touchpointNames;
    std::map<std::string, QString> contactNames;
    int failed = 0, handoffs = 0, repeats = 0, missed = 0;
    for (const its::ContactSummary &contact : summary.contacts) {
        touchpointNames[contact.touchpointId] = qs(contact.touchpointName);
        contactNames[contact.contactId] = qs(contact.touchpointName);
        contacts << contactMap(contact, texts);
        failed += static_cast<int>(contact.failedMustBe.size());
        handoffs += static_cast<int>(contact.handoffs.size());
        repeats += contact.repeatCount;
        missed += static_cast<int>(contact.slaBreaches.size());
        if (!contact.shareableNote.empty())
            notes << QVariantMap{{QStringLiteral("touchpoint"), qs(contact.touchpointName)},
                                 {QStringLiteral("note"), qs(contact.shareableNote)}};
        for (const its::PhaseTime &phase : contact.phases) {
            if (!phaseTotals.contains(phase.phase))
                phaseOrder.push_back(phase.phase);
            phaseTotals[phase.phase] += phase.ms;
        }
    }
    QVariantList phases;
    for (const std::string &phase : phaseOrder)
        phases << QVariantMap{{QStringLiteral("phase"), qs(phase)},
                              {QStringLiteral("ms"), ms(phaseTotals[phase])}};

    // Findings point at departments and processes, never at a person.
    std::map<std::string, QVariantList> byDepartment;
    QVariantList memorable;
    for (const its::MomentSummary &moment : summary.moments) {
        if (moment.kind == its::MomentKind::None)
            continue;
        const auto name = touchpointNames.find(moment.touchpointId);
        QVariantMap item{
            {QStringLiteral("department"), qs(moment.department)},
            {QStringLiteral("theme"), qs(moment.theme)},
            {QStringLiteral("text"), moment.criterionId.empty()
                                         ? QString()
                                         : texts.text(moment.touchpointId, moment.criterionId)},
            {QStringLiteral("severity"), moment.severity},
            {QStringLiteral("touchpoint"),
             name != touchpointNames.end() ? name->second : qs(moment.touchpointId)}};
        if (moment.kind == its::MomentKind::Memorable)
            memorable << item;
        else
            byDepartment[moment.department] << item;
    }
    QVariantList painPoints;
    for (const auto &[department, items] : byDepartment)
        painPoints << QVariantMap{{QStringLiteral("department"), qs(department)},
                                  {QStringLiteral("items"), items}};

    QVariantList points;
    for (const its::EmotionPoint &point : summary.emotion.points) {
        const auto name = contactNames.find(point.contactId);
        points << QVariantMap{
            {QStringLiteral("value"), point.value},
            {QStringLiteral("label"), name != contactNames.end() ? name->second : QString()}};
    }
    const std::optional<double> mean = meanScore(summary);
    const auto &answers = summary.answers;
    return {{QStringLiteral("journeyId"), qs(summary.journeyId)},
            {QStringLiteral("journeyName"), qs(summary.journeyName)},
            {QStringLiteral("language"), qs(summary.language)},
            {QStringLiteral("persona"), qs(summary.persona)},
            {QStringLiteral("finishedMs"), ms(summary.finishedWallMs)},
            {QStringLiteral("totalCustomerMs"), ms(summary.totalCustomerMs)},
            {QStringLiteral("contactsNeeded"), summary.contactsNeeded},
            {QStringLiteral("totalEffort"), summary.totalEffort},
            {QStringLiteral("firstContactResolution"), summary.firstContactResolution},
            {QStringLiteral("recommend"), optionalInt(answers.recommend)},
            {QStringLiteral("effort"), optionalInt(answers.effort)},
            {QStringLiteral("csat"), optionalInt(answers.csat)},
            {QStringLiteral("wouldStay"),
             answers.wouldStay ? QVariant(*answers.wouldStay) : QVariant()},
            {QStringLiteral("meanScore"), mean ? QVariant(*mean) : QVariant()},
            {QStringLiteral("failedMustBeCount"), failed},
            {QStringLiteral("handoffCount"), handoffs},
            {QStringLiteral("repeatCount"), repeats},
            {QStringLiteral("missedTargetCount"), missed},
            {QStringLiteral("painPointCount"), painPointCount(summary)},
            {QStringLiteral("memorableCount"), static_cast<int>(memorable.size())},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("painPoints"), painPoints},
            {QStringLiteral("memorable"), memorable},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("emotion"),
             QVariantMap{{QStringLiteral("points"), points},
                         {QStringLiteral("peakIndex"), summary.emotion.peakIndex},
                         {QStringLiteral("lowIndex"), summary.emotion.lowIndex},
                         {QStringLiteral("endIndex"), summary.emotion.endIndex}}},
            {QStringLiteral("phases"), phases}};
}

} // namespace review
