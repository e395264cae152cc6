// The journey questions' scales, checked where answers are made (domain/walk.h): every store
// and reader relies on answersProblem() or the same bounds.
#include "domain/walk.h"

#include <QtTest>

using namespace its;

class TestJourneyAnswers : public QObject
{
    Q_OBJECT
private slots:
    void unansweredIsValid() { QVERIFY(!answersProblem(JourneyAnswers{}).has_value()); }

    void csatAcceptsOneToFive()
    {
        QCOMPARE(kCsatMin, 1);
        QCOMPARE(kCsatMax, 5);
        JourneyAnswers answers;
        for (int value = 1; value <= 5; ++value) {
            answers.csat = value;
            const auto problem = answersProblem(answers);
            QVERIFY2(!problem, problem ? problem->c_str() : "");
        }
    }

    void csatOutsideItsScaleIsNamed_data()
    {
        QTest::addColumn<int>("value");
        QTest::newRow("0") << 0;
        QTest::newRow("6") << 6;
        QTest::newRow("-1") << -1;
        QTest::newRow("10") << 10;
    }
    void csatOutsideItsScaleIsNamed()
    {
        QFETCH(int, value);
        JourneyAnswers answers;
        answers.recommend = 8;
        answers.csat = value;
        const auto problem = answersProblem(answers);
        QVERIFY(problem.has_value());
        QVERIFY2(problem->find("CSAT") != std::string::npos, problem->c_str());
        QVERIFY2(problem->find("1..5") != std::string::npos, problem->c_str());
        QVERIFY2(problem->find(std::to_string(value)) != std::string::npos, problem->c_str());
    }

    void otherQuestionsKeepTheirScales()
    {
        JourneyAnswers answers;
        answers.recommend = 0;
        answers.effort = 7;
        answers.csat = 1;
        QVERIFY(!answersProblem(answers));
        answers.recommend = 11;
        QVERIFY(answersProblem(answers)->find("recommend") != std::string::npos);
        answers.recommend = 10;
        answers.effort = 0;
        QVERIFY(answersProblem(answers)->find("CES") != std::string::npos);
        answers.effort = 1;
        answers.cesScaleVersion.clear();
        QVERIFY(answersProblem(answers)->find("scale version") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestJourneyAnswers)
#include "tst_journey_answers.moc"
