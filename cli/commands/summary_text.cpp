#include "summary_text.h"

#include "cli_io.h"
#include "timing/duration_format.h"

#include <algorithm>
#include <ostream>

namespace its::cli {

namespace {

std::string textOf(const ContactSummary &contact, const std::string &criterionId)
{
    for (const CriterionText &text : contact.criterionTexts) {
        if (text.criterionId == criterionId && !text.text.empty())
            return text.text;
    }
    return criterionId;
}

std::string answer(const std::optional<int> &value)
{
    return value ? std::to_string(*value) : std::string("-");
}

void printContact(std::ostream &out, int number, const ContactSummary &c)
{
    out << "  " << number << ". " << c.touchpointName << " (" << c.touchpointId << ", "
        << toString(c.channel) << ", " << c.department << "), attempt " << c.attempt << ", "
        << toString(c.outcome) << ", score ";
    if (c.score)
        out << static_cast<int>(*c.score + 0.5);
    else
        out << "-";
    out << (c.passed ? ", passed\n" : ", FAILED\n");
    for (const std::string &id : c.failedMustBe)
        out << "     failed: " << textOf(c, id) << "\n";
    for (const std::string &id : c.metDelighters)
        out << "     delighted: " << textOf(c, id) << "\n";
    out << "     time:";
    for (const PhaseTime &phase : c.phases)
        out << " " << phase.phase << " " << formatDuration(phase.ms) << ";";
    out << " total " << formatDuration(c.totalMs) << "\n";
    for (const SlaBreach &breach : c.slaBreaches)
        out << "     over target: " << breach.phase << " " << formatDuration(breach.actualMs)
            << " against " << formatTarget(breach.targetMs) << "\n";
    for (const HandoffSummary &handoff : c.handoffs)
        out << "     handed from "
            << (handoff.fromDepartment.empty() ? "?" : handoff.fromDepartment) << " to "
            << handoff.toDepartment << "\n";
    if (c.repeatCount > 0)
        out << "     had to repeat " << c.repeatCount << " time(s)\n";
    if (!c.shareableNote.empty())
        out << "     note: \"" << c.shareableNote << "\"\n";
}

} // namespace

void printSummary(std::ostream &out, const WalkSummary &s, const sync::ReceivedSummary &received)
{
    out << "walk " << s.walkId << " revision " << s.revision << ": " << s.journeyName << " ("
        << s.journeyId << ", " << s.sector << ", " << s.language << ")\n"
        << "leader "
        << (received.deviceLabel.isEmpty() ? std::string("(not on the roster)")
                                           : received.deviceLabel.toStdString())
        << " (" << received.deviceId.toStdString() << "), persona " << s.persona << "\n"
        << "walked " << isoTime(s.startedWallMs) << " to " << isoTime(s.finishedWallMs)
        << ", received " << isoTime(received.receivedMs) << "\n"
        << "contacts:\n";
    int number = 0;
    for (const ContactSummary &contact : s.contacts)
        printContact(out, ++number, contact);
    for (const MomentSummary &moment : s.moments)
        out << (moment.kind == MomentKind::PainPoint ? "pain point: " : "memorable: ")
            << moment.theme << " (" << moment.department << ", at " << moment.touchpointId
            << ", severity " << moment.severity << ")\n";
    const JourneyAnswers &a = s.answers;
    out << "customer time " << formatDuration(s.totalCustomerMs) << ", effort " << s.totalEffort
        << ", first-contact resolution " << (s.firstContactResolution ? "yes" : "no") << "\n"
        << "answers: recommend " << answer(a.recommend) << ", CSAT " << answer(a.csat) << ", CES "
        << answer(a.effort) << " (" << a.cesScaleVersion << "), would stay "
        << (a.wouldStay ? (*a.wouldStay ? "yes" : "no") : "-") << "\n";
    for (const SummaryPhoto &photo : s.photos) {
        const auto contact =
            std::find_if(s.contacts.begin(), s.contacts.end(),
                         [&](const ContactSummary &c) { return c.contactId == photo.contactId; });
        out << "photo " << photo.id << " ("
            << (contact == s.contacts.end() ? std::string("the walk") : contact->touchpointName)
            << "): " << (photo.caption.empty() ? std::string("-") : photo.caption)
            << "  [review photo " << s.walkId << " " << photo.id << " --out FILE]\n";
    }
}

} // namespace its::cli
