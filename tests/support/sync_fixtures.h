#pragma once
// Shared by the sync unit, integration and bench tests: sample summaries, a vault in a temp
// dir, and an executive device enrolled in a review circle.

#include "review/review_circle.h"
#include "review/roster.h"
#include "scoring/summary.h"
#include "sync/device_identity.h"
#include "vault/vault.h"

#include <QDir>
#include <QString>
#include <string>

namespace its::sync::testing {

inline WalkSummary sampleSummary(const QString &walkId, int revision, const QString &journeyId,
                                 qint64 finishedMs)
{
    WalkSummary summary;
    summary.walkId = walkId.toStdString();
    summary.revision = revision;
    summary.journeyId = journeyId.toStdString();
    summary.journeyName = "Journey " + journeyId.toStdString();
    summary.sector = "telecoms";
    summary.language = "it";
    summary.persona = "new customer";
    summary.startedWallMs = finishedMs - 3'600'000;
    summary.finishedWallMs = finishedMs;
    summary.totalCustomerMs = 1'234'000 + revision;
    summary.totalEffort = 3;
    summary.contactsNeeded = 2;
    summary.touchpointsVisited = 2;
    summary.answers.recommend = 7;
    summary.answers.effort = 4;
    summary.answers.wouldStay = true;
    return summary;
}

inline Vault createVault(const QString &dir)
{
    return std::move(Vault::create(dir.toStdString(), "test passphrase", its::KdfCost::Test).vault);
}

// Enrolls the device in `circle` and puts it on the review's roster.
inline QString enrollAndAccept(Database &deviceDb, Database &reviewDb, const ReviewCircle &circle,
                               const QString &label, qint64 nowMs)
{
    const EnrollmentRequest request = enrollDevice(deviceDb, makeInvitation(circle), label, nowMs);
    Roster(reviewDb).accept(request, circle.circleId, fingerprint(circle.keys.boxPublic), nowMs);
    return request.deviceId;
}

} // namespace its::sync::testing
