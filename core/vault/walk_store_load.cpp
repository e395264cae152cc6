// WalkStore's read side: whole walks, walk lists and pending long waits.
#include "walk_rows.h"
#include "walk_store.h"

#include <algorithm>
#include <sqlite3.h>

namespace its {

using namespace walkrows;

namespace {

void loadContactDetails(Database &db, Contact &contact)
{
    Statement events = db.prepare("SELECT seq, phase, wall_ms, mono_ms, anchor FROM phase_events"
                                  " WHERE contact_id = ? ORDER BY seq");
    events.bindText(1, contact.id);
    while (events.step())
        contact.events.push_back(
            PhaseEvent{events.columnInt64(0), events.columnText(1), columnTime(events, 2)});

    Statement handoffs = db.prepare("SELECT from_department, to_department, wall_ms, mono_ms,"
                                    " anchor FROM handoffs WHERE contact_id = ? ORDER BY seq");
    handoffs.bindText(1, contact.id);
    while (handoffs.step())
        contact.handoffs.push_back(
            Handoff{handoffs.columnText(0), handoffs.columnText(1), columnTime(handoffs, 2)});

    Statement note = db.prepare("SELECT note, note_shareable, private_staff_note, moment_kind,"
                                " moment_theme, moment_severity, moment_department"
                                " FROM observations"
                                " WHERE contact_id = ?");
    note.bindText(1, contact.id);
    if (note.step()) {
        Observation &observation = contact.observation;
        observation.note = note.columnText(0);
        observation.noteShareable = note.columnInt(1) != 0;
        observation.privateStaffNote = note.columnText(2);
        observation.moment.kind =
            momentKindFromString(note.columnText(3)).value_or(MomentKind::None);
        observation.moment.theme = note.columnText(4);
        observation.moment.severity = note.columnInt(5);
        observation.moment.department = note.columnText(6);
    }

    Statement scores = db.prepare("SELECT criterion_id, score FROM criterion_scores"
                                  " WHERE contact_id = ? ORDER BY ordinal");
    scores.bindText(1, contact.id);
    while (scores.step()) {
        CriterionScore score{scores.columnText(0), std::nullopt};
        if (!scores.isNull(1))
            score.score = scores.columnInt(1);
        contact.observation.scores.push_back(std::move(score));
    }
}

std::optional<TimePoint> optionalTime(const Statement &stmt, int first)
{
    if (stmt.isNull(first))
        return std::nullopt;
    return columnTime(stmt, first);
}

} // namespace

Walk WalkStore::loadWalk(const std::string &walkId)
{
    // One read transaction: the walk is a consistent snapshot even if another connection writes.
    // A savepoint nests inside a caller's transaction, unlike BEGIN.
    db_.exec("SAVEPOINT load_walk");
    struct EndRead
    {
        Database &db;
        ~EndRead() { sqlite3_exec(db.handle(), "RELEASE load_walk", nullptr, nullptr, nullptr); }
    } endRead{db_};

    Statement row = db_.prepare(
        "SELECT revision, template_json, persona, started_wall_ms, started_mono_ms,"
        " started_anchor, finished_wall_ms, finished_mono_ms, finished_anchor, status,"
        " recommend, effort, ces_scale_version, would_stay, csat FROM walks WHERE id = ?");
    row.bindText(1, walkId);
    if (!row.step())
        noWalk(walkId);
    Walk walk;
    walk.id = walkId;
    walk.revision = row.columnInt(0);
    walk.journey = parseSnapshot(row.columnText(1), walkId);
    walk.persona = row.columnText(2);
    walk.startedAt = columnTime(row, 3);
    walk.finishedAt = optionalTime(row, 6);
    walk.status = statusFromText(row.columnText(9));
    if (!row.isNull(10))
        walk.answers.recommend = row.columnInt(10);
    if (!row.isNull(11))
        walk.answers.effort = row.columnInt(11);
    walk.answers.cesScaleVersion = row.columnText(12);
    if (!row.isNull(13))
        walk.answers.wouldStay = row.columnInt(13) != 0;
    if (!row.isNull(14))
        walk.answers.csat = row.columnInt(14);

    Statement contacts = db_.prepare("SELECT id, touchpoint_id, attempt, outcome, repeat_count"
                                     " FROM contacts WHERE walk_id = ? ORDER BY ordinal");
    contacts.bindText(1, walkId);
    while (contacts.step()) {
        Contact contact;
        contact.id = contacts.columnText(0);
        contact.touchpointId = contacts.columnText(1);
        contact.attempt = contacts.columnInt(2);
        contact.outcome = outcomeFromString(contacts.columnText(3)).value_or(Outcome::Open);
        contact.repeatCount = contacts.columnInt(4);
        loadContactDetails(db_, contact);
        walk.contacts.push_back(std::move(contact));
    }
    return walk;
}

std::vector<WalkHeader> WalkStore::listWalks(const WalkFilter &filter)
{
    Statement stmt = db_.prepare(
        "SELECT id, revision, template_id, template_name, sector, language, persona,"
        " started_wall_ms, started_mono_ms, started_anchor,"
        " finished_wall_ms, finished_mono_ms, finished_anchor, status,"
        " (SELECT count(*) FROM contacts WHERE walk_id = walks.id)"
        " FROM walks WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR template_id = ?2)"
        " AND (?3 IS NULL OR sector = ?3) ORDER BY started_wall_ms DESC, id");
    stmt.bindOptText(1, filter.status ? std::optional<std::string_view>(statusText(*filter.status))
                                      : std::nullopt);
    stmt.bindOptText(2, filter.templateId ? std::optional<std::string_view>(*filter.templateId)
                                          : std::nullopt);
    stmt.bindOptText(3, filter.sector ? std::optional<std::string_view>(*filter.sector)
                                      : std::nullopt);
    std::vector<WalkHeader> out;
    while (stmt.step()) {
        WalkHeader header;
        header.id = stmt.columnText(0);
        header.revision = stmt.columnInt(1);
        header.templateId = stmt.columnText(2);
        header.templateName = stmt.columnText(3);
        header.sector = stmt.columnText(4);
        header.language = stmt.columnText(5);
        header.persona = stmt.columnText(6);
        header.startedAt = columnTime(stmt, 7);
        header.finishedAt = optionalTime(stmt, 10);
        header.status = statusFromText(stmt.columnText(13));
        header.contactCount = stmt.columnInt(14);
        out.push_back(std::move(header));
    }
    return out;
}

std::vector<PendingWait> WalkStore::pendingWaits()
{
    // The current phase of an open contact is its last standing event (undo events withdraw).
    Statement stmt = db_.prepare("SELECT c.walk_id, c.id, c.touchpoint_id"
                                 " FROM contacts c JOIN walks w ON w.id = c.walk_id"
                                 " WHERE c.closed = 0 AND w.status = 'in_progress'");
    Statement events = db_.prepare("SELECT seq, phase, wall_ms, mono_ms, anchor FROM phase_events"
                                   " WHERE contact_id = ? ORDER BY seq");
    std::vector<PendingWait> out;
    while (stmt.step()) {
        const std::string contactId = stmt.columnText(1);
        std::vector<PhaseEvent> log;
        events.reset();
        events.bindText(1, contactId);
        while (events.step())
            log.push_back(
                PhaseEvent{events.columnInt64(0), events.columnText(1), columnTime(events, 2)});
        const std::vector<PhaseEvent> standing = standingEvents(log);
        if (standing.empty() || !isLongWaitPhase(standing.back().phase))
            continue;
        out.push_back(PendingWait{stmt.columnText(0), contactId, stmt.columnText(2),
                                  standing.back().phase, standing.back().at});
    }
    std::stable_sort(out.begin(), out.end(), [](const PendingWait &a, const PendingWait &b) {
        return a.since.wallMs != b.since.wallMs ? a.since.wallMs < b.since.wallMs
                                                : a.contactId < b.contactId;
    });
    return out;
}

} // namespace its
