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
    return QString::fromUtf8(its::toString(shownMoment().kind));
}

void ObservationEditor::load()
{
    const its::Touchpoint *touchpoint = contact_ ? contact_->touchpoint() : nullptr;
    const its::Contact *contact = contact_ ? contact_->contact() : nullptr;
    observation_ = contact ? contact->observation : its::Observation{};
    if (!contact || contact->id != draftContactId_)
        draft_.reset();
    WalkController *walk = contact_ ? contact_->walk() : nullptr;
    QStringList departments = walk ? walk->departments() : QStringList();
    for (const char *common : {"sales", "marketing", "billing", "operations"}) {
        const QString id = QString::fromLatin1(common);
        if (!departments.contains(id))
            departments << id;
    }
    if (departments != departments_) {
        departments_ = departments;
        emit departmentsChanged();
    }
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

std::string ObservationEditor::ownerDepartment() const
{
    const its::Touchpoint *touchpoint = contact_ ? contact_->touchpoint() : nullptr;
    return touchpoint ? touchpoint->department : std::string();
}

QString ObservationEditor::department() const
{
    const std::string &chosen = shownMoment().department;
    return QString::fromStdString(chosen.empty() ? ownerDepartment() : chosen);
}

bool ObservationEditor::setMoment(const QString &kind, const QString &theme, int severity)
{
    const std::optional<its::MomentKind> parsed = its::momentKindFromString(kind.toStdString());
    if (!parsed || !(contact_ && contact_->contact()))
        return false;
    its::Moment moment;
    moment.kind = *parsed;
    if (*parsed != its::MomentKind::None) {
        moment.theme = theme.trimmed().toStdString();
        moment.severity = severity >= 1 && severity <= 3 ? severity : 0;
        if (*parsed == shownMoment().kind) // a new kind starts again from the owner
            moment.department = shownMoment().department;
    }
    return saveMoment(moment);
}

bool ObservationEditor::setMomentDepartment(const QString &department)
{
    if (shownMoment().kind == its::MomentKind::None || department.trimmed().isEmpty())
        return false;
    its::Moment moment = shownMoment();
    const std::string chosen = department.trimmed().toStdString();
    moment.department = chosen == ownerDepartment() ? std::string() : chosen;
    return saveMoment(moment);
}

// Stores a complete moment (or none); keeps an incomplete one as the draft, storing no moment.
bool ObservationEditor::saveMoment(its::Moment moment)
{
    const its::Contact *contact = contact_ ? contact_->contact() : nullptr;
    if (!contact)
        return false;
    const bool complete =
        moment.kind == its::MomentKind::None || (!moment.theme.empty() && moment.severity > 0);
    if (complete)
        draft_.reset();
    else {
        draft_ = moment;
        draftContactId_ = contact->id;
        moment = {}; // stored: no moment until the draft is complete
    }
    const its::Moment &stored = observation_.moment;
    if (moment.kind == stored.kind && moment.theme == stored.theme &&
        moment.severity == stored.severity && moment.department == stored.department) {
        emit changed();
        return true;
    }
    its::Observation next = observation_;
    next.moment = moment;
    return save(next);
}
