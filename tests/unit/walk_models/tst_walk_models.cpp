// A walk through the view-models against a real vault: start, time phases, counters, close,
// score, summary. After every step the walk is re-read from the WalkStore to prove it persisted.
#include "contact_controller.h"
#include "model_fixture.h"
#include "observation_editor.h"
#include "vault/evidence_sharing.h"
#include "vault/walk_store.h"
#include "walk_controller.h"
#include "walk_summary_view.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
using Mode = QAbstractItemModelTester::FailureReportingMode;

std::vector<std::string> phasesOf(const its::Contact &contact)
{
    std::vector<std::string> out;
    for (const its::PhaseEvent &event : contact.events)
        out.push_back(event.phase);
    return out;
}
} // namespace

class TstWalkModels : public QObject
{
    Q_OBJECT

private slots:
    void walkContactScoreSummary()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        fixture.importTemplate(QStringLiteral("airline-ask-for-ceo"));

        WalkController walk;
        QAbstractItemModelTester stepsTester(walk.steps(), Mode::QtTest);
        walk.setSession(fixture.session());
        QVERIFY2(
            walk.startWalk(QStringLiteral("airline-ask-for-ceo"), QStringLiteral("Frequent flyer")),
            qPrintable(walk.errorString()));
        QCOMPARE(walk.persona(), QStringLiteral("Frequent flyer"));
        QVERIFY(walk.steps()->rowCount() >= 4);
        QCOMPARE(walk.currentStep(), 0);
        QCOMPARE(walk.currentTouchpointId(), QStringLiteral("contact-centre-call"));
        QCOMPARE(walk.steps()->data(walk.steps()->index(0), WalkStepModel::StatusRole).toString(),
                 QStringLiteral("todo"));

        ContactController contact;
        QAbstractItemModelTester lapsTester(contact.laps(), Mode::QtTest);
        contact.setWalk(&walk);
        contact.setTouchpointId(walk.currentTouchpointId());
        QVERIFY(!contact.started());
        QCOMPARE(contact.suggestedPhases().value(0), QStringLiteral("ringing"));
        QVERIFY(!contact.markRepeat()); // nothing to count before the contact starts

        QVERIFY(contact.nextPhase()); // ringing
        QVERIFY(contact.started());
        QCOMPARE(contact.currentPhase(), QStringLiteral("ringing"));
        QVERIFY(contact.enterPhase(QStringLiteral("ivr")));
        QVERIFY(contact.enterPhase(QStringLiteral("queue")));
        QVERIFY(contact.enterPhase(QStringLiteral("talking")));
        QCOMPARE(contact.laps()->rowCount(), 4);
        QVERIFY(contact.laps()->data(contact.laps()->index(3), LapModel::RunningRole).toBool());
        QVERIFY(contact.markRepeat());
        QVERIFY(contact.markRepeat());
        QVERIFY(contact.handOff(QStringLiteral("executive_office")));
        QCOMPARE(contact.repeatCount(), 2);
        QCOMPARE(contact.handoffs(), QStringList{QStringLiteral("executive_office")});
        QCOMPARE(walk.steps()->data(walk.steps()->index(0), WalkStepModel::StatusRole).toString(),
                 QStringLiteral("open"));
        QVERIFY(!contact.close(QStringLiteral("open"))); // not a closing outcome
        QVERIFY(contact.close(QStringLiteral("partial")));
        QVERIFY(contact.closed());
        QVERIFY(!contact.markRepeat()); // closed contacts take no more counts

        // Persisted: read the walk back from the store, not from the controller.
        {
            const its::Walk stored =
                its::WalkStore(fixture.db()).loadWalk(walk.walkId().toStdString());
            QCOMPARE(int(stored.contacts.size()), 1);
            const its::Contact &c = stored.contacts.front();
            const std::vector<std::string> expected{"ringing", "ivr", "queue", "talking", "end"};
            QVERIFY(phasesOf(c) == expected);
            QVERIFY(c.outcome == its::Outcome::Partial);
            QCOMPARE(c.repeatCount, 2);
            QCOMPARE(int(c.handoffs.size()), 1);
            QVERIFY(c.handoffs.front().fromDepartment == std::string("contact_centre"));
        }

        ObservationEditor editor;
        QAbstractItemModelTester criteriaTester(editor.criteria(), Mode::QtTest);
        editor.setContact(&contact);
        QVERIFY(editor.available());
        QVERIFY(editor.criteria()->rowCount() >= 4);
        QVERIFY(editor.setScore(0, 1)); // must-be "human reachable" failed
        QVERIFY(editor.mustBeFailed());
        QVERIFY(editor.criteria()
                    ->data(editor.criteria()->index(0), CriteriaScoreModel::FailingRole)
                    .toBool());
        QVERIFY(editor.setScore(1, 0)); // N/A
        QVERIFY(editor.setScore(2, 4));
        QVERIFY(!editor.setScore(2, 6)); // out of scale: refused
        QVERIFY(editor.setNote(QStringLiteral("Forty minutes of music")));
        QVERIFY(editor.setStaffNote(QStringLiteral("Agent Marco")));
        QVERIFY(editor.setMoment(QStringLiteral("pain_point"), QStringLiteral("waiting"), 3));
        {
            const its::Walk stored =
                its::WalkStore(fixture.db()).loadWalk(walk.walkId().toStdString());
            const its::Observation &obs = stored.contacts.front().observation;
            QCOMPARE(int(obs.scores.size()), 3);
            QVERIFY(obs.scores[0].score == std::optional<int>(1));
            QVERIFY(obs.scores[1].score == std::optional<int>());
            QVERIFY(obs.scores[2].score == std::optional<int>(4));
            QVERIFY(obs.note == std::string("Forty minutes of music"));
            QVERIFY(!obs.noteShareable);
            QVERIFY(obs.privateStaffNote == std::string("Agent Marco"));
            QVERIFY(obs.moment.kind == its::MomentKind::PainPoint);
            QCOMPARE(obs.moment.severity, 3);
        }

