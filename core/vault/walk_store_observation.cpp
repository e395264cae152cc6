// WalkStore::saveObservation: a contact's note, moment and criterion scores, replaced as a whole.
#include "walk_rows.h"
#include "walk_store.h"

namespace its {

void WalkStore::saveObservation(const std::string &contactId, const Observation &observation)
{
    for (const CriterionScore &score : observation.scores) {
        if (score.criterionId.empty())
            throw VaultError(VaultErrorCode::InvalidInput, "a criterion score needs its criterion");
        if (score.score && (*score.score < 1 || *score.score > 5))
            throw VaultError(VaultErrorCode::InvalidInput,
                             "criterion '" + score.criterionId + "' must be scored 1..5 or N/A");
    }
    const Moment &moment = observation.moment;
    const bool hasMoment = moment.kind != MomentKind::None;
    if (moment.severity < 0 || moment.severity > 3 || (hasMoment && moment.severity == 0))
        throw VaultError(VaultErrorCode::InvalidInput,
                         "a pain point or memorable moment needs a severity of 1..3");
    Transaction tx(db_);
    Statement exists = db_.prepare("SELECT 1 FROM contacts WHERE id = ?");
    exists.bindText(1, contactId);
    if (!exists.step())
        walkrows::noContact(contactId);
    Statement stmt =
        db_.prepare("INSERT OR REPLACE INTO observations (contact_id, note, note_shareable,"
                    " private_staff_note, moment_kind, moment_theme, moment_severity,"
                    " moment_department) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    stmt.bindText(1, contactId)
        .bindText(2, observation.note)
        .bindInt64(3, observation.noteShareable ? 1 : 0)
        .bindText(4, observation.privateStaffNote)
        .bindText(5, toString(moment.kind))
        .bindText(6, hasMoment ? moment.theme : std::string())
        .bindInt64(7, hasMoment ? moment.severity : 0)
        .bindText(8, hasMoment ? moment.department : std::string());
    stmt.run();
    Statement clear = db_.prepare("DELETE FROM criterion_scores WHERE contact_id = ?");
    clear.bindText(1, contactId);
    clear.run();
    Statement insert = db_.prepare("INSERT INTO criterion_scores (contact_id, criterion_id,"
                                   " ordinal, score) VALUES (?, ?, ?, ?)");
    std::int64_t ordinal = 0;
    for (const CriterionScore &score : observation.scores) {
        insert.reset();
        insert.bindText(1, contactId)
            .bindText(2, score.criterionId)
            .bindInt64(3, ++ordinal)
            .bindOptInt64(4,
                          score.score ? std::optional<std::int64_t>(*score.score) : std::nullopt);
        insert.run(); // a duplicate criterion id fails the PRIMARY KEY: AlreadyExists
    }
    tx.commit();
}

} // namespace its
