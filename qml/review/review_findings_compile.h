#pragma once
// The dashboard's compile as the worker thread runs it: an immutable snapshot of the received
// walks (loaded once, on the UI thread, from the review vault) and a request (the filter and the
// period before it) in; the findings of the period, of the period before and the change between
// the two out. Pure: no vault, no QObject, safe to run on any thread.

#include "review/compile.h"

#include <QString>
#include <QTimeZone>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace review {

struct FindingsSnapshot
{
    std::vector<its::review::ReceivedWalk> walks; // the newest revision of each walk held
    std::vector<its::review::Leader> roster;
    std::vector<its::JourneyTemplate> library;
    std::unordered_map<std::string, std::size_t> byWalkId; // index into walks

    const its::review::ReceivedWalk *find(const std::string &walkId) const;
    // The roster's label for a device; "" when the device is not on the roster.
    QString leaderLabel(const std::string &deviceId) const;
};

struct FindingsRequest
{
    its::review::ReviewFilter filter; // the period chosen and every other dimension
    // The period before, [previousFromMs, filter.fromMs): compared with the chosen one.
    std::optional<std::int64_t> previousFromMs;
    its::review::PeriodKind periodKind = its::review::PeriodKind::Month;
    std::int64_t nowMs = 0;
    QTimeZone zone = QTimeZone::utc();
};

struct FindingsResult
{
    std::shared_ptr<const FindingsSnapshot> snapshot;
    its::review::Findings current;
    std::optional<its::review::Findings> previous;
    // The chosen period's figures, each tested against the period before (trends' rule).
    std::optional<its::review::PeriodFindings> change;
    std::vector<std::string> walkIds;                         // the walks that match
    std::map<std::string, std::vector<std::string>> answered; // headline key -> walks answering
    std::map<std::string, std::vector<std::string>> byLeader; // device id -> walks
    std::string error; // the compile threw: nothing else is set
};

FindingsResult compileFindings(std::shared_ptr<const FindingsSnapshot> snapshot,
                               const FindingsRequest &request);

} // namespace review
