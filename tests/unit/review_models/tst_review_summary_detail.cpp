// What the review's summary page is given for one received summary (review::summaryDetail):
// everything the executive shared, criteria as the template's words, handoffs with their
// origin, and counts the page can put in plural forms. Pure: no vault.
#include "../formats/sample_data.h"
#include "formats/summary_json.h"
#include "review_summary_detail.h"

#include <QFile>
#include <QtTest>

using namespace its;

class TestReviewSummaryDetail : public QObject
{
    Q_OBJECT
private slots:
    void carriesEverythingTheExecutiveShared()
    {
        WalkSummary summary = test::sampleSummary();
        summary.answers.wouldStay = false;
        summary.contacts[0].failedMustBe = {"identity-once", "clear-date"};
        summary.contacts[0].criterionTexts = {{"identity-once", "Identified once"},
                                              {"clear-date", "Clear end date"}};
        summary.moments.push_back(
            {MomentKind::PainPoint, "call-care", "customer_care", "clear-date", 3, "clear-date"});
        const QVariantMap detail = review::summaryDetail(summary);

        QCOMPARE(detail["persona"].toString(), QString("Marta, 41"));
        QCOMPARE(detail["csat"].toInt(), 4);
        QCOMPARE(detail["wouldStay"], QVariant(false));
        QCOMPARE(detail["recommend"].toInt(), 3);
        QCOMPARE(detail["failedMustBeCount"].toInt(), 2);
        QCOMPARE(detail["handoffCount"].toInt(), 1);
        QCOMPARE(detail["repeatCount"].toInt(), 2);
        QCOMPARE(detail["missedTargetCount"].toInt(), 1);
        QCOMPARE(detail["painPointCount"].toInt(), 2);
        QCOMPARE(detail["memorableCount"].toInt(), 1);

        const QVariantMap call = detail["contacts"].toList().at(0).toMap();
        QCOMPARE(call["failedMustBe"].toStringList(),
                 QStringList({"Identified once", "Clear end date"}));
        const QVariantMap handoff = call["handoffs"].toList().at(0).toMap();
        QCOMPARE(handoff["from"].toString(), QString("customer_care"));
        QCOMPARE(handoff["to"].toString(), QString("billing"));
        QCOMPARE(call["repeatCount"].toInt(), 2);
        const QVariantMap missed = call["missedTargets"].toList().at(0).toMap();
        QCOMPARE(missed["phase"].toString(), QString("queue"));
        QCOMPARE(missed["targetMs"].toLongLong(), 120'000);
        QCOMPARE(missed["actualMs"].toLongLong(), 300'000);
        QCOMPARE(call["shareableNote"].toString(), QString(test::kShareableNote));
        const QVariantMap letter = detail["contacts"].toList().at(1).toMap();
        QCOMPARE(letter["metDelighters"].toStringList(), QStringList({"Every line explained"}));

        const QVariantList notes = detail["notes"].toList();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].toMap()["touchpoint"].toString(), QString("Call customer care"));

        // Pain points only, by department; a criterion's pain point reads as its text.
        const QVariantList pains = detail["painPoints"].toList();
        QCOMPARE(pains.size(), 1);
        QCOMPARE(pains[0].toMap()["department"].toString(), QString("customer_care"));
        const QVariantList items = pains[0].toMap()["items"].toList();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toMap()["theme"].toString(), QString("silos"));
        QCOMPARE(items[0].toMap()["text"].toString(), QString());
        QCOMPARE(items[1].toMap()["text"].toString(), QString("Clear end date"));
        const QVariantList memorable = detail["memorable"].toList();
        QCOMPARE(memorable.size(), 1);
        QCOMPARE(memorable[0].toMap()["text"].toString(), QString("Every line explained"));
        QCOMPARE(memorable[0].toMap()["touchpoint"].toString(), QString(""));

        const QVariantMap emotion = detail["emotion"].toMap();
        QCOMPARE(emotion["points"].toList().size(), 2);
        QCOMPARE(emotion["points"].toList()[0].toMap()["label"].toString(),
                 QString("Call customer care"));
        QCOMPARE(emotion["lowIndex"].toInt(), 0);
        QCOMPARE(detail["meanScore"].toDouble(), 41.666666666666664); // the one scored contact
    }

    // A version 2 summary has no criterion texts: ids are shown as words, never as ids.
    void oldSummaryShowsCriterionIdsAsWords()
    {
        QFile file(QFINDTESTDATA("../formats/fixtures/summary-v2.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QVariantMap detail =
            review::summaryDetail(parseSummary(file.readAll().toStdString()));
        const QVariantMap call = detail["contacts"].toList().at(0).toMap();
        QCOMPARE(call["failedMustBe"].toStringList(), QStringList({"Identity once"}));
        QCOMPARE(call["handoffs"].toList().at(0).toMap()["from"].toString(), QString());
        QCOMPARE(detail["memorable"].toList().at(0).toMap()["text"].toString(),
                 QString("Explained"));
    }

    void nothingScoredHasNoMeanScore()
    {
        WalkSummary summary = test::sampleSummary();
        for (ContactSummary &contact : summary.contacts)
            contact.score.reset();
        QVERIFY(!review::summaryDetail(summary)["meanScore"].isValid());
        summary.contacts[1].score = 80.0;
        summary.contacts[0].score = 40.0;
        QCOMPARE(review::summaryDetail(summary)["meanScore"].toDouble(), 60.0);
    }
};

QTEST_GUILESS_MAIN(TestReviewSummaryDetail)
#include "tst_review_summary_detail.moc"
