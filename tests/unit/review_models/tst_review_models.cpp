// The review view-models over real vaults (VaultSession, KdfCost::Test) in a temp folder and a
// real folder sync target: circle, invitation, enrollment, roster, outbox, pull, pooled figures,
// revocation, key backup and restore, and the clear errors for bad input. Every model runs
// under QAbstractItemModelTester.
#include "review_circle_controller.h"
#include "review_enroll_controller.h"
#include "review_inbox_model.h"
#include "review_outbox_model.h"
#include "review_roster_model.h"
#include "review_test_support.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace review::testing;

namespace {

// Starts a model's background run and waits for its end; returns the run's `ok`, or false if it
// did not start or did not end.
template <typename Model, typename Finished>
bool runToEnd(Model &model, bool (Model::*start)(), Finished finished)
{
    QSignalSpy spy(&model, finished);
    if (!(model.*start)())
        return false;
    if (spy.isEmpty() && !spy.wait(60'000))
        return false;
    return spy.takeFirst().at(0).toBool();
}

bool sync(OutboxModel &outbox)
{
    return runToEnd(outbox, &OutboxModel::syncNow, &OutboxModel::syncFinished);
}

bool pull(ReviewInboxModel &inbox)
{
    return runToEnd(inbox, &ReviewInboxModel::pull, &ReviewInboxModel::pullFinished);
}

} // namespace

class TestReviewModels : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    std::unique_ptr<VaultSession> reviewSession;
    std::unique_ptr<VaultSession> cfoSession;
    std::unique_ptr<VaultSession> cooSession;
    QString target;

    QString enroll(VaultSession &device, const QString &invitation, const QString &label)
    {
        ReviewEnrollController enrollment;
        enrollment.setSession(&device);
        if (!enrollment.joinWithText(invitation, label)) {
            qWarning("join failed: %s", qPrintable(enrollment.errorString()));
            return {};
        }
        // The request is written on the sync thread; the controller must outlive it.
        if (!QTest::qWaitFor([&] { return enrollment.requestPublished(); }, 30'000)) {
            qWarning("request not published: %s", qPrintable(enrollment.errorString()));
            return {};
        }
        return enrollment.deviceFingerprint();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        reviewSession = openNewSession(tmp.path() + "/review");
        cfoSession = openNewSession(tmp.path() + "/cfo");
        cooSession = openNewSession(tmp.path() + "/coo");
        QVERIFY(reviewSession && cfoSession && cooSession);
        target = tmp.path() + "/target";
    }

    void badTargetsAreExplainedAndNothingIsCreated()
    {
        ReviewCircleController circle;
        circle.setSession(reviewSession.get());
        QVERIFY(!circle.targetProblem("http://dav.example.com/its/").isEmpty());
        QVERIFY(circle.targetProblem("http://127.0.0.1:8080/its/").isEmpty());
        QVERIFY(!circle.targetProblem("ftp://example.com/").isEmpty());
        QVERIFY(!circle.create(target, false)); // folder missing and not to be created
        QVERIFY(circle.errorString().contains(target));
        QVERIFY(!circle.create("http://dav.example.com/its/", false));
        QVERIFY(!circle.hasCircle());
        QVERIFY(!QDir(target).exists());
    }

    void createCircleAndInvitation()
    {
        ReviewCircleController circle;
        circle.setSession(reviewSession.get());
        QVERIFY2(circle.create(target, true), qPrintable(circle.errorString()));
        QVERIFY(circle.hasCircle());
        QVERIFY(circle.invitationText().startsWith("intheirshoes:invite?"));
        QVERIFY(!circle.reviewFingerprint().isEmpty());
        QVERIFY(!circle.create(target, true)); // one circle per vault
        QVERIFY(!circle.errorString().isEmpty());

        const QString file = tmp.path() + "/invite.txt";
        QVERIFY(circle.saveInvitation(QUrl::fromLocalFile(file)));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()).trimmed(), circle.invitationText());
    }

