#pragma once
// Walks as an append-only event log. Every call is one short transaction, committed before it
// returns, so a killed process loses nothing that was acknowledged.

#include "database.h"
#include "domain/walk.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace its {

struct WalkHeader
{
    std::string id;
    int revision = 1;
    std::string templateId;
    std::string templateName;
    std::string sector;
    std::string language;
    std::string persona;
    TimePoint startedAt;
    std::optional<TimePoint> finishedAt;
    WalkStatus status = WalkStatus::InProgress;
    int contactCount = 0;
};

struct WalkFilter
{
    std::optional<WalkStatus> status;
    std::optional<std::string> templateId;
    std::optional<std::string> sector;
};

// An open contact currently sitting in a long wait (email reply, letter): shown on start-up so
// the walker can record "the reply arrived" days later.
struct PendingWait
{
    std::string walkId;
    std::string contactId;
    std::string touchpointId;
    std::string phase;
    TimePoint since;
};

class WalkStore
{
public:
    explicit WalkStore(Database &db)
        : db_(db)
    {
    }

    // Returns the new walk's id (random UUID).
    std::string createWalk(const JourneyTemplate &snapshot, const std::string &persona,
                           const TimePoint &at);
    // Opens a contact for a touchpoint of the walk's snapshot (NotFound otherwise). attempt =
    // earlier contacts of that touchpoint + 1. The first event is `firstPhase`, or the
    // touchpoint's first phase when empty. Returns the contact id.
    std::string startContact(const std::string &walkId, const std::string &touchpointId,
                             const TimePoint &at, std::string_view firstPhase = {});
    // Returns the new event's seq (1-based, per contact). InvalidInput on a closed contact.
    std::int64_t appendPhaseEvent(const std::string &contactId, std::string_view phase,
                                  const TimePoint &at);
    // Sets the outcome and appends the kEndPhase event.
    void closeContact(const std::string &contactId, Outcome outcome, const TimePoint &at);
    // Withdraws the contact's latest standing event (a phase change or the "end") by logging a
    // kUndoPhase event; an undone "end" reopens the contact (outcome back to open). Returns the
    // withdrawn phase. InvalidInput when only the first event stands (a start is not undone).
    std::string undoLastEvent(const std::string &contactId, const TimePoint &at);
    void addHandoff(const std::string &contactId, const Handoff &handoff);
    void setRepeatCount(const std::string &contactId, int count);
    int incrementRepeat(const std::string &contactId); // returns the new count
    // Replaces the contact's observation (note, moment, criterion scores).
    void saveObservation(const std::string &contactId, const Observation &observation);
    // InvalidInput (nothing written) for an answer outside its scale: see answersProblem().
    void setAnswers(const std::string &walkId, const JourneyAnswers &answers);
    void finishWalk(const std::string &walkId, const TimePoint &at);
    void reopenWalk(const std::string &walkId); // back to InProgress, revision + 1
    void deleteWalk(const std::string &walkId); // with contacts, events and evidence

    Walk loadWalk(const std::string &walkId);                         // NotFound
    std::vector<WalkHeader> listWalks(const WalkFilter &filter = {}); // newest first
    std::vector<PendingWait> pendingWaits();                          // oldest first

private:
    Database &db_;
};

} // namespace its
