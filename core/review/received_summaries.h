#pragma once
// The summaries the review holds (the latest accepted revision of every walk), listed by
// journey, executive (device label) and date.

#include "vault/database.h"

#include <QByteArray>
#include <QString>
#include <limits>
#include <map>
#include <vector>

namespace its::sync {

struct ReceivedSummary
{
    QString walkId;
    int revision = 0;
    QString deviceId;
    QString deviceLabel;
    QString journeyId;
    QString journeyName;
    qint64 finishedMs = 0;
    qint64 receivedMs = 0;
    QByteArray summaryJson;
};

struct SummaryFilter
{
    QString journeyId;   // empty: any
    QString deviceLabel; // empty: any (the executive, as the roster names the device)
    qint64 fromMs = std::numeric_limits<qint64>::min(); // finished at or after
    qint64 toMs = std::numeric_limits<qint64>::max();   // finished before
};

// Envelopes the pull keeps because their signer is not on the roster, by device id: the next
// pull accepts them once the device is.
std::map<QString, int> envelopesAwaitingDevice(Database &db);

// Ordered by finish time, then walk id. `withJson` false skips the summary bodies.
std::vector<ReceivedSummary> listSummaries(Database &db, const SummaryFilter &filter = {},
                                           bool withJson = false);

} // namespace its::sync
