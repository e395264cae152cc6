// The screenshot tour. Each row walks one language and theme through first run, home (every
// section, plus the walk engineer's pages found in the module), lock, a wrong passphrase and the
// recovery form, saving PNGs at phone and desktop size. Fails if a screen is missing or a grab
// fails; prints (does not fail on) texts that are elided on screen, for a human to judge.
#include "app_controller.h"
#include "its_ui_module.h"
#include "tour_driver.h"

#include <QAbstractItemModel>
#include <QDirIterator>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <algorithm>

namespace {
QDir outputDir()
{
    const QByteArray env = qgetenv("ITS_SCREENSHOT_DIR");
    QDir dir(env.isEmpty() ? QStringLiteral(ITS_BINARY_DIR "/screenshots")
                           : QString::fromLocal8Bit(env));
    dir.mkpath(QStringLiteral("."));
    return dir;
}

// Pages of the module that are not reached through the shell's own navigation nor the real
// walk the tour takes (preview, walk, contact, summary).
QStringList extraPages()
{
    static const QStringList shell = {
        "FirstRunPage.qml", "UnlockPage.qml",  "HomePage.qml",   "SettingsPage.qml",
        "LibraryPage.qml",  "HistoryPage.qml", "WaitsPage.qml",  "JourneyPreviewPage.qml",
        "WalkPage.qml",     "ContactPage.qml", "SummaryPage.qml"};
    // Paths inside the module ("review/ReviewSetupPage.qml"), in the order of their file names;
    // the feature folders only (components/ItsPage.qml is the pages' base, not a page).
    QStringList pages;
    const QDir module(QStringLiteral(":/InTheirShoes"));
    QDirIterator it(module.path(), {QStringLiteral("*Page.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = module.relativeFilePath(it.next());
        if (!path.startsWith(u"components/") && !shell.contains(QFileInfo(path).fileName()))
            pages << path;
    }
    std::sort(pages.begin(), pages.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).fileName() < QFileInfo(b).fileName();
    });
    return pages;
}
} // namespace

