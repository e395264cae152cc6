#include "report/report_writer.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <stdexcept>

namespace its::report {

namespace {

[[noreturn]] void fail(const QString &path, const QString &reason)
{
    throw std::runtime_error("cannot write " + path.toStdString() + ": " + reason.toStdString() +
                             " (nothing was written)");
}

} // namespace

void writeHtmlFile(const QString &html, const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(path, file.errorString());
}

void writePdfFile(const QString &html, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print adds a 2 cm frame inside these margins and numbers the pages.
        writer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter);
        writer.setResolution(96); // layout units as on screen: cellpadding, 1px borders
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("InTheirShoes"));
        QTextDocument document;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setHtml(html);
        // No ligatures: "fi" stays two letters, so a search or pdftotext finds "figures".
        QTextCursor all(&document);
        all.select(QTextCursor::Document);
        QTextCharFormat plain;
        plain.setFontStyleStrategy(QFont::PreferNoShaping);
        all.mergeCharFormat(plain);
        document.print(&writer);
    } // the writer finishes the PDF here
    if (file.error() != QFileDevice::NoError || !file.commit())
        fail(path, file.errorString());
}

} // namespace its::report
