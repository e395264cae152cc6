#include "report/report_photos.h"

#include "report/html_parts.h"

#include <QBuffer>
#include <QImage>

namespace its::report {

using html::esc;

namespace {

constexpr int kThumbnailPx = 200; // the long side: small in the file, clear at 4 to a row
constexpr int kPerRow = 4;

// A fresh small JPEG as a data: URL, or "" when the bytes are no image.
QString thumbnailUrl(const QByteArray &jpeg)
{
    QImage image;
    if (jpeg.isEmpty() || !image.loadFromData(jpeg))
        return {};
    if (image.width() > kThumbnailPx || image.height() > kThumbnailPx)
        image =
            image.scaled(kThumbnailPx, kThumbnailPx, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_RGB888).save(&buffer, "JPEG", 80))
        return {};
    return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(bytes.toBase64());
}

QString cell(const ReportPhoto &p, const ReportText &t)
{
    const review::FilteredPhoto &photo = p.photo;
    const QString url = thumbnailUrl(p.jpeg);
    QString out = QStringLiteral("<td class=\"photo\" width=\"25%\">");
    out += url.isEmpty()
               ? QStringLiteral("<p class=\"note\">%1</p>")
                     .arg(esc(t.translate("ReportPhotos", "(the photo could not be read)")))
               : QStringLiteral("<img src=\"%1\" width=\"150\" alt=\"%2\"><br>")
                     .arg(url, esc(photo.caption));
    if (!photo.caption.empty())
        out += QStringLiteral("<b>%1</b><br>").arg(esc(photo.caption));
    const QString where =
        photo.touchpointName.empty()
            ? t.translate("ReportPhotos", "%1, the walk as a whole")
                  .arg(QString::fromStdString(photo.journeyName))
            : QStringLiteral("%1 · %2").arg(QString::fromStdString(photo.journeyName),
                                            QString::fromStdString(photo.touchpointName));
    out += QStringLiteral("<span class=\"note\">%1<br>%2</span></td>")
               .arg(esc(where), esc(t.date(photo.finishedWallMs)));
    return out;
}

} // namespace

ReportPhotos
selectReportPhotos(const std::vector<review::FilteredPhoto> &all,
                   const std::function<QByteArray(const review::FilteredPhoto &)> &read)
{
    ReportPhotos out;
    out.total = all.size();
    for (std::size_t i = 0; i < all.size() && i < kReportPhotoLimit; ++i)
        out.shown.push_back({all[i], read ? read(all[i]) : QByteArray()});
    return out;
}

QString photosSection(const ReportPhotos &photos, const ReportText &t, bool newPage)
{
    if (photos.shown.empty())
        return {};
    QString out = QStringLiteral("<h2%1>%2</h2>")
                      .arg(newPage ? QStringLiteral(" class=\"page\"") : QString(),
                           esc(t.translate("ReportPhotos", "Shared photos")));
    out += QStringLiteral("<p class=\"note\">%1</p>")
               .arg(esc(t.translate("ReportPhotos",
                                    "Photos the leaders chose to share after confirming that they "
                                    "show no faces and no names; the newest first.")));
    out += QStringLiteral("<table width=\"100%\" class=\"photos\">");
    for (std::size_t i = 0; i < photos.shown.size(); i += kPerRow) {
        out += QStringLiteral("<tr>");
        for (std::size_t j = i; j < i + kPerRow; ++j)
            out += j < photos.shown.size()
                       ? cell(photos.shown[j], t)
                       : QStringLiteral("<td class=\"photo\" width=\"25%\"></td>");
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    if (photos.total > photos.shown.size())
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(t.translate("ReportPhotos", "Photos in the period not shown here: %1.")
                                .arg(t.integer(
                                    static_cast<long long>(photos.total - photos.shown.size())))));
    return out;
}

} // namespace its::report
