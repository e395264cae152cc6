#pragma once
// Internal to review_pull: checks one fetched envelope against the roster and the review key.

#include "review/review_circle.h"
#include "review/review_pull.h"
#include "review/roster.h"
#include "sync/naming.h"

#include <optional>
#include <variant>

namespace its::sync {

struct OpenedSummary
{
    QString deviceId;
    QString walkId;
    int revision = 0;
    QString journeyId;
    QString journeyName;
    qint64 finishedMs = 0;
    QByteArray summaryJson;
};

// Everything but the replay check (which needs the review vault's current state).
std::variant<OpenedSummary, Rejection> checkEnvelope(const QString &path, const EnvelopeName &name,
                                                     const QByteArray &bytes,
                                                     const ReviewCircle &circle, Roster &roster);

} // namespace its::sync
