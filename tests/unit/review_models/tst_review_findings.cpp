// The CCO's dashboard over a real review vault: the controller loads the received summaries
// once and recompiles away from the UI thread on every filter change (the result arrives by
// signal after the call returned; a superseded result is dropped), and every model it feeds
// (under QAbstractItemModelTester) shows the seeded figures: headline figures with n, interval
// and change against the quarter before, top pain points with trend, departments ranked,
// participation, the heat map, a cell's criterion failures, a department's detail, the silo map
// and the walks behind a figure. "No walks match" is no row at all.
#include "findings_seed.h"
#include "model_fixture.h"
#include "review_department_models.h"
#include "review_findings_controller.h"
#include "review_journey_models.h"
#include "review_overview_models.h"
#include "review_walk_list_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

using namespace review::testing;

namespace {

// Every worker done and every queued result delivered (or dropped): no timing involved.
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

bool compiled(ReviewFindingsController &findings)
{
    QSignalSpy spy(&findings, &ReviewFindingsController::compiled);
    return findings.busy() ? spy.wait(30'000) : true;
}

int rowOf(const ReviewFindingsRows &model, const QString &role, const QVariant &value)
{
    for (int row = 0; row < model.count(); ++row) {
        if (model.get(row).value(role) == value)
            return row;
    }
    return -1;
}

} // namespace

class TestReviewFindings : public QObject
{
    Q_OBJECT

    std::unique_ptr<ModelFixture> fixture;

private slots:
    void init()
    {
        fixture = std::make_unique<ModelFixture>();
        QVERIFY(fixture->ready());
        seedFindings(fixture->db());
    }
    void cleanup()
    {
        settle();
        fixture.reset();
    }

    void headlinesOfTheNewestQuarterAgainstTheOneBefore()
    {
        ReviewFindingsController findings;
        ReviewHeadlineModel headlines;
        QAbstractItemModelTester tester(&headlines);
        headlines.setFindings(&findings);
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));
        QCOMPARE(findings.received(), 14);
        QCOMPARE(findings.periodKind(), QString("quarter"));
        QCOMPARE(findings.periodKey(), QString("2026-Q3"));
        QCOMPARE(findings.periodLabel(), QString("Q3 2026"));
        QCOMPARE(findings.previousLabel(), QString("Q2 2026"));
        QCOMPARE(findings.walks(), 8);
        QCOMPARE(headlines.count(), 6);
        const QVariantMap nps = headlines.get(0);
        QCOMPARE(nps["key"].toString(), QString("nps"));
        QCOMPARE(nps["value"].toDouble(), 100.0);
        QCOMPARE(nps["n"].toInt(), 8);
        QCOMPARE(nps["smallSample"].toBool(), true);
        QCOMPARE(nps["change"].toString(), QString("clearly-up"));
        QCOMPARE(nps["delta"].toDouble(), 200.0);
        QCOMPARE(nps["previous"].toDouble(), -100.0);
        QCOMPARE(nps["walkIds"].toStringList().size(), 8);
        const QVariantMap csat = headlines.get(1);
        QCOMPARE(csat["key"].toString(), QString("csat"));
        QCOMPARE(csat["value"].toDouble(), 100.0);
        QVERIFY(csat["low"].toDouble() < 100.0); // Wilson: below 100 with n = 8
        QCOMPARE(csat["high"].toDouble(), 100.0);
        QCOMPARE(headlines.get(2)["value"].toDouble(), 6.0); // CES mean
        QCOMPARE(headlines.get(2)["change"].toString(), QString("clearly-up"));

