#include "walk_import.h"

#include "walk_rows.h"

#include <nlohmann/json.hpp>

namespace its {

using namespace walkrows;

namespace {

void insertWalkRow(Database &db, const Walk &walk)
{
    Statement stmt = db.prepare(
        "INSERT INTO walks (id, revision, template_id, template_name, sector, language,"
        " template_json, persona, started_wall_ms, started_mono_ms, started_anchor,"
        " finished_wall_ms, finished_mono_ms, finished_anchor, status, recommend, effort,"
        " ces_scale_version, would_stay, csat)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    stmt.bindText(1, walk.id)
        .bindInt64(2, walk.revision)
        .bindText(3, walk.journey.id)
        .bindText(4, walk.journey.name)
        .bindText(5, walk.journey.sector)
        .bindText(6, walk.journey.language)
        .bindText(7, templateToJson(walk.journey).dump())
        .bindText(8, walk.persona);
    bindTime(stmt, 9, walk.startedAt);
    if (walk.finishedAt) {
        bindTime(stmt, 12, *walk.finishedAt);
    } else {
        stmt.bindNull(12).bindNull(13).bindNull(14);
    }
    const JourneyAnswers &answers = walk.answers;
    stmt.bindText(15, statusText(walk.status))
        .bindOptInt64(16, answers.recommend)
        .bindOptInt64(17, answers.effort)
        .bindText(18, answers.cesScaleVersion)
        .bindOptInt64(19, answers.wouldStay ? std::optional<std::int64_t>(*answers.wouldStay)
                                            : std::nullopt)
        .bindOptInt64(20, answers.csat);
    stmt.run();
}

void insertContact(Database &db, const Contact &contact, const std::string &walkId,
                   std::int64_t ordinal)
{
    Statement row = db.prepare("INSERT INTO contacts (id, walk_id, touchpoint_id, attempt,"
                               " outcome, repeat_count, ordinal, closed)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    row.bindText(1, contact.id)
        .bindText(2, walkId)
        .bindText(3, contact.touchpointId)
        .bindInt64(4, contact.attempt)
        .bindText(5, toString(contact.outcome))
        .bindInt64(6, contact.repeatCount)
        .bindInt64(7, ordinal)
        .bindInt64(8, contact.isClosed() ? 1 : 0);
    row.run();

    Statement event = db.prepare("INSERT INTO phase_events (contact_id, seq, phase, wall_ms,"
                                 " mono_ms, anchor) VALUES (?, ?, ?, ?, ?, ?)");
    std::int64_t seq = 0;
    for (const PhaseEvent &phaseEvent : contact.events) {
        event.reset();
        event.bindText(1, contact.id).bindInt64(2, ++seq).bindText(3, phaseEvent.phase);
        bindTime(event, 4, phaseEvent.at);
        event.run();
    }

    Statement handoff = db.prepare("INSERT INTO handoffs (contact_id, seq, from_department,"
                                   " to_department, wall_ms, mono_ms, anchor)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?)");
    seq = 0;
    for (const Handoff &h : contact.handoffs) {
        handoff.reset();
        handoff.bindText(1, contact.id)
            .bindInt64(2, ++seq)
            .bindText(3, h.fromDepartment)
            .bindText(4, h.toDepartment);
        bindTime(handoff, 5, h.at);
        handoff.run();
    }

    const Observation &observation = contact.observation;
    Statement note = db.prepare("INSERT INTO observations (contact_id, note, note_shareable,"
                                " private_staff_note, moment_kind, moment_theme,"
                                " moment_severity, moment_department)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    note.bindText(1, contact.id)
        .bindText(2, observation.note)
        .bindInt64(3, observation.noteShareable ? 1 : 0)
        .bindText(4, observation.privateStaffNote)
        .bindText(5, toString(observation.moment.kind))
        .bindText(6, observation.moment.theme)
        .bindInt64(7, observation.moment.severity)
        .bindText(8, observation.moment.department);
    note.run();

    Statement score = db.prepare("INSERT INTO criterion_scores (contact_id, criterion_id,"
                                 " ordinal, score) VALUES (?, ?, ?, ?)");
    std::int64_t scoreOrdinal = 0;
    for (const CriterionScore &s : observation.scores) {
        score.reset();
        score.bindText(1, contact.id).bindText(2, s.criterionId).bindInt64(3, scoreOrdinal++);
        score.bindOptInt64(4, s.score ? std::optional<std::int64_t>(*s.score) : std::nullopt);
        score.run();
    }
}

} // namespace

void importWalk(Database &db, const Walk &walk)
{
    if (walk.id.empty())
        throw VaultError(VaultErrorCode::InvalidInput, "the walk to import has no id");
    if (const auto problem = answersProblem(walk.answers))
        throw VaultError(VaultErrorCode::InvalidInput,
                         "walk " + walk.id + ": " + *problem + "; nothing was imported");
    Transaction tx(db);
    Statement exists = db.prepare("SELECT 1 FROM walks WHERE id = ?");
    exists.bindText(1, walk.id);
    if (exists.step())
        throw VaultError(VaultErrorCode::AlreadyExists,
                         "walk " + walk.id + " is already in the vault; nothing was imported");
    insertWalkRow(db, walk);
    std::int64_t ordinal = 0;
    for (const Contact &contact : walk.contacts)
        insertContact(db, contact, walk.id, ++ordinal);
    tx.commit();
}

} // namespace its
