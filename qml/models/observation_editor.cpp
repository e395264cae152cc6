#include "observation_editor.h"

#include "contact_controller.h"
#include "session_access.h"
#include "vault/walk_store.h"
#include "walk_controller.h"

#include <algorithm>

ObservationEditor::ObservationEditor(QObject *parent)
    : QObject(parent)
    , criteria_(this)
{
}

void ObservationEditor::setContact(ContactController *contact)
{
    if (contact_ == contact)
        return;
    if (contact_)
        disconnect(contact_, nullptr, this, nullptr);
    contact_ = contact;
    if (contact_) {
        connect(contact_, &ContactController::stateChanged, this, &ObservationEditor::load);
        connect(contact_, &QObject::destroyed, this, [this] {
            contact_ = nullptr;
            load();
        });
    }
    emit contactChanged();
    load();
}

bool ObservationEditor::available() const
{
    return contact_ && contact_->contact() != nullptr;
}

QString ObservationEditor::momentKind() const
{
    return QString::fromUtf8(its::toString(observation_.moment.kind));
}

void ObservationEditor::load()
{
    const its::Touchpoint *touchpoint = contact_ ? contact_->touchpoint() : nullptr;
    const its::Contact *contact = contact_ ? contact_->contact() : nullptr;
    observation_ = contact ? contact->observation : its::Observation{};
    criteria_.setCriteria(touchpoint ? touchpoint->criteria : std::vector<its::Criterion>{},
                          observation_.scores);
    emit changed();
}

bool ObservationEditor::save(its::Observation observation)
{
    const its::Contact *contact = contact_ ? contact_->contact() : nullptr;
    WalkController *walk = contact_ ? contact_->walk() : nullptr;
    its::Database *db = walk ? walk->database() : nullptr;
    if (!contact || !db) {
        if (walk)
            walk->setError(tr("Start the contact before scoring it."));
        return false;
    }
    try {
        its::WalkStore(*db).saveObservation(contact->id, observation);
    } catch (const std::exception &error) {
        walk->setError(tr("Score not saved: %1").arg(errorText(error)));
        walk->reload();
        return false;
    }
    walk->setError({});
    return walk->reload(); // reload -> ContactController::stateChanged -> load()
}

bool ObservationEditor::setScore(int row, int score)
{
    if (row < 0 || row >= criteria_.rowCount() || score < CriteriaScoreModel::kUnscored ||
        score > 5)
        return false;
    CriteriaScoreModel scratch;
    const its::Touchpoint *touchpoint = contact_ ? contact_->touchpoint() : nullptr;
    if (!touchpoint)
        return false;
    scratch.setCriteria(touchpoint->criteria, observation_.scores);
    scratch.setScore(row, score);
    its::Observation next = observation_;
    next.scores = scratch.scores();
    return save(next);
}

bool ObservationEditor::setNote(const QString &note)
{
    if (note == this->note())
        return true;
    its::Observation next = observation_;
    next.note = note.toStdString();
    return save(next);
}

bool ObservationEditor::setNoteShareable(bool shareable)
{
    its::Observation next = observation_;
    next.noteShareable = shareable;
    return save(next);
}

bool ObservationEditor::setStaffNote(const QString &names)
{
    if (names == staffNote())
        return true;
    its::Observation next = observation_;
    next.privateStaffNote = names.toStdString();
    return save(next);
}

bool ObservationEditor::setMoment(const QString &kind, const QString &theme, int severity)
{
    const std::optional<its::MomentKind> parsed = its::momentKindFromString(kind.toStdString());
    if (!parsed)
        return false;
    its::Observation next = observation_;
    next.moment.kind = *parsed;
    if (*parsed == its::MomentKind::None) {
        next.moment.theme.clear();
        next.moment.severity = 0;
    } else {
        next.moment.theme = theme.trimmed().toStdString();
        next.moment.severity = std::clamp(severity, 1, 3);
    }
    return save(next);
}
