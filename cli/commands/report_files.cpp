#include "report_files.h"

#include <cstring>
#include <ostream>
#include <stdexcept>

#ifdef ITS_HAVE_REPORT
#include "report/board_pack.h"
#include "report/report_input.h"
#include "report/report_writer.h"
#include "review/received_photos.h"
#endif

namespace its::cli {

bool reportFilesSupported()
{
#ifdef ITS_HAVE_REPORT
    return true;
#else
    return false;
#endif
}

bool reportNeedsGui(int argc, char **argv)
{
    bool report = false;
    bool fonts = false;
    for (int i = 1; i < argc; ++i) {
        report = report || std::strcmp(argv[i], "report") == 0;
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc)
            fonts = std::strcmp(argv[i + 1], "pdf") == 0 || std::strcmp(argv[i + 1], "html") == 0;
    }
    return report && fonts;
}

void checkReportRequest(const QString &format, const QString &out, const QString &language,
                        const review::ReviewFilter &filter)
{
    if (!language.isEmpty() && language != "it" && language != "en")
        throw std::invalid_argument("--language is it or en, not '" + language.toStdString() + "'");
    if (format == "json")
        return;
    if (!reportFilesSupported())
        throw std::runtime_error("--format " + format.toStdString() +
                                 " needs the app's Qt modules, which this build left out");
    if (out == "-")
        throw std::invalid_argument("--format " + format.toStdString() +
                                    " writes a file: give --out FILE, not -");
    if (format == "html" && filter.departments.size() != 1)
        throw std::invalid_argument("--format html is a department brief: give exactly one "
                                    "--department ID");
    if (format == "pdf" && filter.departments.size() > 1)
        throw std::invalid_argument("--format pdf: give no --department for the board pack, or "
                                    "one for that department's brief");
}

void writeReportFile(Context &context, Database &db, const QString &format, const QString &out,
                     const QString &language, const std::vector<review::ReceivedWalk> &walks,
                     const std::vector<review::Leader> &roster, const review::ReviewFilter &filter,
                     const review::CompileOptions &options)
{
#ifdef ITS_HAVE_REPORT
    const report::ReportText text(language);
    report::ReportInput input = report::prepareReport(walks, roster, filter, options);
    input.photos = report::selectReportPhotos(
        review::filteredPhotos(walks, filter), [&db](const review::FilteredPhoto &photo) {
            const auto received = sync::receivedPhoto(db, QString::fromStdString(photo.walkId),
                                                      QString::fromStdString(photo.photoId));
            return received ? received->bytes : QByteArray();
        });
    const bool brief = !filter.departments.empty();
    const std::string department = brief ? *filter.departments.begin() : std::string();
    const QString html = brief ? report::departmentBriefHtml(input, department, text)
                               : report::boardPackHtml(input, text);
    if (format == "html")
        report::writeHtmlFile(html, out);
    else
        report::writePdfFile(html,
                             brief ? report::departmentBriefTitle(text, department)
                                   : report::boardPackTitle(text),
                             out);
    context.out << (input.findings.noWalksMatch ? std::string("no walks match")
                                                : std::to_string(input.findings.walks) + " walk(s)")
                << ": " << (brief ? "department brief" : "board pack") << " ("
                << text.language().toStdString() << ") written to " << out.toStdString() << "\n";
#else
    (void)context, (void)db, (void)out, (void)language, (void)walks, (void)roster, (void)filter,
        (void)options;
    throw std::runtime_error("--format " + format.toStdString() + " is not in this build");
#endif
}

} // namespace its::cli
