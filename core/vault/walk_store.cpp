#include "walk_store.h"

#include "ids.h"
#include "walk_rows.h"

#include <nlohmann/json.hpp>

namespace its {

using namespace walkrows;

namespace {

// Returns whether the contact is closed; NotFound when it does not exist.
bool contactClosed(Database &db, const std::string &contactId)
{
    Statement stmt = db.prepare("SELECT closed FROM contacts WHERE id = ?");
    stmt.bindText(1, contactId);
    if (!stmt.step())
        noContact(contactId);
    return stmt.columnInt(0) != 0;
}

void requireOpenContact(Database &db, const std::string &contactId)
{
    if (contactClosed(db, contactId))
        throw VaultError(VaultErrorCode::InvalidInput,
                         "contact " + contactId + " is already closed; start a new contact");
}

std::int64_t nextSeq(Database &db, const char *table, const std::string &contactId)
{
    Statement stmt = db.prepare(std::string("SELECT coalesce(max(seq), 0) + 1 FROM ") + table +
                                " WHERE contact_id = ?");
    stmt.bindText(1, contactId);
    stmt.step();
    return stmt.columnInt64(0);
}

void insertEvent(Database &db, const std::string &contactId, std::int64_t seq,
                 std::string_view phase, const TimePoint &at)
{
    Statement stmt = db.prepare("INSERT INTO phase_events (contact_id, seq, phase, wall_ms,"
                                " mono_ms, anchor) VALUES (?, ?, ?, ?, ?, ?)");
    stmt.bindText(1, contactId).bindInt64(2, seq).bindText(3, phase);
    bindTime(stmt, 4, at);
    stmt.run();
}

void requireChanged(Database &db, const std::string &walkId)
{
    if (db.changes() == 0)
        noWalk(walkId);
}

} // namespace

std::string WalkStore::createWalk(const JourneyTemplate &snapshot, const std::string &persona,
                                  const TimePoint &at)
{
    const std::string id = newUuid();
    const std::string json = templateToJson(snapshot).dump();
    Transaction tx(db_);
    Statement stmt = db_.prepare(
        "INSERT INTO walks (id, template_id, template_name, sector, language, template_json,"
        " persona, started_wall_ms, started_mono_ms, started_anchor)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    stmt.bindText(1, id)
        .bindText(2, snapshot.id)
        .bindText(3, snapshot.name)
        .bindText(4, snapshot.sector)
        .bindText(5, snapshot.language)
        .bindText(6, json)
        .bindText(7, persona);
    bindTime(stmt, 8, at);
    stmt.run();
    tx.commit();
    return id;
}

std::string WalkStore::startContact(const std::string &walkId, const std::string &touchpointId,
                                    const TimePoint &at, std::string_view firstPhase)
{
    Transaction tx(db_);
    Statement walk = db_.prepare("SELECT template_json, status FROM walks WHERE id = ?");
    walk.bindText(1, walkId);
    if (!walk.step())
        noWalk(walkId);
    if (statusFromText(walk.columnText(1)) == WalkStatus::Finished)
        throw VaultError(VaultErrorCode::InvalidInput,
                         "walk " + walkId + " is finished; reopen it before adding contacts");
    const JourneyTemplate journey = parseSnapshot(walk.columnText(0), walkId);
    const Touchpoint *touchpoint = journey.findTouchpoint(touchpointId);
    if (touchpoint == nullptr)
        throw VaultError(VaultErrorCode::NotFound,
                         "the walk's journey has no touchpoint '" + touchpointId + "'");
    std::string phase(firstPhase);
    if (phase.empty()) {
        if (touchpoint->effectivePhases().empty())
            throw VaultError(VaultErrorCode::InvalidInput,
                             "touchpoint '" + touchpointId + "' has no phases");
        phase = touchpoint->effectivePhases().front();
    }
    if (phase == kEndPhase || phase == kUndoPhase)
        throw VaultError(VaultErrorCode::InvalidInput,
                         "a contact cannot start with '" + phase + "'");

    Statement counts =
        db_.prepare("SELECT coalesce(sum(touchpoint_id = ?2), 0) + 1, coalesce(max(ordinal), 0) + 1"
                    " FROM contacts WHERE walk_id = ?1");
    counts.bindText(1, walkId).bindText(2, touchpointId);
    counts.step();
    const std::string id = newUuid();
    Statement insert = db_.prepare("INSERT INTO contacts (id, walk_id, touchpoint_id, attempt,"
                                   " ordinal) VALUES (?, ?, ?, ?, ?)");
    insert.bindText(1, id)
        .bindText(2, walkId)
        .bindText(3, touchpointId)
        .bindInt64(4, counts.columnInt64(0))
        .bindInt64(5, counts.columnInt64(1));
    insert.run();
    insertEvent(db_, id, 1, phase, at);
    tx.commit();
    return id;
}

std::int64_t WalkStore::appendPhaseEvent(const std::string &contactId, std::string_view phase,
                                         const TimePoint &at)
{
    if (phase.empty() || phase == kEndPhase || phase == kUndoPhase)
        throw VaultError(VaultErrorCode::InvalidInput,
                         "a phase event needs a phase id (use closeContact to end a contact,"
                         " undoLastEvent to undo)");
    Transaction tx(db_);
    requireOpenContact(db_, contactId);
    const std::int64_t seq = nextSeq(db_, "phase_events", contactId);
    insertEvent(db_, contactId, seq, phase, at);
    tx.commit();
    return seq;
}

void WalkStore::closeContact(const std::string &contactId, Outcome outcome, const TimePoint &at)
{
    if (outcome == Outcome::Open)
        throw VaultError(VaultErrorCode::InvalidInput,
                         "closing a contact needs an outcome other than 'open'");
    Transaction tx(db_);
    requireOpenContact(db_, contactId);
    insertEvent(db_, contactId, nextSeq(db_, "phase_events", contactId), kEndPhase, at);
    Statement stmt = db_.prepare("UPDATE contacts SET outcome = ?, closed = 1 WHERE id = ?");
    stmt.bindText(1, toString(outcome)).bindText(2, contactId);
    stmt.run();
    tx.commit();
}

std::string WalkStore::undoLastEvent(const std::string &contactId, const TimePoint &at)
{
    Transaction tx(db_);
    contactClosed(db_, contactId); // existence check
    std::vector<PhaseEvent> events;
    Statement read = db_.prepare("SELECT seq, phase FROM phase_events WHERE contact_id = ?"
                                 " ORDER BY seq");
    read.bindText(1, contactId);
    while (read.step())
        events.push_back(PhaseEvent{read.columnInt64(0), read.columnText(1), {}});
    const std::vector<PhaseEvent> standing = standingEvents(events);
    if (standing.size() < 2)
        throw VaultError(VaultErrorCode::InvalidInput,
                         "contact " + contactId + " has no phase change or end to undo");
    const std::string withdrawn = standing.back().phase;
    insertEvent(db_, contactId, nextSeq(db_, "phase_events", contactId), kUndoPhase, at);
    if (withdrawn == kEndPhase) {
        Statement reopen =
            db_.prepare("UPDATE contacts SET outcome = 'open', closed = 0 WHERE id = ?");
        reopen.bindText(1, contactId);
        reopen.run();
    }
    tx.commit();
    return withdrawn;
}

void WalkStore::addHandoff(const std::string &contactId, const Handoff &handoff)
{
    Transaction tx(db_);
    contactClosed(db_, contactId); // existence check; a handoff may be noted after closing
    Statement stmt = db_.prepare("INSERT INTO handoffs (contact_id, seq, from_department,"
                                 " to_department, wall_ms, mono_ms, anchor)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)");
    stmt.bindText(1, contactId)
        .bindInt64(2, nextSeq(db_, "handoffs", contactId))
        .bindText(3, handoff.fromDepartment)
        .bindText(4, handoff.toDepartment);
    bindTime(stmt, 5, handoff.at);
    stmt.run();
    tx.commit();
}

void WalkStore::setRepeatCount(const std::string &contactId, int count)
{
    if (count < 0)
        throw VaultError(VaultErrorCode::InvalidInput, "a repeat count cannot be negative");
    Transaction tx(db_);
    Statement stmt = db_.prepare("UPDATE contacts SET repeat_count = ? WHERE id = ?");
    stmt.bindInt64(1, count).bindText(2, contactId);
    stmt.run();
    if (db_.changes() == 0)
        noContact(contactId);
    tx.commit();
}

int WalkStore::incrementRepeat(const std::string &contactId)
{
    Transaction tx(db_);
    Statement stmt =
        db_.prepare("UPDATE contacts SET repeat_count = repeat_count + 1 WHERE id = ?");
    stmt.bindText(1, contactId);
    stmt.run();
    if (db_.changes() == 0)
        noContact(contactId);
    Statement read = db_.prepare("SELECT repeat_count FROM contacts WHERE id = ?");
    read.bindText(1, contactId);
    read.step();
    const int count = read.columnInt(0);
    tx.commit();
    return count;
}

void WalkStore::setAnswers(const std::string &walkId, const JourneyAnswers &answers)
{
    if (const auto problem = answersProblem(answers))
        throw VaultError(VaultErrorCode::InvalidInput, *problem);
    Transaction tx(db_);
    Statement stmt = db_.prepare("UPDATE walks SET recommend = ?, effort = ?,"
                                 " ces_scale_version = ?, would_stay = ?, csat = ? WHERE id = ?");
    stmt.bindOptInt64(1, answers.recommend)
        .bindOptInt64(2, answers.effort)
        .bindText(3, answers.cesScaleVersion)
        .bindOptInt64(4, answers.wouldStay ? std::optional<std::int64_t>(*answers.wouldStay ? 1 : 0)
                                           : std::nullopt)
        .bindOptInt64(5, answers.csat)
        .bindText(6, walkId);
    stmt.run();
    requireChanged(db_, walkId);
    tx.commit();
}

void WalkStore::finishWalk(const std::string &walkId, const TimePoint &at)
{
    Transaction tx(db_);
    Statement stmt = db_.prepare("UPDATE walks SET status = 'finished', finished_wall_ms = ?,"
                                 " finished_mono_ms = ?, finished_anchor = ? WHERE id = ?");
    bindTime(stmt, 1, at);
    stmt.bindText(4, walkId);
    stmt.run();
    requireChanged(db_, walkId);
    tx.commit();
}

void WalkStore::reopenWalk(const std::string &walkId)
{
    Transaction tx(db_);
    Statement exists = db_.prepare("SELECT 1 FROM walks WHERE id = ?");
    exists.bindText(1, walkId);
    if (!exists.step())
        noWalk(walkId);
    // Only a finished walk has a summary that may already have been shared: bump its revision
    // so the next sync supersedes it.
    Statement stmt = db_.prepare(
        "UPDATE walks SET status = 'in_progress', finished_wall_ms = NULL, finished_mono_ms = NULL,"
        " finished_anchor = NULL, revision = revision + 1 WHERE id = ? AND status = 'finished'");
    stmt.bindText(1, walkId);
    stmt.run();
    tx.commit();
}

void WalkStore::deleteWalk(const std::string &walkId)
{
    Transaction tx(db_);
    Statement stmt = db_.prepare("DELETE FROM walks WHERE id = ?"); // cascades (foreign_keys=ON)
    stmt.bindText(1, walkId);
    stmt.run();
    requireChanged(db_, walkId);
    tx.commit();
}

} // namespace its
