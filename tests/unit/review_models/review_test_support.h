#pragma once
// Shared by the review view-model tests (unit and QtQuickTest): real vaults opened through a
// real VaultSession (cheap Argon2 cost), and summaries queued on an enrolled device as a
// finished walk would queue them.

#include "review_outbox_model.h"
#include "scoring/summary.h"
#include "sync/outbox.h"
#include "vault/vault.h"
#include "vault_session.h"

#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <memory>

namespace review::testing {

// A new vault in `dir`, unlocked; nullptr (and a QTest failure message) if it did not open.
inline std::unique_ptr<VaultSession> openNewSession(const QString &dir)
{
    auto session = std::make_unique<VaultSession>(dir, its::KdfCost::Test);
    session->create(QStringLiteral("review test passphrase"));
    if (!QTest::qWaitFor([&] { return !session->busy(); }, 20'000) || !session->unlocked()) {
        qWarning("vault did not open: %s", qPrintable(session->errorMessage()));
        return nullptr;
    }
    return session;
}

inline its::WalkSummary summaryFor(const QString &walkId, const QString &journeyId, int recommend,
                                   int effort, qint64 finishedMs)
{
    its::WalkSummary summary;
    summary.walkId = walkId.toStdString();
    summary.revision = 1;
    summary.journeyId = journeyId.toStdString();
    summary.journeyName = "Journey " + journeyId.toStdString();
    summary.sector = "telecoms";
    summary.language = "en";
    summary.persona = "new customer";
    summary.startedWallMs = finishedMs - 3'600'000;
    summary.finishedWallMs = finishedMs;
    summary.totalCustomerMs = 1'800'000;
    summary.totalEffort = 3;
    summary.contactsNeeded = 2;
    summary.touchpointsVisited = 2;
    summary.answers.recommend = recommend;
    summary.answers.effort = effort;
    its::ContactSummary contact;
    contact.contactId = "c1";
    contact.touchpointId = "tp-call";
    contact.touchpointName = "Call the helpline";
    contact.department = "contact_centre";
    contact.score = 62.5;
    contact.passed = false;
    contact.failedMustBe = {"human-reachable", "listens-fully"};
    contact.criterionTexts = {{"human-reachable", "A person answered"},
                              {"listens-fully", "Listened to the whole story"}};
    contact.totalMs = 1'800'000;
    contact.phases = {{"queue", 1'200'000}, {"talking", 600'000}};
    contact.slaBreaches = {{"queue", 600'000, 1'200'000}};
    contact.handoffs = {{"contact_centre", "billing"}};
    contact.repeatCount = 2;
    contact.shareableNote = "Asked for my customer number twice";
    summary.contacts.push_back(contact);
    its::MomentSummary pain;
    pain.kind = its::MomentKind::PainPoint;
    pain.touchpointId = "tp-call";
    pain.department = "billing";
    pain.theme = "asked to repeat the account number";
    pain.severity = 2;
    summary.moments.push_back(pain);
    summary.moments.push_back(
        {its::MomentKind::Memorable, "tp-call", "contact_centre", "empathy", 2, std::string()});
    summary.emotion.points = {{"c1", -1.0}};
    summary.emotion.peakIndex = 0;
    summary.emotion.lowIndex = 0;
    summary.emotion.endIndex = 0;
    return summary;
}

// Queues a summary in the device's outbox, as finishing a walk does.
inline void queueSummary(VaultSession &device, const its::WalkSummary &summary)
{
    its::sync::Outbox(device.vault()->db()).enqueue(summary, QDateTime::currentMSecsSinceEpoch());
}

// Starts "Sync now" and waits for its end: true when every due summary was delivered.
inline bool waitForSync(OutboxModel &outbox)
{
    QSignalSpy spy(&outbox, &OutboxModel::syncFinished);
    if (!outbox.syncNow())
        return false;
    if (spy.isEmpty() && !spy.wait(60'000))
        return false;
    return spy.takeFirst().at(0).toBool();
}

} // namespace review::testing
