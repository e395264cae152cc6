#pragma once
// review report --format pdf|html: the board pack (PDF) or one department's brief (HTML or
// PDF), made by core/report in the chosen language. Needs the QGuiApplication that main()
// makes for these formats (offscreen when no display is set).

#include "context.h"
#include "review/compile.h"
#include "vault/database.h"

#include <QString>
#include <vector>

namespace its::cli {

// True when this build has core/report (the app's Qt modules were built).
bool reportFilesSupported();

// Throws std::invalid_argument for a bad request (html without exactly one --department, an
// unknown department, a bad --language) and std::runtime_error when the file cannot be written;
// either way no file is left behind.
// The shared photos' bytes come from `db`, the review vault.
void writeReportFile(Context &context, Database &db, const QString &format, const QString &out,
                     const QString &language, const std::vector<review::ReceivedWalk> &walks,
                     const std::vector<review::Leader> &roster, const review::ReviewFilter &filter,
                     const review::CompileOptions &options);

// The request's own checks, before the vault is opened (so no passphrase prompt is wasted).
void checkReportRequest(const QString &format, const QString &out, const QString &language,
                        const review::ReviewFilter &filter);

// Whether argv asks for a format that needs fonts (and so a QGuiApplication).
bool reportNeedsGui(int argc, char **argv);

} // namespace its::cli
