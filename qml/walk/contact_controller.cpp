#include "contact_controller.h"

#include "domain/channel.h"
#include "session_access.h"
#include "vault/walk_store.h"
#include "walk_controller.h"

#include <functional>

namespace {
constexpr int kTickMs = 250;

// Runs one vault write for the controller; reports failures through the walk's errorString.
bool persist(WalkController *walk, const std::function<void(its::WalkStore &)> &write)
{
    if (!walk)
        return false;
    its::Database *db = walk->database();
    if (!db) {
        walk->setError(ContactController::tr("The vault is locked."));
        return false;
    }
    try {
        its::WalkStore store(*db);
        write(store);
    } catch (const std::exception &error) {
        walk->setError(ContactController::tr("Not saved: %1").arg(errorText(error)));
        walk->reload();
        return false;
    }
    walk->setError({});
    return walk->reload();
}
} // namespace

ContactController::ContactController(QObject *parent)
    : QObject(parent)
    , laps_(this)
{
    ticker_.setInterval(kTickMs);
    connect(&ticker_, &QTimer::timeout, this, &ContactController::recompute);
}

void ContactController::setWalk(WalkController *walk)
{
    if (walk_ == walk)
        return;
    if (walk_)
        disconnect(walk_, nullptr, this, nullptr);
    walk_ = walk;
    if (walk_) {
        connect(walk_, &WalkController::walkChanged, this, &ContactController::refresh);
        connect(walk_, &QObject::destroyed, this, [this] {
            walk_ = nullptr;
            refresh();
        });
    }
    emit walkChanged();
    refresh();
}

void ContactController::setTouchpointId(const QString &id)
{
    if (touchpointId_ == id)
        return;
    touchpointId_ = id;
    refresh();
}

const its::Touchpoint *ContactController::touchpoint() const
{
    if (!walk_ || touchpointId_.isEmpty())
        return nullptr;
    return walk_->walk().journey.findTouchpoint(touchpointId_.toStdString());
}

const its::Contact *ContactController::contact() const
{
    if (!walk_)
        return nullptr;
    const std::string id = touchpointId_.toStdString();
    const its::Contact *latest = nullptr;
    for (const its::Contact &candidate : walk_->walk().contacts) {
        if (candidate.touchpointId == id)
            latest = &candidate;
    }
    return latest;
}

QString ContactController::contactId() const
{
    const its::Contact *c = contact();
    return c ? QString::fromStdString(c->id) : QString();
}

QString ContactController::touchpointName() const
{
    const its::Touchpoint *t = touchpoint();
    return t ? QString::fromStdString(t->name) : QString();
}

QString ContactController::channel() const
{
    const its::Touchpoint *t = touchpoint();
    return t ? QString::fromUtf8(its::toString(t->channel)) : QString();
}

QString ContactController::department() const
{
    const its::Touchpoint *t = touchpoint();
    return t ? QString::fromStdString(t->department) : QString();
}

int ContactController::attempt() const
{
    const its::Contact *c = contact();
    return c ? c->attempt : 0;
}

QString ContactController::outcome() const
{
    const its::Contact *c = contact();
    return c ? QString::fromUtf8(its::toString(c->outcome)) : QString();
}

bool ContactController::inLongWait() const
{
    return !state_.currentPhase.empty() && its::isLongWaitPhase(state_.currentPhase);
}

QStringList ContactController::suggestedPhases() const
{
    QStringList out;
    for (const std::string &phase : state_.suggestedPhases)
        out << QString::fromStdString(phase);
    return out;
}

QStringList ContactController::phases() const
{
    QStringList out;
    if (const its::Touchpoint *t = touchpoint()) {
        for (const std::string &phase : t->effectivePhases())
            out << QString::fromStdString(phase);
    }
    return out;
}

int ContactController::repeatCount() const
{
    const its::Contact *c = contact();
    return c ? c->repeatCount : 0;
}

QStringList ContactController::handoffs() const
{
    QStringList out;
    if (const its::Contact *c = contact()) {
        for (const its::Handoff &handoff : c->handoffs)
            out << QString::fromStdString(handoff.toDepartment);
    }
    return out;
}

