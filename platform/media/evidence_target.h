#pragma once
// Where a captured item goes: the walk, the contact, its caption and its time on the contact's
// timeline. Shared by photo intake and voice recording.

#include <QString>
#include <cstdint>
#include <optional>
#include <string>

namespace its::media {

struct EvidenceTarget
{
    std::string walkId;
    std::optional<std::string> contactId;
    std::string caption;
    std::optional<std::int64_t> contactOffsetMs; // ms since the contact started
    std::int64_t createdAtMs = 0;                // wall clock, ms since the epoch
};

// The outcome of storing one item: the evidence id, or a message the UI can show as is.
struct IntakeResult
{
    std::string id;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace its::media
