// The review's inbox and devices for triage, over real vaults and a real folder target (under
// QAbstractItemModelTester): summaries sent before the device is accepted wait (one count, not
// a rejection per file) and arrive once it is; a rejected request stays rejected and its
// summaries are counted apart; rows come newest first with score, pain points and the NPS
// answer; one journey in two languages is one journey, named in the UI language.
#include "review_circle_controller.h"
#include "review_enroll_controller.h"
#include "review_inbox_model.h"
#include "review_outbox_model.h"
#include "review_roster_model.h"
#include "review_test_support.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace review::testing;

namespace {

bool pull(ReviewInboxModel &inbox)
{
    QSignalSpy spy(&inbox, &ReviewInboxModel::pullFinished);
    if (!inbox.pull())
        return false;
    if (spy.isEmpty() && !spy.wait(60'000))
        return false;
    return spy.takeFirst().at(0).toBool();
}

bool refreshed(ReviewRosterModel &roster)
{
    QSignalSpy spy(&roster, &ReviewRosterModel::requestsRefreshed);
    roster.reload();
    return spy.wait(30'000);
}

QString pendingId(const ReviewRosterModel &roster, const QString &label)
{
    for (int row = 0; row < roster.rowCount(); ++row) {
        const QModelIndex index = roster.index(row);
        if (index.data(ReviewRosterModel::StatusRole) == "pending" &&
            index.data(ReviewRosterModel::LabelRole) == label)
            return index.data(ReviewRosterModel::DeviceIdRole).toString();
    }
    return {};
}

} // namespace

class TestReviewInbox : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    std::unique_ptr<VaultSession> reviewSession;
    std::unique_ptr<VaultSession> cfoSession;
    std::unique_ptr<VaultSession> strangerSession;
    QString invitation;

    bool join(VaultSession &device, const QString &label)
    {
        ReviewEnrollController enrollment;
        enrollment.setSession(&device);
        if (!enrollment.joinWithText(invitation, label))
            return false;
        return QTest::qWaitFor([&] { return enrollment.requestPublished(); }, 30'000);
    }

    bool send(VaultSession &device, const its::WalkSummary &summary)
    {
        queueSummary(device, summary);
        OutboxModel outbox;
        outbox.setSession(&device);
        return waitForSync(outbox);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        reviewSession = openNewSession(tmp.path() + "/review");
        cfoSession = openNewSession(tmp.path() + "/cfo");
        strangerSession = openNewSession(tmp.path() + "/stranger");
        QVERIFY(reviewSession && cfoSession && strangerSession);
        ReviewCircleController circle;
        circle.setSession(reviewSession.get());
        QVERIFY2(circle.create(tmp.path() + "/target", true), qPrintable(circle.errorString()));
        invitation = circle.invitationText();
        QVERIFY(join(*cfoSession, "CFO phone"));
        QVERIFY(join(*strangerSession, "Unknown tablet"));
    }

    // Sent before the CCO accepted the device: kept and counted, not listed as rejections.
    void summariesWaitForTheDeviceAndArriveOnceAccepted()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 3; ++i)
            QVERIFY(send(*cfoSession, summaryFor(QStringLiteral("walk-early-%1").arg(i), "switch",
                                                 9, 2, now - 100'000 + i)));
        ReviewInboxModel inbox;
        QAbstractItemModelTester tester(&inbox);
        inbox.setSession(reviewSession.get());
        QVERIFY(pull(inbox));
        QCOMPARE(inbox.lastPull().value("unknownSigner").toInt(), 3);
        QCOMPARE(inbox.pullDetails(), QStringList()); // no line per file
        QCOMPARE(inbox.waitingForDevice(), 3);
        QCOMPARE(inbox.rowCount(), 0);
        QVERIFY(pull(inbox)); // a pull that sees nothing new still says they wait
        QCOMPARE(inbox.waitingForDevice(), 3);

        ReviewRosterModel roster;
        QAbstractItemModelTester rosterTester(&roster);
        roster.setSession(reviewSession.get());
        QVERIFY(refreshed(roster));
        QCOMPARE(roster.pendingCount(), 2);
        QVERIFY(roster.accept(pendingId(roster, "CFO phone")));
        QCOMPARE(roster.pendingCount(), 1);
        QVERIFY(pull(inbox));
        QCOMPARE(inbox.lastPull().value("accepted").toInt(), 3);
        QCOMPARE(inbox.waitingForDevice(), 0);
        QCOMPARE(inbox.rowCount(), 3);
    }

    // Rejected for good: not pending again (even from a new model reading the target again),
    // not acceptable, listed as rejected; its summaries are counted apart from those waiting.
    void aRejectedRequestStaysRejected()
    {
        ReviewRosterModel roster;
        QAbstractItemModelTester tester(&roster);
        roster.setSession(reviewSession.get());
        QVERIFY(refreshed(roster));
        const QString strangerId = pendingId(roster, "Unknown tablet");
        QVERIFY(!strangerId.isEmpty());
        QVERIFY(!roster.reject("no-such-device"));
        QVERIFY(roster.reject(strangerId));
        QCOMPARE(roster.pendingCount(), 0);
        QVERIFY(!roster.accept(strangerId));
        QVERIFY(send(*strangerSession, summaryFor("walk-stranger", "switch", 0, 7,
                                                  QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(join(*strangerSession, "Unknown tablet")); // asks again

        ReviewRosterModel again;
        QAbstractItemModelTester againTester(&again);
        again.setSession(reviewSession.get());
        QVERIFY(refreshed(again));
        QCOMPARE(again.pendingCount(), 0);
        bool listed = false;
        for (int row = 0; row < again.rowCount(); ++row) {
            const QModelIndex index = again.index(row);
            if (index.data(ReviewRosterModel::DeviceIdRole) == strangerId) {
                listed = true;
                QCOMPARE(index.data(ReviewRosterModel::StatusRole).toString(), "rejected");
                QVERIFY(index.data(ReviewRosterModel::RejectedMsRole).toLongLong() > 0);
            }
        }
        QVERIFY(listed);

        ReviewInboxModel inbox;
        QAbstractItemModelTester inboxTester(&inbox);
        inbox.setSession(reviewSession.get());
        QVERIFY(pull(inbox));
        QCOMPARE(inbox.waitingForDevice(), 0);
        QCOMPARE(inbox.rejectedDevice(), 1);
        QCOMPARE(inbox.rowCount(), 3);
    }

    // Newest first; each row carries the mean score, the pain points and the NPS answer.
    void rowsAreNewestFirstWithWhatTriageNeeds()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        its::WalkSummary unscored = summaryFor("walk-late", "claim", 4, 5, now - 1'000);
        unscored.contacts[0].score.reset();
        unscored.answers.recommend.reset();
        QVERIFY(send(*cfoSession, unscored));
        ReviewInboxModel inbox;
        QAbstractItemModelTester tester(&inbox);
        inbox.setSession(reviewSession.get());
        QVERIFY(pull(inbox));
        QCOMPARE(inbox.rowCount(), 4);
        QStringList order;
        for (int row = 0; row < inbox.rowCount(); ++row)
            order << inbox.index(row).data(ReviewInboxModel::WalkIdRole).toString();
        QCOMPARE(order, (QStringList{"walk-late", "walk-early-2", "walk-early-1", "walk-early-0"}));
        const QModelIndex late = inbox.index(0);
        QVERIFY(!late.data(ReviewInboxModel::MeanScoreRole).isValid());
        QVERIFY(!late.data(ReviewInboxModel::RecommendRole).isValid());
        QCOMPARE(late.data(ReviewInboxModel::PainPointCountRole).toInt(), 1);
        const QModelIndex early = inbox.index(1);
        QCOMPARE(early.data(ReviewInboxModel::MeanScoreRole).toDouble(), 62.5);
        QCOMPARE(early.data(ReviewInboxModel::RecommendRole).toInt(), 9);
        QCOMPARE(early.data(ReviewInboxModel::PainPointCountRole).toInt(), 1);
    }

    // The Italian and English versions of one journey are one journey (its id), named in the
    // UI language when a summary in that language exists.
    void oneJourneyInTwoLanguagesIsOneJourney()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        its::WalkSummary italian = summaryFor("walk-it", "switch", 8, 3, now - 500);
        italian.language = "it";
        italian.journeyName = "Passare a noi";
        its::WalkSummary english = summaryFor("walk-en", "switch", 8, 3, now - 400);
        english.journeyName = "Switching to us";
        QVERIFY(send(*cfoSession, italian));
        QVERIFY(send(*cfoSession, english));
        ReviewInboxModel inbox;
        QAbstractItemModelTester tester(&inbox);
        inbox.setLanguage("it");
        inbox.setSession(reviewSession.get());
        QVERIFY(pull(inbox));
        const auto nameOf = [&](const QString &id) {
            for (const QVariant &journey : inbox.journeys())
                if (journey.toMap().value("id") == id)
                    return journey.toMap().value("name").toString();
            return QString();
        };
        QCOMPARE(inbox.journeys().size(), 2); // switch and claim
        QCOMPARE(nameOf("switch"), QString("Passare a noi"));
        inbox.setJourneyId("switch");
        QCOMPARE(inbox.rowCount(), 5); // both languages, and the three early ones
        for (int row = 0; row < inbox.rowCount(); ++row)
            QCOMPARE(inbox.index(row).data(ReviewInboxModel::JourneyNameRole).toString(),
                     QString("Passare a noi"));
        inbox.setLanguage("en");
        QCOMPARE(nameOf("switch"), QString("Switching to us"));
        QCOMPARE(inbox.index(0).data(ReviewInboxModel::JourneyNameRole).toString(),
                 QString("Switching to us"));
        QCOMPARE(inbox.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestReviewInbox)
#include "tst_review_inbox.moc"
