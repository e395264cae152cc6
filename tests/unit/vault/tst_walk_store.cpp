// WalkStore over an encrypted vault: the event log, observations, answers and listings.
#include "vault/evidence_store.h"
#include "vault/vault.h"
#include "vault/walk_import.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace its;
using testing::at;

class TestWalkStore : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<Vault> vault_;
    int counter_ = 0;

    WalkStore store() { return WalkStore(vault_->db()); }

private slots:
    void init()
    {
        const auto dir =
            std::filesystem::path(tmp_.path().toStdString()) / ("v" + std::to_string(++counter_));
        vault_ = std::make_unique<Vault>(Vault::create(dir, "pw", KdfCost::Test).vault);
    }
    void cleanup() { vault_.reset(); }

    void contactsRecordAnEventLog()
    {
        WalkStore walks = store();
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "Marta", at(1'000));
        const std::string c1 = walks.startContact(walk, "call", at(2'000));
        QCOMPARE(walks.appendPhaseEvent(c1, "ivr", at(3'000)), 2);
        QCOMPARE(walks.appendPhaseEvent(c1, "queue", at(4'000)), 3);
        walks.addHandoff(c1, Handoff{"customer-care", "billing", at(4'500)});
        QCOMPARE(walks.incrementRepeat(c1), 1);
        QCOMPARE(walks.incrementRepeat(c1), 2);
        walks.closeContact(c1, Outcome::Unresolved, at(9'000));
        ITS_VERIFY_VAULT_ERROR(walks.appendPhaseEvent(c1, "talking", at(9'500)),
                               VaultErrorCode::InvalidInput);
        ITS_VERIFY_VAULT_ERROR(walks.closeContact(c1, Outcome::Resolved, at(9'600)),
                               VaultErrorCode::InvalidInput);
        const std::string c2 = walks.startContact(walk, "call", at(10'000), "queue");
        walks.setRepeatCount(c2, 4);

        const Walk loaded = walks.loadWalk(walk);
        QCOMPARE(loaded.persona, std::string("Marta"));
        QCOMPARE(loaded.journey.name, testing::sampleTemplate().name);
        QCOMPARE(loaded.contacts.size(), std::size_t{2});
        const Contact &first = loaded.contacts[0];
        QCOMPARE(first.id, c1);
        QCOMPARE(first.attempt, 1);
        QCOMPARE(testing::nameOf(first.outcome), testing::nameOf(Outcome::Unresolved));
        QCOMPARE(first.repeatCount, 2);
        QVERIFY(first.isClosed());
        QStringList phases;
        for (const PhaseEvent &event : first.events)
            phases << QString::fromStdString(event.phase);
        QCOMPARE(phases, QStringList({"ringing", "ivr", "queue", "end"}));
        QCOMPARE(first.events[1].at.wallMs, 3'000);
        QCOMPARE(first.events[3].seq, 4);
        QCOMPARE(first.handoffs.size(), std::size_t{1});
        QCOMPARE(first.handoffs[0].toDepartment, std::string("billing"));
        const Contact &second = loaded.contacts[1];
        QCOMPARE(second.attempt, 2); // came back for the same need
        QCOMPARE(second.events.front().phase, std::string("queue"));
        QCOMPARE(second.repeatCount, 4);
        QCOMPARE(testing::nameOf(second.outcome), testing::nameOf(Outcome::Open));
        QVERIFY(!second.isClosed());
    }

    void observationsKeepNotApplicableScores()
    {
        WalkStore walks = store();
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", at(1));
        const std::string contact = walks.startContact(walk, "call", at(2));
        Observation observation;
        observation.scores = {{"greeting", 2}, {"empathy", std::nullopt}};
        observation.note = "Attesa lunghissima";
        observation.noteShareable = true;
        observation.privateStaffNote = "operatrice Giulia";
        observation.moment = {MomentKind::PainPoint, "waiting", 3, {}};
        walks.saveObservation(contact, observation);
        observation.scores[0].score = 3; // replaced as a whole
        walks.saveObservation(contact, observation);

        const Observation loaded = walks.loadWalk(walk).contacts.at(0).observation;
        QCOMPARE(loaded.scores.size(), std::size_t{2});
        QCOMPARE(loaded.scores[0].criterionId, std::string("greeting"));
        QCOMPARE(loaded.scores[0].score, std::optional<int>(3));
        QVERIFY(!loaded.scores[1].score.has_value());
        QCOMPARE(loaded.note, observation.note);
        QVERIFY(loaded.noteShareable);
        QCOMPARE(loaded.privateStaffNote, observation.privateStaffNote);
        QCOMPARE(testing::nameOf(loaded.moment.kind), testing::nameOf(MomentKind::PainPoint));
        QCOMPARE(loaded.moment.theme, std::string("waiting"));
        QCOMPARE(loaded.moment.severity, 3);
    }

    void badInputIsRejectedAndLosesNothing()
    {
        WalkStore walks = store();
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", at(1));
        const std::string contact = walks.startContact(walk, "call", at(2));
        ITS_VERIFY_VAULT_ERROR(walks.startContact(walk, "no-such-touchpoint", at(3)),
                               VaultErrorCode::NotFound);
        ITS_VERIFY_VAULT_ERROR(walks.startContact("no-such-walk", "call", at(3)),
                               VaultErrorCode::NotFound);
        ITS_VERIFY_VAULT_ERROR(walks.appendPhaseEvent("no-such-contact", "ivr", at(3)),
                               VaultErrorCode::NotFound);
        ITS_VERIFY_VAULT_ERROR(walks.appendPhaseEvent(contact, "", at(3)),
                               VaultErrorCode::InvalidInput);
        Observation bad;
        bad.scores = {{"greeting", 6}};
        ITS_VERIFY_VAULT_ERROR(walks.saveObservation(contact, bad), VaultErrorCode::InvalidInput);
        bad.scores = {{"greeting", 4}, {"greeting", 5}};
        ITS_VERIFY_VAULT_ERROR(walks.saveObservation(contact, bad), VaultErrorCode::AlreadyExists);
        JourneyAnswers answers;
        answers.recommend = 11;
        ITS_VERIFY_VAULT_ERROR(walks.setAnswers(walk, answers), VaultErrorCode::InvalidInput);
        answers.recommend = 7;
        for (const int csat : {0, 6}) {
            answers.csat = csat;
            ITS_VERIFY_VAULT_ERROR(walks.setAnswers(walk, answers), VaultErrorCode::InvalidInput);
        }
        QVERIFY(!walks.loadWalk(walk).answers.recommend.has_value()); // nothing written
        ITS_VERIFY_VAULT_ERROR(walks.setRepeatCount(contact, -1), VaultErrorCode::InvalidInput);
        // Nothing half-written: the contact still has exactly its first event and no scores.
        const Contact loaded = walks.loadWalk(walk).contacts.at(0);
        QCOMPARE(loaded.events.size(), std::size_t{1});
        QVERIFY(loaded.observation.scores.empty());
    }

    void answersFinishAndReopen()
    {
        WalkStore walks = store();
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", at(1));
        JourneyAnswers answers;
        answers.recommend = 3;
        answers.effort = 6;
        answers.wouldStay = false;
        answers.csat = 5;
        walks.setAnswers(walk, answers);
        walks.finishWalk(walk, at(5'000));
        Walk loaded = walks.loadWalk(walk);
        QVERIFY(loaded.status == WalkStatus::Finished);
        QCOMPARE(loaded.finishedAt->wallMs, 5'000);
        QCOMPARE(loaded.answers.recommend, std::optional<int>(3));
        QCOMPARE(loaded.answers.effort, std::optional<int>(6));
        QCOMPARE(loaded.answers.cesScaleVersion, std::string("ces2-7pt"));
        QCOMPARE(loaded.answers.wouldStay, std::optional<bool>(false));
        QCOMPARE(loaded.answers.csat, std::optional<int>(5));
        QCOMPARE(loaded.revision, 1);
        ITS_VERIFY_VAULT_ERROR(walks.startContact(walk, "call", at(6'000)),
                               VaultErrorCode::InvalidInput);
        walks.reopenWalk(walk);
        loaded = walks.loadWalk(walk);
        QVERIFY(loaded.status == WalkStatus::InProgress);
        QVERIFY(!loaded.finishedAt.has_value());
        QCOMPARE(loaded.revision, 2);
        walks.reopenWalk(walk); // already open: no new revision
        QCOMPARE(walks.loadWalk(walk).revision, 2);
    }

    void listWalksNewestFirstWithFilters()
    {
        WalkStore walks = store();
        const std::string older = walks.createWalk(testing::sampleTemplate("a"), "p1", at(1'000));
        JourneyTemplate bank = testing::sampleTemplate("b");
        bank.sector = "bank";
        const std::string newer = walks.createWalk(bank, "p2", at(2'000));
        walks.startContact(newer, "call", at(2'100));
        walks.finishWalk(older, at(3'000));

        auto all = walks.listWalks();
        QCOMPARE(all.size(), std::size_t{2});
        QCOMPARE(all[0].id, newer);
        QCOMPARE(all[0].contactCount, 1);
        QCOMPARE(all[0].sector, std::string("bank"));
        QCOMPARE(all[1].id, older);
        QVERIFY(all[1].status == WalkStatus::Finished);
        QCOMPARE(all[1].finishedAt->wallMs, 3'000);

        QCOMPARE(walks.listWalks({WalkStatus::Finished, {}, {}}).size(), std::size_t{1});
        QCOMPARE(walks.listWalks({{}, std::string("b"), {}}).at(0).id, newer);
        QCOMPARE(walks.listWalks({{}, {}, std::string("telco")}).at(0).id, older);
        QVERIFY(walks.listWalks({WalkStatus::InProgress, {}, std::string("telco")}).empty());
    }

    void pendingWaitsAreOpenContactsInLongWaits()
    {
        WalkStore walks = store();
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", at(1));
        const std::string mail = walks.startContact(walk, "mail", at(10'000)); // awaiting_reply
        const std::string call = walks.startContact(walk, "call", at(20'000));
        walks.appendPhaseEvent(call, "callback_wait", at(21'000));
        const std::string done = walks.startContact(walk, "mail", at(30'000));
        walks.closeContact(done, Outcome::Resolved, at(31'000));
        const std::string talking = walks.startContact(walk, "call", at(40'000), "talking");
        Q_UNUSED(talking);

        const auto waits = walks.pendingWaits();
        QCOMPARE(waits.size(), std::size_t{2});
        QCOMPARE(waits[0].contactId, mail);
        QCOMPARE(waits[0].phase, std::string("awaiting_reply"));
        QCOMPARE(waits[0].since.wallMs, 10'000);
        QCOMPARE(waits[1].contactId, call);
        QCOMPARE(waits[1].phase, std::string("callback_wait"));
        walks.appendPhaseEvent(mail, "reading", at(50'000)); // the reply arrived
        QCOMPARE(walks.pendingWaits().size(), std::size_t{1});
    }

    // An undo is an event of its own: the log keeps the withdrawn event and the undo, and the
    // contact reads as if the withdrawn event had not happened (an undone "end" reopens it).
    void undoIsLoggedAndWithdrawsTheLastEvent()
    {
        WalkStore walks = store();
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", at(1));
        const std::string call = walks.startContact(walk, "call", at(10'000), "queue");
        ITS_VERIFY_VAULT_ERROR(walks.undoLastEvent(call, at(10'500)), // the start stays
                               VaultErrorCode::InvalidInput);
        walks.appendPhaseEvent(call, "talking", at(11'000));
        QCOMPARE(walks.undoLastEvent(call, at(12'000)), std::string("talking"));
        walks.appendPhaseEvent(call, "callback_wait", at(13'000));
        walks.closeContact(call, Outcome::Resolved, at(14'000));
        QCOMPARE(walks.undoLastEvent(call, at(15'000)), std::string("end"));
        ITS_VERIFY_VAULT_ERROR(walks.appendPhaseEvent(call, "undo", at(15'500)),
                               VaultErrorCode::InvalidInput);

        const Contact loaded = walks.loadWalk(walk).contacts.at(0);
        std::vector<std::string> log;
        for (const PhaseEvent &event : loaded.events)
            log.push_back(event.phase);
        QCOMPARE(log, (std::vector<std::string>{"queue", "talking", "undo", "callback_wait", "end",
                                                "undo"}));
        QVERIFY(!loaded.isClosed());
        QCOMPARE(testing::nameOf(loaded.outcome), testing::nameOf(Outcome::Open));
        // Open again, in the long wait it was in before the undone "end".
        const auto waits = walks.pendingWaits();
        QCOMPARE(waits.size(), std::size_t{1});
        QCOMPARE(waits[0].phase, std::string("callback_wait"));
        QCOMPARE(waits[0].since.wallMs, 13'000);
        walks.closeContact(call, Outcome::Partial, at(16'000)); // it can end again
        QVERIFY(walks.loadWalk(walk).contacts.at(0).isClosed());
    }

    void deleteWalkRemovesEverything()
    {
        WalkStore walks = store();
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", at(1));
        const std::string contact = walks.startContact(walk, "call", at(2));
        walks.saveObservation(contact, Observation{{{"greeting", 5}}, "ok", false, "", {}});
        const std::vector<unsigned char> photo(1000, 7);
        EvidenceStore(vault_->db()).put(walk, contact, EvidenceKind::Photo, "image/jpeg", photo, 3);
        walks.deleteWalk(walk);
        ITS_VERIFY_VAULT_ERROR(walks.loadWalk(walk), VaultErrorCode::NotFound);
        ITS_VERIFY_VAULT_ERROR(walks.deleteWalk(walk), VaultErrorCode::NotFound);
        for (const auto &[table, rows] : vault_->verify().rowCounts) {
            if (table != "templates")
                QVERIFY2(rows == 0, table.c_str());
        }
    }

    // A restored backup keeps its CSAT answer; one outside 1..5 is refused and lands nothing.
    void importKeepsCsatAndRefusesOutOfScale()
    {
        WalkStore walks = store();
        Walk walk;
        walk.id = "restored-walk";
        walk.journey = testing::sampleTemplate();
        walk.persona = "p";
        walk.startedAt = at(1);
        walk.answers.csat = 3;
        importWalk(vault_->db(), walk);
        QCOMPARE(walks.loadWalk(walk.id).answers.csat, std::optional<int>(3));

        walk.id = "bad-walk";
        walk.answers.csat = 9;
        ITS_VERIFY_VAULT_ERROR(importWalk(vault_->db(), walk), VaultErrorCode::InvalidInput);
        ITS_VERIFY_VAULT_ERROR(walks.loadWalk(walk.id), VaultErrorCode::NotFound);
    }

    void initTestCase() { QVERIFY(tmp_.isValid()); }
};

QTEST_GUILESS_MAIN(TestWalkStore)
#include "tst_walk_store.moc"
