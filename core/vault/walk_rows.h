#pragma once
// Internal helpers shared by walk_store.cpp and walk_store_load.cpp: how time points, statuses
// and templates map onto columns.

#include "database.h"
#include "domain/walk.h"
#include "formats/format_error.h"
#include "formats/template_json.h"

#include <string>

namespace its::walkrows {

inline void bindTime(Statement &stmt, int first, const TimePoint &at)
{
    stmt.bindInt64(first, at.wallMs).bindInt64(first + 1, at.monoMs).bindText(first + 2, at.anchor);
}

inline TimePoint columnTime(const Statement &stmt, int first)
{
    return TimePoint{stmt.columnInt64(first), stmt.columnInt64(first + 1),
                     stmt.columnText(first + 2)};
}

inline std::string_view statusText(WalkStatus status)
{
    return status == WalkStatus::Finished ? "finished" : "in_progress";
}

inline WalkStatus statusFromText(const std::string &text)
{
    return text == "finished" ? WalkStatus::Finished : WalkStatus::InProgress;
}

inline JourneyTemplate parseSnapshot(const std::string &json, const std::string &walkId)
{
    try {
        return parseTemplate(json);
    } catch (const FormatError &e) {
        throw VaultError(VaultErrorCode::Corrupt,
                         "the journey snapshot of walk " + walkId + " is damaged: " + e.what());
    }
}

[[noreturn]] inline void noWalk(const std::string &walkId)
{
    throw VaultError(VaultErrorCode::NotFound, "no walk with id '" + walkId + "'");
}

[[noreturn]] inline void noContact(const std::string &contactId)
{
    throw VaultError(VaultErrorCode::NotFound, "no contact with id '" + contactId + "'");
}

} // namespace its::walkrows