        // Without the comparison: no change, no previous figure.
        findings.setCompare(false);
        QVERIFY(compiled(findings));
        QCOMPARE(headlines.get(0)["change"].toString(), QString());
        QVERIFY(headlines.get(0)["previous"].isNull());
        QCOMPARE(findings.previousLabel(), QString());
    }

    // A from-to range is compared with the same number of days just before it.
    void aRangeIsComparedWithTheDaysBefore()
    {
        ReviewFindingsController findings;
        ReviewHeadlineModel headlines;
        QAbstractItemModelTester tester(&headlines);
        headlines.setFindings(&findings);
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));
        findings.setFromDate("2026-07-01");
        findings.setToDate("2026-09-30");
        findings.setPeriodKind("range");
        QVERIFY(compiled(findings));
        QCOMPARE(findings.walks(), 8);
        QCOMPARE(headlines.get(0)["change"].toString(), QString("clearly-up"));
        QCOMPARE(headlines.get(0)["previous"].toDouble(), -100.0);
        // An end before the start is refused in words, and nothing is recompiled.
        QSignalSpy spy(&findings, &ReviewFindingsController::compiled);
        findings.setToDate("2026-06-01");
        QVERIFY(!findings.errorString().isEmpty());
        QVERIFY(!findings.busy());
        settle();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(findings.walks(), 8);
    }

    // The compile runs on a worker: the setter returns at once (busy, the old findings still
    // shown) and the result arrives later through compiled().
    void aFilterChangeDoesNotBlock()
    {
        ReviewFindingsController findings;
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));
        QVERIFY(!findings.noWalksMatch());
        QSignalSpy spy(&findings, &ReviewFindingsController::compiled);
        QSignalSpy busy(&findings, &ReviewFindingsController::busyChanged);
        findings.setJourneys({"no-such-journey"});
        QVERIFY(findings.busy());
        QCOMPARE(busy.count(), 1);
        QCOMPARE(spy.count(), 0);
        QVERIFY(!findings.noWalksMatch()); // still the last result
        QVERIFY(spy.wait(30'000));
        QVERIFY(!findings.busy());
        QVERIFY(findings.noWalksMatch());
        QCOMPARE(findings.walks(), 0);
    }

    // Two changes in a row: only the newer one's result is shown; the older is dropped.
    void aNewerRequestSupersedesAnOlderOne()
    {
        ReviewFindingsController findings;
        ReviewPainPointModel pains;
        QAbstractItemModelTester tester(&pains);
        pains.setFindings(&findings);
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));
        const int before = findings.generation();
        QSignalSpy spy(&findings, &ReviewFindingsController::compiled);
        QSignalSpy resets(&pains, &QAbstractItemModel::modelReset);
        findings.setLeaders({"device-cmo"}); // would match nothing
        findings.setLeaders({"device-cfo"});
        settle();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), before + 2);
        QCOMPARE(findings.generation(), before + 2);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(findings.walks(), 4); // the CFO's Q3 walks, not "no walks match"
        QVERIFY(!findings.busy());
    }

    // The vault is read again only when it holds something new.
    void reloadReadsOnlyWhatChanged()
    {
        ReviewFindingsController findings;
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));
        QSignalSpy spy(&findings, &ReviewFindingsController::compiled);
        findings.reload();
        QVERIFY(!findings.busy());
        settle();
        QCOMPARE(spy.count(), 0);
        storeReceived(fixture->db(), seedWalk(20, true, seedDay(2026, 9, 28)), "device-cmo");
        findings.reload();
        QVERIFY(compiled(findings));
        QCOMPARE(findings.received(), 15);
        QCOMPARE(findings.walks(), 9);
    }

    void topPainPointsDepartmentsAndParticipation()
    {
        ReviewFindingsController findings;
        ReviewPainPointModel pains;
        ReviewDepartmentRankModel departments;
        ReviewParticipationModel participation;
        QAbstractItemModelTester t1(&pains), t2(&departments), t3(&participation);
        pains.setFindings(&findings);
        departments.setFindings(&findings);
        participation.setFindings(&findings);
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));

        QCOMPARE(pains.count(), 3);
        const QVariantMap top = pains.get(0);
        QCOMPARE(top["department"].toString(), QString("sales"));
        QCOMPARE(top["theme"].toString(), QString("repeating"));
        QCOMPARE(top["frequency"].toInt(), 4);
        QCOMPARE(top["weight"].toInt(), 12);
        QCOMPARE(top["trend"].toString(), QString("up"));
        QCOMPARE(top["previousFrequency"].toInt(), 3);
        QCOMPARE(top["walkIds"].toStringList(),
                 QStringList({"walk-q3-0", "walk-q3-2", "walk-q3-4", "walk-q3-6"}));
        QCOMPARE(pains.get(2)["theme"].toString(), QString("waiting"));
        QCOMPARE(pains.get(2)["trend"].toString(), QString("same"));

        QCOMPARE(departments.get(0)["department"].toString(), QString("sales"));
        QCOMPARE(departments.get(0)["share"].toDouble(), 1.0);
        QVERIFY(departments.get(0)["walkIds"].toStringList().contains("walk-q3-0"));

        const int cfo = rowOf(participation, "label", "CFO phone");
        const int cmo = rowOf(participation, "label", "CMO laptop");
        QVERIFY(cfo >= 0 && cmo >= 0);
        QCOMPARE(participation.get(cfo)["walks"].toInt(), 4);
        QCOMPARE(participation.get(cfo)["walkIds"].toStringList().size(), 4);
        QCOMPARE(participation.get(cmo)["walks"].toInt(), 0);
        QCOMPARE(participation.get(cmo)["idle"].toBool(), true);
        QVERIFY(findings.idleLeaders().contains("CMO laptop"));
        QVERIFY(!findings.idleLeaders().contains("Old phone")); // revoked: not expected
    }

    void heatMapCellAndTheWalksBehindIt()
    {
        ReviewFindingsController findings;
        ReviewHeatMapModel heat;
        ReviewCellModel cell;
        ReviewWalkListModel walks;
        QAbstractItemModelTester t1(&heat), t2(&cell), t3(&walks);
        heat.setFindings(&findings);
        cell.setFindings(&findings);
        walks.setFindings(&findings);
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));

        QCOMPARE(heat.shownJourneyId(), QString(kSeedJourney));
        QVERIFY(heat.stages().contains("Signing up"));
        const int call = rowOf(heat, "touchpointId", "sales-call");
        QVERIFY(call >= 0);
        const QVariantMap sales = heat.get(call);
        QCOMPARE(sales["stageName"].toString(), QString("Signing up"));
        QCOMPARE(sales["passRate"].toDouble(), 50.0);
        QCOMPARE(sales["passN"].toInt(), 8);
        QCOMPARE(sales["department"].toString(), QString("sales"));

        cell.setJourneyId(kSeedJourney);
        cell.setTouchpointId("sales-call");
        QVERIFY(cell.found());
        QCOMPARE(cell.name(), QString("Call to the sales line"));
        QCOMPARE(cell.get(0)["kind"].toString(), QString("mustBe"));
        QCOMPARE(cell.get(0)["rate"].toDouble(), 50.0);
        QCOMPARE(cell.get(0)["count"].toInt(), 4);
        QCOMPARE(cell.quotes().size(), 4);
        QCOMPARE(cell.quotes().first().toMap()["text"].toString(),
                 QString("I gave my migration code twice"));
        QVERIFY(rowOf(cell, "kind", "time") >= 0);

        walks.setWalkIds(cell.get(0)["walkIds"].toStringList());
        QCOMPARE(walks.count(), 4);
        QCOMPARE(walks.get(0)["executive"].toString(), QString("CFO phone"));
        QVERIFY(walks.get(0)["finishedMs"].toLongLong() >= walks.get(1)["finishedMs"].toLongLong());
        const QVariantMap detail = findings.detail(walks.get(0)["walkId"].toString());
        QCOMPARE(detail["executive"].toString(), QString("CFO phone"));
        QCOMPARE(detail["journeyName"].toString(),
                 QString("Switching to us from another provider"));
    }

    void departmentDetailAndSiloMap()
    {
        ReviewFindingsController findings;
        ReviewDepartmentModel sales;
        ReviewSiloModel silo;
        QAbstractItemModelTester t1(&sales), t2(&silo);
        sales.setDepartment("sales");
        sales.setFindings(&findings);
        silo.setFindings(&findings);
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));

        QVERIFY(sales.found());
        QCOMPARE(sales.handoffsOut(), 4);
        const int pain = rowOf(sales, "kind", "pain");
        QCOMPARE(sales.get(pain)["label"].toString(), QString("repeating"));
        const int out = rowOf(sales, "kind", "handedTo");
        QCOMPARE(sales.get(out)["label"].toString(), QString("billing"));
        QCOMPARE(sales.get(out)["count"].toInt(), 4);
        QCOMPARE(sales.get(out)["walkIds"].toStringList().size(), 4);
        QCOMPARE(sales.quotes().size(), 4);

        QCOMPARE(silo.departments(),
                 QStringList({"billing", "customer_care", "network_provisioning", "sales"}));
        QCOMPARE(silo.count(), 16);
        QCOMPARE(silo.handoffs(), 6);
        const QVariantMap cell = silo.get(3 * 4 + 0); // sales -> billing
        QCOMPARE(cell["from"].toString(), QString("sales"));
        QCOMPARE(cell["to"].toString(), QString("billing"));
        QCOMPARE(cell["handoffs"].toInt(), 4);
        QCOMPARE(cell["repeatsAfter"].toInt(), 4);
        QCOMPARE(cell["share"].toDouble(), 1.0);
    }

    // An empty result is "no walks match": every model empty, never a row of zeros.
    void noWalksMatchIsNoRowAtAll()
    {
        ReviewFindingsController findings;
        ReviewHeadlineModel headlines;
        ReviewPainPointModel pains;
        ReviewSiloModel silo;
        ReviewHeatMapModel heat;
        QAbstractItemModelTester t1(&headlines), t2(&pains), t3(&silo), t4(&heat);
        for (ReviewFindingsRows *model :
             std::initializer_list<ReviewFindingsRows *>{&headlines, &pains, &silo, &heat})
            model->setFindings(&findings);
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));
        QCOMPARE(headlines.count(), 6);
        findings.setLeaders({"device-cmo"});
        QVERIFY(compiled(findings));
        QVERIFY(findings.noWalksMatch());
        QCOMPARE(headlines.count(), 0);
        QCOMPARE(pains.count(), 0);
        QCOMPARE(silo.count(), 0);
        QCOMPARE(heat.count(), 0);
        findings.clearFilter();
        QVERIFY(compiled(findings));
        QCOMPARE(headlines.count(), 6);
    }

    // Locking the vault empties the dashboard; unlocking is not needed to see that.
    void lockingClearsTheFindings()
    {
        ReviewFindingsController findings;
        ReviewHeadlineModel headlines;
        QAbstractItemModelTester tester(&headlines);
        headlines.setFindings(&findings);
        findings.setSession(fixture->session());
        QVERIFY(compiled(findings));
        fixture->session()->lock();
        QVERIFY(!findings.ready());
        QCOMPARE(headlines.count(), 0);
        QCOMPARE(findings.received(), 0);
    }
};

QTEST_MAIN(TestReviewFindings)
#include "tst_review_findings.moc"
