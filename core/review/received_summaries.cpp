#include "review/received_summaries.h"

#include "sync/sync_schema.h"

namespace its::sync {

std::vector<ReceivedSummary> listSummaries(Database &db, const SummaryFilter &filter, bool withJson)
{
    migrateSyncSchema(db);
    Statement query = db.prepare(
        "SELECT s.walk_id, s.revision, s.device_id, COALESCE(r.label, ''), s.journey_id,"
        " s.journey_name, s.finished_at_ms, s.received_at_ms, CASE WHEN ? THEN s.summary_json"
        " ELSE '' END FROM sync_summaries s LEFT JOIN sync_roster r ON r.device_id = s.device_id"
        " WHERE (? = '' OR s.journey_id = ?) AND (? = '' OR r.label = ?)"
        " AND s.finished_at_ms >= ? AND s.finished_at_ms < ?"
        " ORDER BY s.finished_at_ms, s.walk_id");
    const std::string journey = toStd(filter.journeyId);
    const std::string label = toStd(filter.deviceLabel);
    query.bindInt64(1, withJson ? 1 : 0)
        .bindText(2, journey)
        .bindText(3, journey)
        .bindText(4, label)
        .bindText(5, label)
        .bindInt64(6, filter.fromMs)
        .bindInt64(7, filter.toMs);
    std::vector<ReceivedSummary> summaries;
    while (query.step()) {
        ReceivedSummary summary;
        summary.walkId = fromStd(query.columnText(0));
        summary.revision = query.columnInt(1);
        summary.deviceId = fromStd(query.columnText(2));
        summary.deviceLabel = fromStd(query.columnText(3));
        summary.journeyId = fromStd(query.columnText(4));
        summary.journeyName = fromStd(query.columnText(5));
        summary.finishedMs = query.columnInt64(6);
        summary.receivedMs = query.columnInt64(7);
        summary.summaryJson = QByteArray::fromStdString(query.columnText(8));
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

std::map<QString, int> envelopesAwaitingDevice(Database &db)
{
    migrateSyncSchema(db);
    Statement query =
        db.prepare("SELECT device_id, COUNT(*) FROM sync_received WHERE status = 'unknown_signer'"
                   " AND device_id NOT IN (SELECT device_id FROM sync_roster) GROUP BY device_id");
    std::map<QString, int> counts;
    while (query.step())
        counts[fromStd(query.columnText(0))] = query.columnInt(1);
    return counts;
}

} // namespace its::sync
