#pragma once
// The shared photos in a report: the newest kReportPhotoLimit of those the filter includes
// (review/filtered_photos.h) as small thumbnails with caption, journey, touchpoint and date,
// and an honest count of the rest. No leader and no staff name is shown: the photo's leader
// confirmed it shows no faces and no names before it left the device.

#include "report/report_text.h"
#include "review/filtered_photos.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <vector>

namespace its::report {

inline constexpr std::size_t kReportPhotoLimit = 12;

struct ReportPhoto
{
    review::FilteredPhoto photo;
    QByteArray jpeg; // the copy as received; empty when it could not be read
};

struct ReportPhotos
{
    std::vector<ReportPhoto> shown; // newest first, at most kReportPhotoLimit
    std::size_t total = 0;          // every photo the filter includes
};

// Picks the photos to show and reads their bytes through `read` (the review vault's
// sync::receivedPhoto, on the thread that owns the vault).
ReportPhotos
selectReportPhotos(const std::vector<review::FilteredPhoto> &all,
                   const std::function<QByteArray(const review::FilteredPhoto &)> &read);

// The section: a grid of thumbnails (data: URLs, so the HTML stays one self-contained file);
// "" when there is no photo. `newPage` starts it on a page of its own in the PDF.
QString photosSection(const ReportPhotos &photos, const ReportText &t, bool newPage);

} // namespace its::report
