// Opens and closes every dialog, popup and drop-down of the app in its real window (Main.qml on
// a real vault, role "CCO review" so the Review section exists), page by page, including a real
// walk up to the contact screen. Qt's own file picker is opened for real: when a QML module it
// needs is missing (Qt.labs.folderlistmodel once crashed every "Import…", "Choose…", "Export…"
// and "Read invitation from an image…"), this test crashes or fails on the warning.
// Fails on any Qt/QML warning, and on any declaration in the app's QML (counted in the sources)
// that the tour did not open, so a new dialog cannot be left out.
#include "app_controller.h"
#include "dialog_sweeper.h"
#include "its_ui_module.h"
#include "tour_driver.h"

#include <QDirIterator>
#include <QMediaDevices>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        DialogSweeper::warnings() << message;
    if (g_previous)
        g_previous(type, context, message);
}

// Every page of the module (*Page.qml, wherever it lives), as a URL to push.
QStringList pageUrls()
{
    QStringList urls;
    QDirIterator it(QStringLiteral(":/InTheirShoes"), {QStringLiteral("*Page.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        urls << QStringLiteral("qrc") + it.next();
    urls.sort();
    return urls;
}
} // namespace

class TstEveryDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_out;

private slots:
    void initTestCase()
    {
        // The first QMediaDevices warns once per process on a box with no sound server: not ours.
        const QMediaDevices devices;
        g_previous = qInstallMessageHandler(collect);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void everyDialogOpensAndCloses_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        QTest::addRow("en-light") << "en"
                                  << "light";
        QTest::addRow("it-dark") << "it"
                                 << "dark";
    }

    void everyDialogOpensAndCloses()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        DialogSweeper::warnings().clear();
        TourDriver tour(language, theme, QDir(m_out.path()));
        QVERIFY2(tour.start(), qPrintable(tour.error()));
        AppController *app = tour.controller();
        app->session()->create(QStringLiteral("every dialog test passphrase"));
        QTRY_VERIFY_WITH_TIMEOUT(app->session()->unlocked(), 20000);
        app->finishFirstRun();
        app->settings()->setRole(QStringLiteral("review"));
        QTRY_VERIFY(tour.find("homePage"));
        tour.resize(TourDriver::sizes().constFirst());
        DialogSweeper sweeper(tour.window());
        sweeper.saveShots(qEnvironmentVariable("ITS_SCREENSHOT_DIR"), language + '-' + theme);
        const auto sweep = [&](const QString &where) {
            QVERIFY2(sweeper.sweep(where), qPrintable(sweeper.failures().join('\n')));
        };

        // The five sections, each with its first page.
        QTRY_VERIFY(tour.find("templateModel") &&
                    tour.find("templateModel")->property("count").toInt() > 0);
        for (int section = 0; section < 5; ++section) {
            QVERIFY(tour.setProperty("homePage", "currentSection", section));
            QTRY_VERIFY(tour.find("homePage")->property("currentStack").value<QObject *>());
            sweep(QStringLiteral("section %1").arg(section));
        }
        QVERIFY(tour.setProperty("homePage", "currentSection", 0));

        // Every page, pushed alone (as the screenshot tour does); the executive's enrollment
        // page also opens the invitation reader it creates on demand.
        for (const QString &url : pageUrls()) {
            QFile source(url.mid(3));
            QVERIFY(source.open(QIODevice::ReadOnly));
            // Pages that need their model (a walk, the waits) are reached below or in their
            // section instead.
            static const QRegularExpression required(QStringLiteral("\\n    required property"));
            if (required.match(QString::fromUtf8(source.readAll())).hasMatch())
                continue;
            tour.eval("libraryStack", QStringLiteral("push('%1')").arg(url));
            if (url.endsWith(QLatin1String("/ReviewEnrollPage.qml")))
                tour.eval("reviewEnrollPage",
                          QStringLiteral("scanDialog = scanDialogComponent.createObject(this, "
                                         "{cameraEnabled: false})"));
            sweep(url);
            tour.eval("libraryStack", QStringLiteral("pop(null)"));
        }

        // The editor with a journey's touchpoints (their drop-downs), then a real walk up to
        // the contact screen (handoff and outcome dialogs) and its summary.
        const QString journey = QStringLiteral("telco-switch-provider");
        // As "Duplicate and edit" does: the editor works on a copy.
        const QString copy =
            tour.eval("templateModel", QStringLiteral("duplicate('%1')").arg(journey)).toString();
        QVERIFY2(!copy.isEmpty(), qPrintable(tour.error()));
        tour.eval(
            "libraryStack",
            QStringLiteral("push('%1', {templateId: '%2'})")
                .arg(pageUrls().filter(QStringLiteral("/TemplateEditorPage.qml")).value(0), copy));
        QTRY_VERIFY(tour.find("editorDocument") &&
                    tour.find("editorDocument")->property("loaded").toBool());
        QTRY_VERIFY(tour.find("editorTouchpointList")->property("count").toInt() > 0);
        sweep(QStringLiteral("template editor"));
        tour.eval("libraryStack", QStringLiteral("pop(null)"));
        tour.eval("libraryPage", QStringLiteral("open('%1')").arg(journey));
        QTRY_VERIFY(tour.find("journeyPreviewPage") &&
                    tour.find("previewDocument")->property("loaded").toBool());
        tour.eval("journeyPreviewPage", QStringLiteral("startWalk()"));
        QTRY_VERIFY(tour.find("walkController") &&
                    tour.find("walkController")->property("loaded").toBool());
        tour.eval("walkPage", QStringLiteral("openStep(0)"));
        QTRY_VERIFY(tour.find("contactController"));
        sweep(QStringLiteral("contact"));
        // The summary of that walk ("Finish walk" with touchpoints not visited asks first).
        tour.eval("walkPage", QStringLiteral("showSummary()"));
        QTRY_VERIFY(tour.find("summaryPage") && tour.find("finishWalkDialog"));
        sweep(QStringLiteral("summary"));

        // Nothing declared in the app's QML was left unopened.
        QStringList missed;
        const QHash<QString, int> declared = DialogSweeper::declaredPerFile();
        QVERIFY2(declared.size() >= 5, "no dialogs found in the module's sources");
        for (auto it = declared.cbegin(); it != declared.cend(); ++it) {
            const auto opened = sweeper.opened().value(it.key());
            if (opened.size() < it.value())
                missed << QStringLiteral("%1: %2 declared, opened %3 (%4)")
                              .arg(it.key())
                              .arg(it.value())
                              .arg(opened.size())
                              .arg(QStringList(opened.cbegin(), opened.cend()).join(", "));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join('\n')));
        QVERIFY2(DialogSweeper::warnings().isEmpty(),
                 qPrintable(DialogSweeper::warnings().join('\n')));
    }
};

QTEST_MAIN(TstEveryDialog)
#include "tst_every_dialog.moc"
