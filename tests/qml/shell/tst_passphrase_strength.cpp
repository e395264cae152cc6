// The passphrase meter: hand-picked cases whose score follows from the documented rules.
#include "passphrase_strength.h"

#include <QTest>

using its::ui::estimatePassphrase;

class TstPassphraseStrength : public QObject
{
    Q_OBJECT
private slots:
    void scores_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("minScore");
        QTest::addColumn<int>("maxScore");
        QTest::newRow("empty") << "" << 0 << 0;
        QTest::newRow("famous") << "password" << 0 << 0;
        QTest::newRow("famous+digits") << "Juventus1997" << 0 << 0;
        QTest::newRow("repeats") << "aaaaaaaaaaaa" << 0 << 1;
        QTest::newRow("sequence") << "abcdefgh1234" << 0 << 1;
        QTest::newRow("short mixed") << "Tr4m!" << 0 << 1;
        QTest::newRow("four words") << "lantern orbit velvet harbour" << 3 << 4;
        QTest::newRow("italian words") << "gatto-nuvola-treno-limone" << 2 << 4;
        QTest::newRow("long random") << "k9#Vq2!mZp7&Lx4$" << 4 << 4;
    }
    void scores()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, minScore);
        QFETCH(int, maxScore);
        const auto e = estimatePassphrase(passphrase);
        QVERIFY2(e.score >= minScore && e.score <= maxScore,
                 qPrintable(QStringLiteral("score %1, %2 bits").arg(e.score).arg(e.bits)));
    }

    void flagsExplainTheScore()
    {
        QVERIFY(estimatePassphrase("qwerty").common);
        QVERIFY(estimatePassphrase("zzzzkite").repetitive);
        QVERIFY(estimatePassphrase("x56789y").sequential);
        QVERIFY(estimatePassphrase("x98765y").sequential);
        const auto clean = estimatePassphrase("lantern orbit velvet harbour");
        QVERIFY(!clean.common && !clean.repetitive && !clean.sequential);
    }

    void longerNeverScoresLower()
    {
        const QString base = "river";
        int previous = 0;
        QString text;
        for (const char *word : {"river", "Maple", "7cloud", "Tango", "!orbit"}) {
            text += QString::fromLatin1(word);
            const int score = estimatePassphrase(text).score;
            QVERIFY2(score >= previous, qPrintable(text));
            previous = score;
        }
        QCOMPARE(previous, 4);
    }

    void meterAcceptsOnlyFromTheMinimum()
    {
        PassphraseMeter meter;
        QVERIFY(meter.score("password") < meter.minimumScore());
        QVERIFY(meter.score("lantern orbit velvet harbour") >= meter.minimumScore());
        QVERIFY(!meter.advice("password").isEmpty());
        QVERIFY(meter.advice("k9#Vq2!mZp7&Lx4$").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPassphraseStrength)
#include "tst_passphrase_strength.moc"