    void badInvitationIsRefusedAndDeviceStaysOut()
    {
        ReviewEnrollController enrollment;
        enrollment.setSession(cfoSession.get());
        QVERIFY(!enrollment.joinWithText("intheirshoes:invite?v=1&circle=x", "CFO phone"));
        QVERIFY(enrollment.errorString().contains("invitation"));
        QVERIFY(!enrollment.joinWithFile(QUrl::fromLocalFile(tmp.path() + "/nope.txt"), "CFO"));
        QVERIFY(!enrollment.enrolled());
    }

    void enrollAcceptPushPull()
    {
        ReviewCircleController circle;
        circle.setSession(reviewSession.get());
        ReviewEnrollController enrollment;
        enrollment.setSession(cfoSession.get());
        QVERIFY(!enrollment.joinWithText(circle.invitationText(), "  ")); // needs a name
        QVERIFY2(
            enrollment.joinWithFile(QUrl::fromLocalFile(tmp.path() + "/invite.txt"), "CFO phone"),
            qPrintable(enrollment.errorString()));
        QVERIFY(enrollment.enrolled());
        QTRY_VERIFY(enrollment.requestPublished()); // written on the sync thread
        QCOMPARE(enrollment.reviewFingerprint(), circle.reviewFingerprint());

        ReviewRosterModel roster;
        QAbstractItemModelTester rosterTester(&roster);
        QSignalSpy refreshed(&roster, &ReviewRosterModel::requestsRefreshed);
        roster.setSession(reviewSession.get());
        QCOMPARE(roster.rowCount(), 0); // the vault's roster at once: nobody enrolled yet
        QVERIFY(roster.busy());         // the target's requests arrive from the sync thread
        QVERIFY(refreshed.wait(30'000));
        QVERIFY2(roster.errorString().isEmpty(), qPrintable(roster.errorString()));
        QCOMPARE(roster.rowCount(), 1);
        QCOMPARE(roster.pendingCount(), 1);
        const QModelIndex pending = roster.index(0);
        QCOMPARE(pending.data(ReviewRosterModel::StatusRole).toString(), "pending");
        QCOMPARE(pending.data(ReviewRosterModel::LabelRole).toString(), "CFO phone");
        QCOMPARE(pending.data(ReviewRosterModel::FingerprintRole).toString(),
                 enrollment.deviceFingerprint());
        const QString cfoId = pending.data(ReviewRosterModel::DeviceIdRole).toString();
        QVERIFY(!roster.accept("no-such-device"));
        QVERIFY(roster.accept(cfoId));
        QCOMPARE(roster.pendingCount(), 0);
        QCOMPARE(roster.index(0).data(ReviewRosterModel::StatusRole).toString(), "enrolled");
        QVERIFY(roster.index(0).data(ReviewRosterModel::EnrolledMsRole).toLongLong() > 0);

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        OutboxModel outbox;
        QAbstractItemModelTester outboxTester(&outbox);
        outbox.setSession(cfoSession.get());
        QVERIFY(outbox.enrolled());
        queueSummary(*cfoSession, summaryFor("walk-cfo-1", "switch", 10, 2, now - 60'000));
        outbox.reload();
        QCOMPARE(outbox.stateOf("walk-cfo-1"), "queued");
        QCOMPARE(outbox.waitingCount(), 1);
        QVERIFY2(sync(outbox), qPrintable(outbox.errorString()));
        QCOMPARE(outbox.stateOf("walk-cfo-1"), "synced");
        QCOMPARE(outbox.index(0).data(OutboxModel::StateRole).toString(), "synced");
        QCOMPARE(outbox.waitingCount(), 0);
        QCOMPARE(outbox.index(0).data(OutboxModel::JourneyNameRole).toString(), ""); // no walk here

        ReviewInboxModel inbox;
        QAbstractItemModelTester inboxTester(&inbox);
        inbox.setSession(reviewSession.get());
        QCOMPARE(inbox.rowCount(), 0);
        QVERIFY2(pull(inbox), qPrintable(inbox.errorString()));
        QCOMPARE(inbox.lastPull().value("accepted").toInt(), 1);
        QCOMPARE(inbox.rowCount(), 1);
        QCOMPARE(inbox.index(0).data(ReviewInboxModel::ExecutiveRole).toString(), "CFO phone");
        QCOMPARE(inbox.index(0).data(ReviewInboxModel::JourneyIdRole).toString(), "switch");
        QVERIFY(pull(inbox)); // incremental: nothing new, nothing doubled
        QCOMPARE(inbox.lastPull().value("accepted").toInt(), 0);
        QCOMPARE(inbox.lastPull().value("alreadySeen").toInt(), 1);
        QCOMPARE(inbox.rowCount(), 1);

        const QVariantMap detail = inbox.detail("walk-cfo-1");
        QCOMPARE(detail.value("executive").toString(), "CFO phone");
        const QVariantList pains = detail.value("painPoints").toList();
        QCOMPARE(pains.size(), 1);
        QCOMPARE(pains[0].toMap().value("department").toString(), "billing");
        const QVariantList phases = detail.value("phases").toList();
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases[0].toMap().value("ms").toLongLong(), 1'200'000);
        QVERIFY(inbox.detail("unknown").isEmpty());
    }

    void pooledFiguresPoolAnswersAndFilter()
    {
        ReviewCircleController circle;
        circle.setSession(reviewSession.get());
        enroll(*cooSession, circle.invitationText(), "COO laptop");
        ReviewRosterModel roster;
        roster.setSession(reviewSession.get());
        QTRY_COMPARE(roster.pendingCount(), 1);
        QVERIFY(roster.accept(roster.index(0).data(ReviewRosterModel::DeviceIdRole).toString()));

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        its::WalkSummary satisfied = summaryFor("walk-coo-1", "switch", 0, 6, now - 50'000);
        satisfied.answers.csat = 5;
        its::WalkSummary unhappy = summaryFor("walk-coo-2", "claim", 0, 7, now - 40'000);
        unhappy.answers.csat = 2;
        queueSummary(*cooSession, satisfied);
        queueSummary(*cooSession, unhappy);
        OutboxModel outbox;
        outbox.setSession(cooSession.get());
        QVERIFY(sync(outbox));

        ReviewInboxModel inbox;
        QAbstractItemModelTester tester(&inbox);
        inbox.setSession(reviewSession.get());
        QVERIFY(pull(inbox));
        QCOMPARE(inbox.lastPull().value("accepted").toInt(), 2);
        QCOMPARE(inbox.rowCount(), 3);
        // Pooled: 1 promoter, 2 detractors of 3 answers = -33.3. The average of the two
        // executives' NPS (+100 and -100) would say 0.
        QCOMPARE(inbox.nps().value("n").toInt(), 3);
        QVERIFY(qAbs(inbox.nps().value("value").toDouble() - (-100.0 / 3.0)) < 1e-9);
        QVERIFY(inbox.nps().value("smallSample").toBool());
        QCOMPARE(inbox.ces().value("n").toInt(), 3);
        QVERIFY(qAbs(inbox.ces().value("value").toDouble() - 5.0) < 1e-9);
        // CSAT: one 5 and one 2 among the answers; the CFO's walk has no answer and no weight.
        QCOMPARE(inbox.csat().value("n").toInt(), 2);
        QVERIFY(qAbs(inbox.csat().value("value").toDouble() - 50.0) < 1e-9);
        QVERIFY(inbox.csat().value("smallSample").toBool());

        inbox.setExecutive("COO laptop");
        QCOMPARE(inbox.rowCount(), 2);
        QCOMPARE(inbox.nps().value("value").toDouble(), -100.0);
        inbox.setJourneyId("claim");
        QCOMPARE(inbox.rowCount(), 1);
        QCOMPARE(inbox.index(0).data(ReviewInboxModel::WalkIdRole).toString(), "walk-coo-2");
        inbox.setExecutive({});
        inbox.setJourneyId({});
        QCOMPARE(inbox.journeys().size(), 2);
        QCOMPARE(inbox.executives(), (QStringList{"CFO phone", "COO laptop"}));
    }

    void revokedDeviceIsRejected()
    {
        ReviewRosterModel roster;
        QAbstractItemModelTester tester(&roster);
        roster.setSession(reviewSession.get());
        QString cooId;
        for (int row = 0; row < roster.rowCount(); ++row)
            if (roster.index(row).data(ReviewRosterModel::LabelRole).toString() == "COO laptop")
                cooId = roster.index(row).data(ReviewRosterModel::DeviceIdRole).toString();
        QVERIFY(!cooId.isEmpty());
        QVERIFY(!roster.revoke("no-such-device"));
        QVERIFY(!roster.errorString().isEmpty());
        QVERIFY(roster.revoke(cooId));

        queueSummary(*cooSession,
                     summaryFor("walk-coo-3", "switch", 9, 2, QDateTime::currentMSecsSinceEpoch()));
        OutboxModel outbox;
        outbox.setSession(cooSession.get());
        QVERIFY(sync(outbox)); // the target takes it; the review refuses it
        ReviewInboxModel inbox;
        inbox.setSession(reviewSession.get());
        QVERIFY(pull(inbox));
        QCOMPARE(inbox.lastPull().value("accepted").toInt(), 0);
        QCOMPARE(inbox.lastPull().value("revoked").toInt(), 1);
        QCOMPARE(inbox.pullDetails().size(), 1);
        QVERIFY(inbox.pullDetails().first().contains("revoked"));
        QCOMPARE(inbox.rowCount(), 3);
    }

    void tamperedEnvelopeIsRejected()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        queueSummary(*cfoSession, summaryFor("walk-cfo-2", "switch", 8, 3, now));
        OutboxModel outbox;
        outbox.setSession(cfoSession.get());
        QVERIFY(sync(outbox));
        QStringList envelopes;
        for (const QString &month :
             QDir(target + "/summaries").entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            for (const QString &name :
                 QDir(target + "/summaries/" + month).entryList({"*walk-cfo-2*"}))
                envelopes << target + "/summaries/" + month + "/" + name;
        QCOMPARE(envelopes.size(), 1);
        QFile file(envelopes.first());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() - 10] = static_cast<char>(bytes[bytes.size() - 10] ^ 0x5a);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        ReviewInboxModel inbox;
        inbox.setSession(reviewSession.get());
        QVERIFY(pull(inbox));
        QCOMPARE(inbox.lastPull().value("accepted").toInt(), 0);
        QCOMPARE(inbox.lastPull().value("tampered").toInt(), 1);
        QCOMPARE(inbox.rowCount(), 3);
    }

    void keyBackupRestoresTheCircleElsewhere()
    {
        ReviewCircleController circle;
        circle.setSession(reviewSession.get());
        const QUrl file = QUrl::fromLocalFile(tmp.path() + "/review-key.backup");
        QVERIFY(!circle.backup(file, "short"));
        QVERIFY(!QFile::exists(file.toLocalFile()));
        QVERIFY2(circle.backup(file, "a long backup passphrase"), qPrintable(circle.errorString()));

        auto other = openNewSession(tmp.path() + "/second-review");
        QVERIFY(other);
        ReviewCircleController restored;
        restored.setSession(other.get());
        QVERIFY(!restored.restore(file, "the wrong passphrase!", target, false));
        QVERIFY(restored.errorString().contains("passphrase"));
        QVERIFY(!restored.hasCircle());
        QVERIFY2(restored.restore(file, "a long backup passphrase", target, false),
                 qPrintable(restored.errorString()));
        QCOMPARE(restored.reviewFingerprint(), circle.reviewFingerprint());
        QCOMPARE(restored.circleId(), circle.circleId());
    }

    // The vault locking mid-run drops the run (nothing touches the closed vault) and loses
    // nothing: the next run after unlocking delivers what was in flight, exactly once.
    void lockingDuringARunDropsItAndLosesNothing()
    {
        queueSummary(*cfoSession, summaryFor("walk-cfo-lock", "switch", 7, 2,
                                             QDateTime::currentMSecsSinceEpoch()));
        OutboxModel outbox;
        QAbstractItemModelTester outboxTester(&outbox);
        outbox.setSession(cfoSession.get());
        QSignalSpy synced(&outbox, &OutboxModel::syncFinished);
        QVERIFY(outbox.syncNow());
        QVERIFY(outbox.busy());
        QCOMPARE(outbox.stateOf("walk-cfo-lock"), "uploading");
        cfoSession->lock();
        QCOMPARE(synced.count(), 1);
        QCOMPARE(synced.first().at(0).toBool(), false);
        QVERIFY(!outbox.busy());
        QCOMPARE(outbox.rowCount(), 0);

        ReviewInboxModel inbox;
        QAbstractItemModelTester inboxTester(&inbox);
        inbox.setSession(reviewSession.get());
        const int before = inbox.rowCount();
        QSignalSpy pulled(&inbox, &ReviewInboxModel::pullFinished);
        QVERIFY(inbox.pull());
        QVERIFY(inbox.busy());
        reviewSession->lock();
        QCOMPARE(pulled.count(), 1);
        QCOMPARE(pulled.first().at(0).toBool(), false);
        QVERIFY(!inbox.busy());
        QCOMPARE(inbox.rowCount(), 0); // locked: shows nothing

        for (VaultSession *session : {cfoSession.get(), reviewSession.get()}) {
            session->unlock(QStringLiteral("review test passphrase"));
            QTRY_VERIFY_WITH_TIMEOUT(!session->busy(), 20'000);
            QVERIFY(session->unlocked());
        }
        QCOMPARE(outbox.stateOf("walk-cfo-lock"), "uploading"); // left over: due again at once
        QVERIFY2(sync(outbox), qPrintable(outbox.errorString()));
        QCOMPARE(outbox.stateOf("walk-cfo-lock"), "synced");
        QVERIFY2(pull(inbox), qPrintable(inbox.errorString()));
        QCOMPARE(inbox.lastPull().value("accepted").toInt(), 1);
        QCOMPARE(inbox.rowCount(), before + 1);
        QVERIFY(pull(inbox));
        QCOMPARE(inbox.rowCount(), before + 1); // exactly once
    }

    void aLongBacklogGoesInGrowingBatches()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        constexpr int kBacklog = 300; // e.g. everything sent again after the circle moved
        for (int i = 0; i < kBacklog; ++i)
            queueSummary(*cfoSession, summaryFor(QStringLiteral("walk-backlog-%1").arg(i), "switch",
                                                 8, 2, now - i));
        OutboxModel outbox;
        QAbstractItemModelTester outboxTester(&outbox);
        outbox.setSession(cfoSession.get());
        QSignalSpy resets(&outbox, &QAbstractItemModel::modelReset);
        QVERIFY2(sync(outbox), qPrintable(outbox.errorString()));
        for (int i = 0; i < kBacklog; ++i)
            QCOMPARE(outbox.stateOf(QStringLiteral("walk-backlog-%1").arg(i)), "synced");
        // Batches of 32, 64, 128 and 256 (each reloads the list), not ten batches of 32.
        QVERIFY2(resets.count() <= 6, qPrintable(QString::number(resets.count())));
    }
    void lockedVaultShowsNothing()
    {
        ReviewInboxModel inbox;
        QAbstractItemModelTester tester(&inbox);
        inbox.setSession(reviewSession.get());
        QVERIFY(inbox.rowCount() > 0);
        reviewSession->lock();
        QCOMPARE(inbox.rowCount(), 0);
        QVERIFY(!inbox.pull()); // locked: does not even start
        QVERIFY(!inbox.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewModels)
#include "tst_review_models.moc"
