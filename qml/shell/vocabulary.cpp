#include "vocabulary.h"

#include "domain/channel.h"

#include <QHash>

QString Vocabulary::channelLabel(const QString &channel)
{
    if (channel == u"phone")
        return tr("Phone");
    if (channel == u"email")
        return tr("Email");
    if (channel == u"web")
        return tr("Website");
    if (channel == u"app")
        return tr("App");
    if (channel == u"chat")
        return tr("Chat");
    if (channel == u"social")
        return tr("Social media");
    if (channel == u"store")
        return tr("Store");
    if (channel == u"letter")
        return tr("Letter / invoice");
    return channel;
}

QString Vocabulary::phaseLabel(const QString &phase)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("ringing"), QT_TR_NOOP("Ringing")},
        {QStringLiteral("ivr"), QT_TR_NOOP("IVR menu")},
        {QStringLiteral("queue"), QT_TR_NOOP("Queue / hold")},
        {QStringLiteral("talking"), QT_TR_NOOP("Talking")},
        {QStringLiteral("hold"), QT_TR_NOOP("On hold")},
        {QStringLiteral("transfer"), QT_TR_NOOP("Transferred")},
        {QStringLiteral("callback_wait"), QT_TR_NOOP("Waiting for callback")},
        {QStringLiteral("awaiting_reply"), QT_TR_NOOP("Waiting for reply")},
        {QStringLiteral("reading"), QT_TR_NOOP("Reading")},
        {QStringLiteral("follow_up_wait"), QT_TR_NOOP("Waiting for follow-up")},
        {QStringLiteral("bot"), QT_TR_NOOP("Chatbot")},
        {QStringLiteral("chatting"), QT_TR_NOOP("Chatting")},
        {QStringLiteral("searching"), QT_TR_NOOP("Searching")},
        {QStringLiteral("filling_form"), QT_TR_NOOP("Filling a form")},
        {QStringLiteral("waiting_page"), QT_TR_NOOP("Page loading")},
        {QStringLiteral("awaiting_confirmation"), QT_TR_NOOP("Waiting for confirmation")},
        {QStringLiteral("travel"), QT_TR_NOOP("Getting there")},
        {QStringLiteral("served"), QT_TR_NOOP("Being served")},
        {QStringLiteral("waiting_staff"), QT_TR_NOOP("Waiting for staff")},
        {QStringLiteral("conversation"), QT_TR_NOOP("Conversation")},
        {QStringLiteral("redirected"), QT_TR_NOOP("Redirected")},
        {QStringLiteral("awaiting_letter"), QT_TR_NOOP("Waiting for letter")},
        {QStringLiteral("awaiting_refund"), QT_TR_NOOP("Waiting for refund")},
        {QStringLiteral("awaiting_activation"), QT_TR_NOOP("Waiting for activation")},
        {QStringLiteral("awaiting_appointment"), QT_TR_NOOP("Waiting for an appointment")},
        {QStringLiteral("delayed"), QT_TR_NOOP("Delayed")},
        {QStringLiteral("service_down"), QT_TR_NOOP("Service down")},
        {QStringLiteral("technician_visit"), QT_TR_NOOP("Technician visit")},
        {QStringLiteral("visit"), QT_TR_NOOP("Visit")},
        {QStringLiteral("waiting_info"), QT_TR_NOOP("Waiting for information")},
        {QStringLiteral("total"), QT_TR_NOOP("Whole contact")},
    };
    const auto it = labels.constFind(phase);
    return it == labels.constEnd() ? phase : tr(it.value());
}

QString Vocabulary::sectorLabel(const QString &sector)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("telco"), QT_TR_NOOP("Telecoms")},
        {QStringLiteral("utility"), QT_TR_NOOP("Utilities")},
        {QStringLiteral("bank"), QT_TR_NOOP("Banking")},
        {QStringLiteral("insurance"), QT_TR_NOOP("Insurance")},
        {QStringLiteral("retail"), QT_TR_NOOP("Retail")},
        {QStringLiteral("grocery"), QT_TR_NOOP("Grocery")},
        {QStringLiteral("transport"), QT_TR_NOOP("Transport")},
        {QStringLiteral("airline"), QT_TR_NOOP("Airline")},
        {QStringLiteral("web"), QT_TR_NOOP("Website")},
    };
    const auto it = labels.constFind(sector);
    return it == labels.constEnd() ? sector : tr(it.value());
}