class TstScreenshotTour : public QObject
{
    Q_OBJECT
private slots:
    void tour_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        for (const char *language : {"en", "it"})
            for (const char *theme : {"light", "dark"})
                QTest::addRow("%s-%s", language, theme) << language << theme;
    }

    void tour()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        TourDriver tour(language, theme, outputDir());
        QVERIFY2(tour.start(), qPrintable(tour.error()));
        AppController *app = tour.controller();
        QCOMPARE(app->effectiveLanguage(), language);
        QCOMPARE(app->darkTheme(), theme == QLatin1String("dark"));
        QStringList truncated;
        auto shoot = [&](const QString &name) {
            QVERIFY2(tour.shoot(name), qPrintable(tour.error()));
            for (const QString &text : tour.truncatedTexts())
                truncated << name + ": " + text;
        };

        // First run
        QVERIFY(tour.find("firstRunPage"));
        shoot("01-welcome");
        QVERIFY(tour.setProperty("firstRunPage", "step", 1));
        QVERIFY(tour.setProperty("newPassphraseField", "text", "lantern orbit"));
        QVERIFY(tour.setProperty("confirmPassphraseField", "text", "lantern"));
        shoot("02-passphrase");
        QVERIFY(tour.setProperty("newPassphraseField", "text", "lantern orbit velvet harbour"));
        QVERIFY(tour.setProperty("confirmPassphraseField", "text", "lantern orbit velvet harbour"));
        tour.eval("firstRunPage", "createVault()");
        QTRY_VERIFY_WITH_TIMEOUT(app->session()->unlocked(), 20000);
        QTRY_COMPARE(tour.find("firstRunPage")->property("step").toInt(), 2);
        shoot("03-recovery-code");
        app->finishFirstRun();

        // Home sections
        QTRY_VERIFY(tour.find("homePage"));
        const QStringList sections = {"04-library", "05-walks", "06-waits", "07-settings"};
        for (int i = 0; i < sections.size(); ++i) {
            QVERIFY(tour.setProperty("homePage", "currentSection", i));
            shoot(sections[i]);
        }
        // Navigation labels are never cut ("Libreria dei journey" wraps in the desktop rail),
        // checked with each section current: the current one is set in a bolder, wider font.
        for (const QSize &size : TourDriver::sizes()) {
            tour.resize(size);
            for (int i = 0; i < sections.size(); ++i) {
                QVERIFY(tour.setProperty("homePage", "currentSection", i));
                tour.resize(size);
                const QStringList cut = tour.truncatedTexts(QStringLiteral("navLabel"));
                QVERIFY2(cut.isEmpty(), qPrintable(cut.join(", ")));
            }
        }

        // The phone's tab bar with the CCO's five tabs: every label fits its tab and none runs
        // into its neighbour (Italian "Impostazioni" once overlapped "Revisione"), with each
        // section current (the current label is bolder and wider).
        app->settings()->setRole(QStringLiteral("review"));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(tour.setProperty("homePage", "currentSection", i));
            tour.resize(TourDriver::sizes().constFirst());
            int labels = 0;
            for (QQuickItem *label : tour.window()->findChildren<QQuickItem *>("tabLabel"))
                labels += label->isVisible() ? 1 : 0;
            QCOMPARE(labels, 5);
            const QStringList overlaps = tour.overlappingTexts(QStringLiteral("tabLabel"));
            QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join(", ")));
        }
        shoot("07-tabs-review");
        app->settings()->setRole(QStringLiteral("executive"));

        // A real walk through the real pages, as on a phone (where each is pushed): preview,
        // walk, a timed and scored contact, the summary with its answers.
        QVERIFY(tour.setProperty("homePage", "currentSection", 0));
        tour.resize(TourDriver::sizes().constFirst());
        QTRY_VERIFY(tour.find("templateModel") &&
                    tour.find("templateModel")->property("count").toInt() == 9);
        // Every journey of the library in the tour's language (the starter journeys have both).
        const QAbstractItemModel *library =
            qobject_cast<QAbstractItemModel *>(tour.find("templateModel"));
        QVERIFY(library);
        const int languageRole = library->roleNames().key("language");
        for (int row = 0; row < library->rowCount(); ++row)
            QCOMPARE(library->index(row, 0).data(languageRole).toString(), language);
        tour.eval("libraryPage", QStringLiteral("open('telco-switch-provider')"));
        QTRY_VERIFY(tour.find("journeyPreviewPage") &&
                    tour.find("previewDocument")->property("loaded").toBool());
        QVERIFY(tour.setProperty("journeyPreviewPage", "persona",
                                 language == QLatin1String("it") ? "Cliente in uscita"
                                                                 : "Customer on the way out"));
        shoot("08-preview");
        tour.eval("journeyPreviewPage", QStringLiteral("startWalk()"));
        QTRY_VERIFY(tour.find("walkController") &&
                    tour.find("walkController")->property("loaded").toBool());
        shoot("09-walk");
        tour.resize(TourDriver::sizes().constFirst());
        tour.eval("walkPage", QStringLiteral("openStep(0)"));
        QTRY_VERIFY(tour.find("contactController"));
        for (int phase = 0; phase < 3; ++phase) {
            QVERIFY(tour.eval("contactController", QStringLiteral("nextPhase()")).toBool());
            QTest::qWait(1100); // laps of a second or more, so the lap list reads like one
        }
        QVERIFY(tour.eval("contactController", QStringLiteral("markRepeat()")).toBool());
        shoot("10-contact-timing");
        QVERIFY(tour.eval("observationEditor",
                          QStringLiteral("setScore(0, 2) && setScore(1, 4) && setScore(2, 0)"))
                    .toBool());
        QVERIFY(tour.eval("observationEditor", QStringLiteral("setMoment('pain_point', "
                                                              "'waiting', 2)"))
                    .toBool());
        QVERIFY(tour.setProperty("contactPage", "tab", 1));
        shoot("11-contact-scoring");
        QVERIFY(tour.eval("contactController", QStringLiteral("close('resolved')")).toBool());
        tour.eval("libraryStack", QStringLiteral("pop()"));
        tour.eval("walkPage", QStringLiteral("showSummary()"));
        QTRY_VERIFY(tour.find("summaryView") &&
                    tour.find("summaryView")->property("valid").toBool());
        QVERIFY(tour.eval("summaryView", QStringLiteral("setRecommend(6) && setCsat(4) && "
                                                        "setEffort(3) && setWouldStay(1)"))
                    .toBool());
        QCOMPARE(tour.find("summaryView")->property("csat").toInt(), 4);
        shoot("12-summary");
        // The journey questions (CSAT among them) sit at the end of the summary: scroll there.
        const auto scrollToEnd = [&] {
            tour.eval("summaryFlick",
                      QStringLiteral("contentY = Math.max(0, contentHeight - height)"));
        };
        QVERIFY2(tour.shoot("12-summary-questions", scrollToEnd), qPrintable(tour.error()));
        tour.eval("libraryStack", QStringLiteral("pop(null)"));

        // The other pages, pushed onto the library stack one by one.
        int n = 13;
        for (const QString &page : extraPages()) {
            tour.eval("libraryStack", QStringLiteral("push('qrc:/InTheirShoes/%1')").arg(page));
            shoot(QStringLiteral("%1-%2")
                      .arg(n++, 2, 10, QChar('0'))
                      .arg(QFileInfo(page).completeBaseName()));
            tour.eval("libraryStack", QStringLiteral("pop(null)"));
        }

        // Lock, wrong passphrase, recovery form
        app->lockNow();
        QTRY_VERIFY(tour.find("unlockPage"));
        shoot("90-unlock");
        app->session()->unlock(QStringLiteral("not the passphrase"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !app->session()->busy() && !app->session()->errorMessage().isEmpty(), 20000);
        shoot("91-unlock-wrong-passphrase");
        app->session()->clearError();
        QVERIFY(tour.setProperty("unlockPage", "recovering", true));
        shoot("92-recovery");

        QCOMPARE(tour.saved().size() % TourDriver::sizes().size(), 0);
        QVERIFY(tour.saved().size() >=
                10 * TourDriver::sizes().size()); // the shell alone has 10 screens
        if (!truncated.isEmpty())
            qInfo().noquote() << "elided on screen (check the PNGs):\n  " + truncated.join("\n  ");
        qInfo().noquote() << tour.saved().size() << "screenshots in" << outputDir().absolutePath();
    }
};

QTEST_MAIN(TstScreenshotTour)
#include "tst_screenshot_tour.moc"
