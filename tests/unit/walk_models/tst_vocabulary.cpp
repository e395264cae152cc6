// Vocabulary, the words every screen shows for ids, durations and dates, in both languages
// with the app's own Italian translation: departments of the shipped journeys all have names,
// durations follow core/timing/duration_format.h, dates cannot be misread ("12/3/26").
#include "formats/template_library.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTranslator>

namespace {

constexpr qint64 kS = 1'000;
constexpr qint64 kMin = 60 * kS;
constexpr qint64 kD = 24 * 60 * kMin;

qint64 localMs(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

} // namespace

class TstVocabulary : public QObject
{
    Q_OBJECT

    void useLanguage(const QString &language)
    {
        QCoreApplication::removeTranslator(&translator_);
        if (language == u"it") {
            QVERIFY(translator_.load(QStringLiteral(":/i18n/intheirshoes_it.qm")));
            QCoreApplication::installTranslator(&translator_);
        }
        QLocale::setDefault(QLocale(language == u"it" ? QLocale::Italian : QLocale::English));
    }

private slots:
    void cleanup() { useLanguage(QStringLiteral("en")); }

    void everyShippedDepartmentHasAName()
    {
        const its::TemplateLibrary library =
            its::loadTemplatesFromDirectory(ITS_SOURCE_DIR "/assets/templates");
        QVERIFY(library.errors.empty());
        const QStringList known = Vocabulary::departments();
        for (const its::JourneyTemplate &journey : library.templates) {
            for (const its::Touchpoint *tp : journey.touchpoints()) {
                const QString department = QString::fromStdString(tp->department);
                QVERIFY2(known.contains(department),
                         qPrintable(QString::fromStdString(journey.id) + ": " + department));
            }
        }
        useLanguage(QStringLiteral("it"));
        QCOMPARE(Vocabulary::departmentLabel(QStringLiteral("administration")),
                 QStringLiteral("Amministrazione"));
        QCOMPARE(Vocabulary::departmentLabel(QStringLiteral("sales")),
                 QStringLiteral("Commerciale")); // as the seeds say it
    }

    void durationsAndTargetsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("measured");   // 2 d 00:38:46
        QTest::addColumn<QString>("stopwatch");  // 12:05
        QTest::addColumn<QString>("fiveDays");   // a target
        QTest::addColumn<QString>("halfAnHour"); // a target
        QTest::newRow("en") << "en"
                            << "2 d 0 h 39 min"
                            << "12:05"
                            << "5 days"
                            << "30 min";
        QTest::newRow("it") << "it"
                            << "2 g 0 h 39 min"
                            << "12:05"
                            << "5 giorni"
                            << "30 min";
    }
    void durationsAndTargetsInBothLanguages()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QTEST(Vocabulary::duration(2 * kD + 38 * kMin + 46 * kS), "measured");
        QTEST(Vocabulary::duration(12 * kMin + 5 * kS), "stopwatch");
        QTEST(Vocabulary::target(5 * kD), "fiveDays");
        QTEST(Vocabulary::target(30 * kMin), "halfAnHour");
    }

    void datesCannotBeMisread_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTime");
        QTest::newRow("en") << "en"
                            << "3 Dec 2026"
                            << "3 Dec 2026, 10:15";
        QTest::newRow("it") << "it"
                            << "3 dic 2026"
                            << "3 dic 2026, 10:15";
    }
    void datesCannotBeMisread()
    {
        QFETCH(QString, language);
        useLanguage(language);
        const qint64 when = localMs(2026, 12, 3, 10, 15);
        QTEST(Vocabulary::date(when), "date");
        QTEST(Vocabulary::dateTime(when), "dateTime");
        QCOMPARE(Vocabulary::time(localMs(2026, 12, 3, 21, 5)), QStringLiteral("21:05"));
        QCOMPARE(Vocabulary::dateTime(0), QString()); // no time recorded: nothing, not 1970
    }

    void theEffortScaleIsNamedNotIdentified()
    {
        QCOMPARE(Vocabulary::cesScaleLabel(QStringLiteral("ces2-7pt")),
                 QStringLiteral("CES 2.0, scale from 1 to 7"));
        useLanguage(QStringLiteral("it"));
        QCOMPARE(Vocabulary::cesScaleLabel(QStringLiteral("ces2-7pt")),
                 QStringLiteral("CES 2.0, scala da 1 a 7"));
        QVERIFY(!Vocabulary::cesScaleLabel(QStringLiteral("ces3-5pt")).contains(u"ces3"));
    }

private:
    QTranslator translator_;
};

QTEST_GUILESS_MAIN(TstVocabulary)
#include "tst_vocabulary.moc"