namespace {
// Known departments, alphabetical by id: labels and the departments() list share the table.
struct DepartmentName
{
    const char *id;
    const char *label;
};
constexpr DepartmentName kDepartments[] = {
    {"accounts_receivable", QT_TRANSLATE_NOOP("Vocabulary", "Accounts receivable")},
    {"administration", QT_TRANSLATE_NOOP("Vocabulary", "Administration")},
    {"billing", QT_TRANSLATE_NOOP("Vocabulary", "Billing")},
    {"branch_network", QT_TRANSLATE_NOOP("Vocabulary", "Branch network")},
    {"claims", QT_TRANSLATE_NOOP("Vocabulary", "Claims")},
    {"claims_payments", QT_TRANSLATE_NOOP("Vocabulary", "Claims payments")},
    {"contact_centre", QT_TRANSLATE_NOOP("Vocabulary", "Contact centre")},
    {"credit_collections", QT_TRANSLATE_NOOP("Vocabulary", "Credit collections")},
    {"credit_underwriting", QT_TRANSLATE_NOOP("Vocabulary", "Credit underwriting")},
    {"customer_care", QT_TRANSLATE_NOOP("Vocabulary", "Customer care")},
    {"digital_banking", QT_TRANSLATE_NOOP("Vocabulary", "Digital banking")},
    {"digital_channels", QT_TRANSLATE_NOOP("Vocabulary", "Digital channels")},
    {"ecommerce", QT_TRANSLATE_NOOP("Vocabulary", "E-commerce")},
    {"executive_office", QT_TRANSLATE_NOOP("Vocabulary", "Executive office")},
    {"knowledge_management", QT_TRANSLATE_NOOP("Vocabulary", "Knowledge management")},
    {"loss_adjusting", QT_TRANSLATE_NOOP("Vocabulary", "Loss adjusting")},
    {"marketing", QT_TRANSLATE_NOOP("Vocabulary", "Marketing")},
    {"network_provisioning", QT_TRANSLATE_NOOP("Vocabulary", "Network provisioning")},
    {"operations", QT_TRANSLATE_NOOP("Vocabulary", "Operations")},
    {"payments", QT_TRANSLATE_NOOP("Vocabulary", "Payments")},
    {"sales", QT_TRANSLATE_NOOP("Vocabulary", "Sales")},
    {"sales_back_office", QT_TRANSLATE_NOOP("Vocabulary", "Sales back office")},
    {"social_care", QT_TRANSLATE_NOOP("Vocabulary", "Social media care")},
    {"store_operations", QT_TRANSLATE_NOOP("Vocabulary", "Store operations")},
    {"valuation", QT_TRANSLATE_NOOP("Vocabulary", "Valuation")},
};
} // namespace

QStringList Vocabulary::departments()
{
    QStringList out;
    for (const DepartmentName &department : kDepartments)
        out << QString::fromLatin1(department.id);
    return out;
}

QString Vocabulary::departmentLabel(const QString &department)
{
    for (const DepartmentName &known : kDepartments) {
        if (department == QLatin1String(known.id))
            return tr(known.label);
    }
    QString text = department;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString Vocabulary::outcomeLabel(const QString &outcome)
{
    if (outcome == u"resolved")
        return tr("Resolved");
    if (outcome == u"partial")
        return tr("Partly resolved");
    if (outcome == u"unresolved")
        return tr("Not resolved");
    if (outcome == u"abandoned")
        return tr("Gave up");
    if (outcome == u"open")
        return tr("In progress");
    return outcome;
}

QString Vocabulary::momentLabel(const QString &kind)
{
    if (kind == u"pain_point")
        return tr("Pain point");
    if (kind == u"memorable")
        return tr("Memorable moment");
    return tr("Nothing special");
}

QStringList Vocabulary::themes()
{
    return {QStringLiteral("waiting"), QStringLiteral("silos"),   QStringLiteral("repeating"),
            QStringLiteral("billing"), QStringLiteral("empathy"), QStringLiteral("clarity"),
            QStringLiteral("ease")};
}

QString Vocabulary::themeLabel(const QString &theme)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("waiting"), QT_TR_NOOP("Waiting")},
        {QStringLiteral("silos"), QT_TR_NOOP("Silos")},
        {QStringLiteral("repeating"), QT_TR_NOOP("Repeating myself")},
        {QStringLiteral("billing"), QT_TR_NOOP("Billing")},
        {QStringLiteral("empathy"), QT_TR_NOOP("Empathy")},
        {QStringLiteral("clarity"), QT_TR_NOOP("Clarity")},
        {QStringLiteral("ease"), QT_TR_NOOP("Ease")},
    };
    const auto it = labels.constFind(theme);
    return it == labels.constEnd() ? theme : tr(it.value());
}

QString Vocabulary::severityLabel(int severity)
{
    switch (severity) {
    case 1:
        return tr("Low");
    case 2:
        return tr("Medium");
    case 3:
        return tr("High");
    default:
        return {};
    }
}

QStringList Vocabulary::channels()
{
    QStringList out;
    for (its::Channel channel : its::allChannels())
        out << QString::fromUtf8(its::toString(channel));
    return out;
}

QStringList Vocabulary::sectors()
{
    return {QStringLiteral("telco"),     QStringLiteral("utility"), QStringLiteral("bank"),
            QStringLiteral("insurance"), QStringLiteral("retail"),  QStringLiteral("grocery"),
            QStringLiteral("transport"), QStringLiteral("airline"), QStringLiteral("web")};
}

QStringList Vocabulary::outcomes()
{
    return {QStringLiteral("resolved"), QStringLiteral("partial"), QStringLiteral("unresolved"),
            QStringLiteral("abandoned")};
}

bool Vocabulary::isLongWaitPhase(const QString &phase)
{
    return its::isLongWaitPhase(phase.toStdString());
}