        WalkSummaryView summary;
        QAbstractItemModelTester momentsTester(summary.moments(), Mode::QtTest);
        summary.setWalk(&walk);
        QVERIFY2(summary.valid(), qPrintable(summary.errorString()));
        QCOMPARE(summary.emotionPoints().size(), 1);
        QCOMPARE(summary.endIndex(), 0);
        QCOMPARE(summary.repeatCount(), 2);
        QCOMPARE(summary.handoffCount(), 1);
        QVERIFY(summary.moments()->painPointCount() >= 2); // failed must-be + the one raised
        // Private things are listed as private and are absent from the shared document.
        QCOMPARE(summary.privateStaffNotes().size(), 1);
        QCOMPARE(summary.privateNotes().size(), 1);
        QVERIFY(!summary.sharedJson().contains(QStringLiteral("Agent Marco")));
        QVERIFY(!summary.sharedJson().contains(QStringLiteral("Forty minutes")));
        QVERIFY(editor.setNoteShareable(true));
        QVERIFY(summary.sharedJson().contains(QStringLiteral("Forty minutes")));
        QVERIFY(!summary.sharedJson().contains(QStringLiteral("Agent Marco")));

        // A photo shared with the review is in the document as sent: its caption, not its bytes.
        {
            const std::vector<unsigned char> jpeg(3000, 0x5A);
            const std::string photo =
                its::EvidenceStore(fixture.db())
                    .put(walk.walkId().toStdString(), std::nullopt, its::EvidenceKind::Photo,
                         "image/jpeg", jpeg, 1, its::EvidenceNote{"Empty shelf at the till", {}});
            its::shareEvidence(fixture.db(), photo, "image/jpeg", jpeg, 2);
        }
        summary.refresh();
        QVERIFY2(summary.sharedJson().contains(QStringLiteral("Empty shelf at the till")),
                 qPrintable(summary.sharedJson()));
        QVERIFY(summary.sharedJson().contains(QStringLiteral("\"photos\"")));
        QVERIFY(!summary.sharedJson().contains(QStringLiteral("\"data\"")));
        QVERIFY(!summary.sharedJson().contains(QStringLiteral("WlpaWlpa"))); // base64 of the bytes

        QVERIFY(summary.setRecommend(3));
        QVERIFY(summary.setEffort(2));
        QVERIFY(!summary.setEffort(8));
        QVERIFY(summary.setWouldStay(0));
        QVERIFY(walk.finishWalk());
        QVERIFY(walk.finished());
        const its::Walk stored = its::WalkStore(fixture.db()).loadWalk(walk.walkId().toStdString());
        QVERIFY(stored.answers.recommend == std::optional<int>(3));
        QVERIFY(stored.answers.effort == std::optional<int>(2));
        QVERIFY(stored.answers.wouldStay == std::optional<bool>(false));
        QVERIFY(stored.status == its::WalkStatus::Finished);
    }

    void resumesFromTheStoreAfterARestart()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        fixture.importTemplate(QStringLiteral("telco-switch-provider"));
        QString walkId;
        {
            WalkController walk;
            walk.setSession(fixture.session());
            QVERIFY(walk.startWalk(QStringLiteral("telco-switch-provider"), {}));
            walkId = walk.walkId();
            ContactController contact;
            contact.setWalk(&walk);
            contact.setTouchpointId(walk.currentTouchpointId());
            QVERIFY(contact.nextPhase());
            QVERIFY(contact.nextPhase());
        } // the "app" goes away; nothing is flushed on destruction

        WalkController walk;
        QAbstractItemModelTester stepsTester(walk.steps(), Mode::QtTest);
        walk.setSession(fixture.session());
        QVERIFY(walk.loadWalk(walkId));
        QCOMPARE(walk.currentStep(), 0); // the open touchpoint is where we are
        ContactController contact;
        contact.setWalk(&walk);
        contact.setTouchpointId(walk.currentTouchpointId());
        QVERIFY(contact.started());
        QVERIFY(!contact.closed());
        QCOMPARE(contact.laps()->rowCount(), 2);
        QVERIFY(contact.totalMs() >= contact.currentLapMs());

        QVERIFY(!walk.loadWalk(QStringLiteral("no-such-walk")));
        QVERIFY(!walk.errorString().isEmpty());
    }

    void lockingClearsTheWalk()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        fixture.importTemplate(QStringLiteral("bank-mortgage-request"));
        WalkController walk;
        QAbstractItemModelTester stepsTester(walk.steps(), Mode::QtTest);
        walk.setSession(fixture.session());
        QVERIFY(walk.startWalk(QStringLiteral("bank-mortgage-request"), {}));
        QVERIFY(walk.steps()->rowCount() > 0);
        fixture.session()->lock();
        QVERIFY(!walk.loaded());
        QCOMPARE(walk.steps()->rowCount(), 0);
        QVERIFY(!walk.startWalk(QStringLiteral("bank-mortgage-request"), {}));
        QVERIFY(!walk.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstWalkModels)
#include "tst_walk_models.moc"
