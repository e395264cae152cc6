#pragma once
// The photos that arrive sealed with a summary (summary format v4), kept by the review apart
// from the summary's JSON: the stored JSON lists each photo's caption and contact, and the bytes
// sit here, read one photo at a time for a drill-down or a report.

#include "vault/database.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace its::sync {

struct ReceivedPhoto
{
    QString walkId;
    QString photoId;
    QString contactId; // empty: the walk as a whole
    QString caption;
    QString mime;
    QByteArray bytes;
};

// Inside the pull's transaction, for an accepted summary: replaces the walk's photos with those
// of `summaryJson` and returns the JSON to store, without the photos' bytes.
std::string storeReceivedPhotos(Database &db, const QString &walkId, const QByteArray &summaryJson);

// The walk's photos in the summary's order; `withBytes` false leaves `bytes` empty.
std::vector<ReceivedPhoto> receivedPhotos(Database &db, const QString &walkId,
                                          bool withBytes = true);
std::optional<ReceivedPhoto> receivedPhoto(Database &db, const QString &walkId,
                                           const QString &photoId);

} // namespace its::sync