QString ContactController::slaText(its::SlaState state)
{
    switch (state) {
    case its::SlaState::Ok:
        return QStringLiteral("ok");
    case its::SlaState::Amber:
        return QStringLiteral("amber");
    case its::SlaState::Red:
        return QStringLiteral("red");
    case its::SlaState::None:
        break;
    }
    return QStringLiteral("none");
}

const its::SlaStatus &ContactController::judged() const
{
    return state_.phaseSla.state != its::SlaState::None ? state_.phaseSla : state_.totalSla;
}

QString ContactController::slaScope() const
{
    if (state_.phaseSla.state != its::SlaState::None)
        return QStringLiteral("phase");
    return state_.totalSla.state != its::SlaState::None ? QStringLiteral("total")
                                                        : QStringLiteral("none");
}

void ContactController::refresh()
{
    recompute();
    emit stateChanged();
}

void ContactController::recompute()
{
    const its::Touchpoint *t = touchpoint();
    const its::Contact *c = contact();
    if (!t) {
        state_ = {};
        laps_.setLaps({}, false);
    } else {
        its::Contact empty;
        empty.touchpointId = t->id;
        state_ = its::contactTimerState(*t, c ? *c : empty, its::SystemClock().now());
        laps_.setLaps(state_.laps, state_.started && !state_.closed);
    }
    const bool running = state_.started && !state_.closed;
    if (running && !ticker_.isActive())
        ticker_.start();
    else if (!running && ticker_.isActive())
        ticker_.stop();
    emit tick();
}

std::string ContactController::openContactId() const
{
    const its::Contact *c = contact();
    return c && !c->isClosed() ? c->id : std::string();
}

bool ContactController::enterPhase(const QString &phase)
{
    if (!walk_ || touchpointId_.isEmpty() || phase.isEmpty())
        return false;
    const std::string open = openContactId();
    const std::string walkId = walk_->walk().id;
    const std::string tp = touchpointId_.toStdString();
    const bool done = persist(walk_, [&](its::WalkStore &store) {
        const its::TimePoint now = its::SystemClock().now();
        if (open.empty())
            store.startContact(walkId, tp, now, phase.toStdString());
        else
            store.appendPhaseEvent(open, phase.toStdString(), now);
    });
    if (done && !open.empty()) // a start is no phase change: nothing to take back
        emit undoOffered(phase);
    return done;
}

bool ContactController::nextPhase()
{
    if (state_.suggestedPhases.empty())
        return false;
    return enterPhase(QString::fromStdString(state_.suggestedPhases.front()));
}

bool ContactController::markRepeat()
{
    const std::string open = openContactId();
    if (open.empty())
        return false;
    return persist(walk_, [&](its::WalkStore &store) { store.incrementRepeat(open); });
}

bool ContactController::handOff(const QString &toDepartment)
{
    const std::string open = openContactId();
    if (open.empty() || toDepartment.trimmed().isEmpty())
        return false;
    its::Handoff handoff;
    const its::Contact *c = contact();
    handoff.fromDepartment = department().toStdString();
    if (c && !c->handoffs.empty())
        handoff.fromDepartment = c->handoffs.back().toDepartment;
    handoff.toDepartment = toDepartment.trimmed().toStdString();
    return persist(walk_, [&](its::WalkStore &store) {
        handoff.at = its::SystemClock().now();
        store.addHandoff(open, handoff);
    });
}

bool ContactController::close(const QString &outcome)
{
    const std::string open = openContactId();
    const std::optional<its::Outcome> parsed = its::outcomeFromString(outcome.toStdString());
    if (open.empty() || !parsed || *parsed == its::Outcome::Open)
        return false;
    const bool done = persist(walk_, [&](its::WalkStore &store) {
        store.closeContact(open, *parsed, its::SystemClock().now());
    });
    if (done)
        emit undoOffered(QString::fromUtf8(its::kEndPhase.data(), its::kEndPhase.size()));
    return done;
}

bool ContactController::undoLast()
{
    const its::Contact *c = contact();
    if (!c)
        return false;
    const std::string id = c->id;
    return persist(
        walk_, [&](its::WalkStore &store) { store.undoLastEvent(id, its::SystemClock().now()); });
}
