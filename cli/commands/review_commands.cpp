// review report / review show. The vault's passphrase comes from the usual sources (context.h);
// a bad option is refused before the vault is opened, so no prompt is wasted on it.
#include "review_commands.h"

#include "cli_io.h"
#include "formats/summary_json.h"
#include "report_files.h"
#include "review/compile.h"
#include "review/filtered_photos.h"
#include "review/findings_json.h"
#include "review/received_photos.h"
#include "review/received_summaries.h"
#include "review/roster.h"
#include "summary_text.h"
#include "timing/duration_format.h"
#include "vault/template_store.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <stdexcept>

namespace its::cli {
namespace {

using namespace its::review;
using nlohmann::json;

// Every "--name VALUE" in args (removed). A trailing "--name" without a value stays, so the
// caller's "nothing left over" check reports it.
std::vector<QString> takeAll(QStringList &args, const QString &name)
{
    std::vector<QString> values;
    for (qsizetype at = args.indexOf(name); at >= 0 && at + 1 < args.size();
         at = args.indexOf(name)) {
        values.push_back(args.at(at + 1));
        args.remove(at, 2);
    }
    return values;
}

QString takeOne(QStringList &args, const QString &name)
{
    const std::vector<QString> values = takeAll(args, name);
    if (values.size() > 1)
        throw std::invalid_argument(name.toStdString() + " given more than once");
    return values.empty() ? QString() : values.front();
}

std::set<std::string> toSet(const std::vector<QString> &values)
{
    std::set<std::string> set;
    for (const QString &value : values)
        set.insert(value.toStdString());
    return set;
}

std::int64_t localMidnight(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
}

QDate parseDay(const QString &option, const QString &text)
{
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        throw std::invalid_argument(option.toStdString() + " wants a date as YYYY-MM-DD, not '" +
                                    text.toStdString() + "'");
    return date;
}

// The filter of review report's options; throws std::invalid_argument naming a bad value.
ReviewFilter takeFilter(QStringList &args)
{
    ReviewFilter filter;
    const QString from = takeOne(args, "--from");
    const QString to = takeOne(args, "--to");
    const QString month = takeOne(args, "--month");
    const QString quarter = takeOne(args, "--quarter");
    if (int(!from.isEmpty() || !to.isEmpty()) + int(!month.isEmpty()) + int(!quarter.isEmpty()) > 1)
        throw std::invalid_argument("give one period: --from/--to, --month or --quarter");
    if (!from.isEmpty())
        filter.fromMs = localMidnight(parseDay("--from", from));
    if (!to.isEmpty()) // the last day included
        filter.toMs = localMidnight(parseDay("--to", to).addDays(1));
    if (filter.fromMs && filter.toMs && *filter.fromMs >= *filter.toMs)
        throw std::invalid_argument("--to is before --from");
    if (!month.isEmpty()) {
        const QDate first = QDate::fromString(month + "-01", QStringLiteral("yyyy-MM-dd"));
        if (!first.isValid())
            throw std::invalid_argument("--month wants YYYY-MM, not '" + month.toStdString() + "'");
        setMonth(filter, first.year(), first.month(), QTimeZone::systemTimeZone());
    }
    if (!quarter.isEmpty()) {
        const auto match = QRegularExpression("^(\\d{4})-Q([1-4])$").match(quarter);
        if (!match.hasMatch())
            throw std::invalid_argument("--quarter wants YYYY-Q1..Q4, not '" +
                                        quarter.toStdString() + "'");
        setQuarter(filter, match.captured(1).toInt(), match.captured(2).toInt(),
                   QTimeZone::systemTimeZone());
    }
    filter.journeys = toSet(takeAll(args, "--journey"));
    filter.departments = toSet(takeAll(args, "--department"));
    filter.leaders = toSet(takeAll(args, "--leader"));
    filter.sectors = toSet(takeAll(args, "--sector"));
    for (const QString &name : takeAll(args, "--channel")) {
        const auto channel = channelFromString(name.toStdString());
        if (!channel)
            throw std::invalid_argument("unknown channel '" + name.toStdString() + "'");
        filter.channels.insert(*channel);
    }
    return filter;
}

std::vector<ReceivedWalk> receivedWalks(Database &db, Context &context)
{
    std::vector<ReceivedWalk> walks;
    for (const sync::ReceivedSummary &received : sync::listSummaries(db, {}, true)) {
        try {
            walks.push_back({parseSummary(received.summaryJson.toStdString()),
                             received.deviceId.toStdString()});
        } catch (const std::exception &error) { // said, and the rest still compiles
            context.err << "skipped walk " << received.walkId.toStdString() << ": " << error.what()
                        << "\n";
        }
    }
    return walks;
}

// Each photo's stored copy's size (0 when the review holds no copy of it).
std::vector<FilteredPhoto> sharedPhotoSizes(Database &db, std::vector<FilteredPhoto> photos)
{
    for (FilteredPhoto &photo : photos) {
        const auto received = sync::receivedPhoto(db, QString::fromStdString(photo.walkId),
                                                  QString::fromStdString(photo.photoId));
        photo.byteSize = received ? received->bytes.size() : 0;
    }
    return photos;
}

std::vector<JourneyTemplate> library(Database &db)
{
    TemplateStore store(db);
    std::vector<JourneyTemplate> journeys;
    std::set<std::string> seen;
    for (const TemplateHeader &header : store.list()) {
        if (seen.insert(header.id).second)
            journeys.push_back(store.load(header.id));
    }
    return journeys;
}

// it when the system speaks Italian, else en (the app's rule for "system").
QString defaultReportLanguage()
{
    return QLocale::system().name().startsWith("it") ? QStringLiteral("it") : QStringLiteral("en");
}

int report(Context &context, const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString format = takeOne(args, "--format");
    const QString out = takeOne(args, "--out");
    const QString period = takeOne(args, "--period");
    const QString language = takeOne(args, "--language");
    const ReviewFilter filter = takeFilter(args);
    if (!args.isEmpty() || out.isEmpty() || format.isEmpty())
        return kExitUsage;
    if (format != "json" && format != "pdf" && format != "html")
        throw std::invalid_argument("unknown --format '" + format.toStdString() +
                                    "' (json, pdf or html)");
    checkReportRequest(format, out, language, filter);
    if (!period.isEmpty() && period != "month" && period != "quarter")
        throw std::invalid_argument("--period is month or quarter, not '" + period.toStdString() +
                                    "'");
    Vault vault = openVault(context);
    CompileOptions options;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    options.zone = QTimeZone::systemTimeZone();
    options.periodKind = period == "quarter" ? PeriodKind::Quarter : PeriodKind::Month;
    options.library = library(vault.db());
    std::vector<Leader> roster;
    for (const sync::RosterEntry &entry : sync::Roster(vault.db()).all())
        roster.push_back({entry.deviceId.toStdString(), entry.label.toStdString(), entry.active()});
    const std::vector<ReceivedWalk> walks = receivedWalks(vault.db(), context);
    if (format != "json") {
        writeReportFile(context, vault.db(), format, out,
                        language.isEmpty() ? defaultReportLanguage() : language, walks, roster,
                        filter, options);
        return kExitOk;
    }
    const Findings findings = compile(walks, roster, filter, options);
    json document = findingsToJson(findings, filter, options.nowMs);
    if (!findings.noWalksMatch)
        document["photos"] =
            photosToJson(sharedPhotoSizes(vault.db(), filteredPhotos(walks, filter)));
    writeFileAtomically(context, out, document.dump(2) + "\n");
    if (out != "-")
        context.out << (findings.noWalksMatch ? std::string("no walks match")
                                              : std::to_string(findings.walks) + " walk(s)")
                    << ": findings written to " << out.toStdString() << "\n";
    return kExitOk;
}

int show(Context &context, const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString format = takeOne(args, "--format");
    if (args.size() != 1)
        return kExitUsage;
    if (!format.isEmpty() && format != "json" && format != "text")
        throw std::invalid_argument("review show prints --format text or json, not '" +
                                    format.toStdString() + "'");
    Vault vault = openVault(context);
    for (const sync::ReceivedSummary &received : sync::listSummaries(vault.db(), {}, true)) {
        if (received.walkId != args[0])
            continue;
        const WalkSummary summary = parseSummary(received.summaryJson.toStdString());
        if (format == "json") {
            const json document = {{"format", "intheirshoes.received"},
                                   {"version", 1},
                                   {"deviceId", received.deviceId.toStdString()},
                                   {"leader", received.deviceLabel.toStdString()},
                                   {"receivedWallMs", received.receivedMs},
                                   {"summary", summaryToJson(summary)}};
            context.out << document.dump(2) << "\n";
        } else {
            printSummary(context.out, summary, received);
        }
        return kExitOk;
    }
    throw std::runtime_error("no received summary of walk " + args[0].toStdString() +
                             " (see 'summaries')");
}

} // namespace

std::vector<Command> reviewCommands()
{
    return {
        {"review report",
         "--format json|pdf|html --out FILE [--from|--to YYYY-MM-DD] [--month YYYY-MM|--quarter "
         "YYYY-Qn] [--journey|--department|--channel|--leader|--sector X]... [--period "
         "month|quarter] [--language it|en]",
         "findings over the received summaries (--to included): json (--out - for stdout); pdf "
         "board pack, or with one --department its brief; html department brief",
         report},
        {"review show", "WALK-ID [--format text|json]",
         "print a received summary as the CCO sees it", show},
    };
}

} // namespace its::cli
