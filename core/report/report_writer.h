#pragma once
// Writing a report file: whole or not at all. The bytes go to a temporary file in the same
// folder, renamed over the target only when complete (QSaveFile), so an unwritable folder, a
// full disk or a failure halfway leaves no half-written file (and an existing one unchanged).
// PDFs need a QGuiApplication (fonts); the CLI makes an offscreen one.

#include <QString>

namespace its::report {

// Throws std::runtime_error "cannot write PATH: REASON (nothing was written)".
void writeHtmlFile(const QString &html, const QString &path);
// The HTML laid out on A4 portrait with page numbers, every font embedded (subset).
void writePdfFile(const QString &html, const QString &title, const QString &path);

} // namespace its::report
