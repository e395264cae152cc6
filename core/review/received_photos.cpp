#include "review/received_photos.h"

#include "formats/summary_json.h"
#include "sync/sync_schema.h"

#include <nlohmann/json.hpp>

namespace its::sync {
namespace {

ReceivedPhoto readPhoto(const Statement &row, bool withBytes)
{
    ReceivedPhoto photo;
    photo.walkId = fromStd(row.columnText(0));
    photo.photoId = fromStd(row.columnText(1));
    photo.contactId = fromStd(row.columnText(2));
    photo.caption = fromStd(row.columnText(3));
    photo.mime = fromStd(row.columnText(4));
    if (withBytes)
        photo.bytes = columnBytes(row, 5);
    return photo;
}

constexpr const char *kColumns =
    "SELECT walk_id, photo_id, contact_id, caption, mime, data FROM sync_received_photos ";

} // namespace

std::string storeReceivedPhotos(Database &db, const QString &walkId, const QByteArray &summaryJson)
{
    // Already checked by the envelope check: parsing again cannot fail on a valid summary.
    const std::string_view text(summaryJson.constData(),
                                static_cast<std::size_t>(summaryJson.size()));
    const WalkSummary summary = parseSummary(text);
    db.prepare("DELETE FROM sync_received_photos WHERE walk_id = ?")
        .bindText(1, toStd(walkId))
        .run();
    Statement insert = db.prepare(
        "INSERT INTO sync_received_photos (walk_id, photo_id, ordinal, contact_id, caption, mime,"
        " data) VALUES (?, ?, ?, ?, ?, ?, ?)");
    int ordinal = 0;
    for (const SummaryPhoto &photo : summary.photos) {
        if (photo.bytes.empty())
            continue; // listed without its bytes: nothing to show, nothing to keep
        insert.reset();
        insert.bindText(1, toStd(walkId))
            .bindText(2, photo.id)
            .bindInt64(3, ordinal++)
            .bindText(4, photo.contactId)
            .bindText(5, photo.caption)
            .bindText(6, photo.mime)
            .bindBlob(7, std::span(reinterpret_cast<const unsigned char *>(photo.bytes.data()),
                                   photo.bytes.size()))
            .run();
    }
    return withoutPhotoData(nlohmann::json::parse(text)).dump();
}

std::vector<ReceivedPhoto> receivedPhotos(Database &db, const QString &walkId, bool withBytes)
{
    Statement query = db.prepare(std::string(kColumns) + "WHERE walk_id = ? ORDER BY ordinal");
    query.bindText(1, toStd(walkId));
    std::vector<ReceivedPhoto> out;
    while (query.step())
        out.push_back(readPhoto(query, withBytes));
    return out;
}

std::optional<ReceivedPhoto> receivedPhoto(Database &db, const QString &walkId,
                                           const QString &photoId)
{
    Statement query = db.prepare(std::string(kColumns) + "WHERE walk_id = ? AND photo_id = ?");
    query.bindText(1, toStd(walkId)).bindText(2, toStd(photoId));
    if (!query.step())
        return std::nullopt;
    return readPhoto(query, true);
}

} // namespace its::sync
