#include "review_report_exporter.h"

#include "formats/summary_json.h"
#include "report/board_pack.h"
#include "report/report_writer.h"
#include "review/received_photos.h"
#include "review/received_summaries.h"
#include "review/roster.h"
#include "session_access.h"
#include "vault/template_store.h"
#include "vault_session.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <set>

using namespace its;
using namespace its::review;

namespace {

// What the worker needs, copied out of the vault on the UI thread.
struct Request
{
    std::vector<ReceivedWalk> walks;
    std::vector<Leader> roster;
    ReviewFilter filter;
    CompileOptions options;
    std::string department;
    QString format;
    QString language;
    QString path;
    report::ReportPhotos photos; // read on the UI thread, which owns the vault
};

Request readVault(Database &db)
{
    Request request;
    for (const sync::ReceivedSummary &received : sync::listSummaries(db, {}, true))
        request.walks.push_back(
            {parseSummary(received.summaryJson.toStdString()), received.deviceId.toStdString()});
    for (const sync::RosterEntry &entry : sync::Roster(db).all())
        request.roster.push_back(
            {entry.deviceId.toStdString(), entry.label.toStdString(), entry.active()});
    TemplateStore store(db);
    std::set<std::string> seen;
    for (const TemplateHeader &header : store.list()) {
        if (seen.insert(header.id).second)
            request.options.library.push_back(store.load(header.id));
    }
    return request;
}

// Runs on the worker thread: "" when the file is written, else why not.
QString makeReport(const Request &request)
{
    try {
        const report::ReportText text(request.language);
        report::ReportInput input =
            report::prepareReport(request.walks, request.roster, request.filter, request.options);
        input.photos = request.photos;
        const bool brief = !request.department.empty();
        const QString html = brief ? report::departmentBriefHtml(input, request.department, text)
                                   : report::boardPackHtml(input, text);
        if (request.format == QLatin1String("html"))
            report::writeHtmlFile(html, request.path);
        else
            report::writePdfFile(html,
                                 brief ? report::departmentBriefTitle(text, request.department)
                                       : report::boardPackTitle(text),
                                 request.path);
        return {};
    } catch (const std::exception &error) {
        return errorText(error);
    }
}

std::optional<std::int64_t> dayStart(const QString &text, int addDays)
{
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date.addDays(addDays), QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

ReviewReportExporter::ReviewReportExporter(QObject *parent)
    : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = watcher_.result();
        errorString_ = error.isEmpty() ? QString() : tr("The report was not saved: %1").arg(error);
        if (!error.isEmpty())
            savedPath_.clear();
        busy_ = false;
        emit busyChanged();
        emit finished();
    });
}

ReviewReportExporter::~ReviewReportExporter()
{
    watcher_.waitForFinished(); // the worker holds nothing of ours, but let it end with us
}

void ReviewReportExporter::setSession(VaultSession *session)
{
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

void ReviewReportExporter::reload()
{
    QStringList departments;
    if (Database *db = sessionDatabase(session_)) {
        try {
            for (const std::string &id : report::knownDepartments(readVault(*db).walks))
                departments << QString::fromStdString(id);
        } catch (const std::exception &error) {
            fail(tr("Cannot read the received summaries: %1").arg(errorText(error)));
        }
    }
    if (departments != departments_) {
        departments_ = departments;
        emit departmentsChanged();
    }
}

void ReviewReportExporter::fail(const QString &error)
{
    errorString_ = error;
    savedPath_.clear();
    emit finished();
}

bool ReviewReportExporter::start(const QString &department, const QString &format,
                                 const QString &language, const QString &from, const QString &to,
                                 const QString &path)
{
    if (busy_)
        return false;
    Database *db = sessionDatabase(session_);
    if (!db) {
        fail(tr("The vault is locked."));
        return false;
    }
    const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    if (local.trimmed().isEmpty()) {
        fail(tr("Choose where to save the report."));
        return false;
    }
    if (format == QLatin1String("html") && department.isEmpty()) {
        fail(tr("The HTML file is a department brief: choose a department."));
        return false;
    }
    if ((!from.isEmpty() && !dayStart(from, 0)) || (!to.isEmpty() && !dayStart(to, 1))) {
        fail(tr("Dates are written as YYYY-MM-DD."));
        return false;
    }
    Request request;
    try {
        request = readVault(*db);
    } catch (const std::exception &error) {
        fail(tr("Cannot read the received summaries: %1").arg(errorText(error)));
        return false;
    }
    request.filter.fromMs = dayStart(from, 0);
    request.filter.toMs = dayStart(to, 1); // the last day included
    if (!department.isEmpty())
        request.filter.departments = {department.toStdString()};
    request.photos = report::selectReportPhotos(
        filteredPhotos(request.walks, request.filter), [db](const FilteredPhoto &photo) {
            const auto received = sync::receivedPhoto(*db, QString::fromStdString(photo.walkId),
                                                      QString::fromStdString(photo.photoId));
            return received ? received->bytes : QByteArray();
        });
    request.options.nowMs = QDateTime::currentMSecsSinceEpoch();
    request.options.zone = QTimeZone::systemTimeZone();
    request.department = department.toStdString();
    request.format = format == QLatin1String("html") ? format : QStringLiteral("pdf");
    request.language = language;
    request.path = local;
    savedPath_ = local;
    errorString_.clear();
    busy_ = true;
    emit busyChanged();
    watcher_.setFuture(QtConcurrent::run(makeReport, std::move(request)));
    return true;
}

QString ReviewReportExporter::suggestedPath(const QString &department, const QString &format) const
{
    const QString day = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    const QString suffix =
        format == QLatin1String("html") ? QStringLiteral("html") : QStringLiteral("pdf");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    if (department.isEmpty())
        return QStringLiteral("%1/board-pack-%2.%3").arg(folder, day, suffix);
    QString safe = department;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("%1/brief-%2-%3.%4").arg(folder, safe, day, suffix);
}
