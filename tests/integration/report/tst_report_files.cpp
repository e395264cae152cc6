// review report --format pdf|html through the real CLI on a review vault with pulled summaries
// (report_world.h): the board pack in Italian and English carries the JSON report's own figures
// in the language's number format and every section title (pdftotext), embeds every font
// (pdffonts) and renders every page (pdftoppm; ITS_REPORT_SHOTS keeps the PNGs to look at).
// Shared photos: the period's newest 12 as thumbnails (pdfimages), the rest counted, none from
// another period; the JSON lists them without bytes. The department brief's HTML shows its
// department's photos as data: URLs and renders in headless Chromium with no console error and
// no network request. Bad requests fail in one line and leave no file.
#include "report_world.h"

#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace its;
using namespace its::report::testing;
using nlohmann::json;

namespace {

Run tool(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(180'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The images pdfimages finds in a PDF (one line each after its two header lines).
int imagesIn(const QString &pdf)
{
    const Run run = tool("pdfimages", {"-list", pdf});
    if (run.exitCode != 0)
        return -1;
    return static_cast<int>(run.out.split('\n', Qt::SkipEmptyParts).mid(2).size());
}

QStringList titles(const QString &language)
{
    if (language == "it")
        return {"Cifre principali",
                "Principali punti critici",
                "Mappa di calore dei journey",
                "Mappa dei silos",
                "Tempo del cliente rispetto alle promesse",
                "Partecipazione",
                "Foto condivise",
                "Metodologia e privacy"};
    return {"Headline figures",
            "Top pain points",
            "Journey heat map",
            "Silo map",
            "Customer time against promises",
            "Participation",
            "Shared photos",
            "Methodology and privacy"};
}

// The files in `dir` (a failed write must leave not even its temporary file).
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

struct Browsed
{
    QString dom;
    QStringList console;  // the page's console messages (Chromium logs them as INFO:CONSOLE)
    QStringList requests; // what the page asked the network for (anything but file:)
};

// Opens a file in Debian's headless Chromium: the DOM after loading, the page's console
// messages and its network requests (from Chromium's net log: the requests of a page opened
// from a file carry a file:// isolation key; the browser's own background requests do not).
// Names resolve nowhere, so a request cannot succeed even if one is made.
Browsed browse(const QString &chromium, const QString &file, const QString &work)
{
    const QString netLog = work + "/netlog.json";
    QDir(work + "/profile").removeRecursively();
    QFile::remove(netLog);
    const Run run = tool(
        chromium, {"--headless=new", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                   "--v=0", "--no-first-run", "--user-data-dir=" + work + "/profile",
                   "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog, "--dump-dom",
                   QUrl::fromLocalFile(file).toString()});
    Browsed browsed{run.out, {}, {}};
    for (const QString &line : run.err.split('\n'))
        if (line.contains(":CONSOLE"))
            browsed.console << line;
    const json log = json::parse(readAll(netLog).toStdString(), nullptr, false);
    if (log.is_discarded() || !log.contains("events")) {
        browsed.requests << "no readable net log";
        return browsed;
    }
    for (const json &event : log["events"]) {
        const json params = event.value("params", json::object());
        if (!params.contains("url") || !params.contains("network_isolation_key"))
            continue;
        const QString url = QString::fromStdString(params["url"].get<std::string>());
        if (QString::fromStdString(params["network_isolation_key"].get<std::string>())
                .startsWith("file://") &&
            !url.startsWith("file:") && !browsed.requests.contains(url))
            browsed.requests << url;
    }
    return browsed;
}

} // namespace

class TestReportFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    QString review;

    Run report(const QStringList &args)
    {
        return cli(review, QStringList{"review", "report"} + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        const QString problem = buildReviewWorld(tmp.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        review = tmp.filePath("review");
    }

    void boardPackCarriesTheFiguresInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("it") << "it";
    }
    void boardPackCarriesTheFiguresInTheLanguage()
    {
        QFETCH(QString, language);
        const QString jsonPath = tmp.filePath("q2-" + language + ".json");
        const QString pdf = tmp.filePath("board-pack-" + language + ".pdf");
        const QStringList period = {"--quarter", "2026-Q2"};
        QCOMPARE(report(QStringList{"--format", "json", "--out", jsonPath} + period).exitCode, 0);
        const Run run =
            report(QStringList{"--format", "pdf", "--out", pdf, "--language", language} + period);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("board pack (" + language + ") written to " + pdf),
                 qPrintable(run.out));
        // Rendered (and kept to look at) before any check of the words, so a failure has pictures.
        const QString pages = tmp.filePath("pages-" + language);
        QVERIFY(QDir().mkpath(pages));
        QCOMPARE(tool("pdftoppm", {"-r", "60", "-png", pdf, pages + "/page"}).exitCode, 0);
        const QStringList pngs = QDir(pages).entryList({"*.png"}, QDir::Files, QDir::Name);
        QVERIFY2(pngs.size() >= 5, qPrintable(pngs.join(' ')));
        const QString keep = qEnvironmentVariable("ITS_REPORT_SHOTS");
        for (const QString &png : pngs) {
            QVERIFY(QFileInfo(pages + "/" + png).size() > 1000);
            if (!keep.isEmpty()) {
                QDir().mkpath(keep);
                QFile::remove(keep + "/board-pack-" + language + "-" + png);
                QFile::copy(pages + "/" + png, keep + "/board-pack-" + language + "-" + png);
            }
        }

        const Run text = tool("pdftotext", {"-layout", pdf, "-"});
        QCOMPARE(text.exitCode, 0);
        const json findings = json::parse(readAll(jsonPath).toStdString());
        // The cover, page 1 alone: the period in words and what the pack is based on.
        const QString cover = tool("pdftotext", {"-f", "1", "-l", "1", pdf, "-"}).out.simplified();
        const QString based =
            language == "it" ? "Basato su %1 visite di 3 leader" : "Based on %1 walks by 3 leaders";
        QVERIFY2(cover.contains(based.arg(findings["walks"].get<int>())), qPrintable(cover));
        QVERIFY2(cover.contains(language == "it" ? "1 aprile 2026 – 30 giugno 2026"
                                                 : "1 April 2026 – 30 June 2026"),
                 qPrintable(cover));
        QVERIFY(cover.startsWith("InTheirShoes"));
        QVERIFY(cover.contains(language == "it" ? "I nomi del personale non lasciano mai"
                                                : "Staff names never leave the devices"));
        QVERIFY(!cover.contains(titles(language).first())); // the figures start on page 2
        const QLocale locale(language == "it" ? QLocale::Italian : QLocale::English);
        const double nps = findings["voice"]["nps"]["value"].get<double>();
        const double csat = findings["voice"]["csat"]["value"].get<double>();
        const QString npsText = locale.toString(nps, 'f', 1);
        const QString csatText = locale.toString(csat, 'f', 1) + "%";
        QVERIFY2(text.out.contains(npsText), qPrintable(npsText + " not in\n" + text.out));
        QVERIFY2(text.out.contains(csatText), qPrintable(csatText + " not in\n" + text.out));
        // The decimal separator is the language's: 1 decimal never prints as the other's.
        QVERIFY(npsText.contains(language == "it" ? ',' : '.'));
        QVERIFY2(text.out.contains(QString::number(findings["walks"].get<int>()) +
                                   (language == "it" ? " visite" : " walks")),
                 qPrintable(text.out));
        for (const QString &title : titles(language))
            QVERIFY2(text.out.contains(title), qPrintable(title + " not in\n" + text.out));
        for (const QString &other : titles(language == "it" ? "en" : "it"))
            QVERIFY2(!text.out.contains(other), qPrintable(other));
        QVERIFY(text.out.contains("CFO phone") && text.out.contains("CMO tablet"));
        QVERIFY(text.out.contains("customer_care") && text.out.contains("billing"));
        QVERIFY(!text.out.contains("Mario") && !text.out.contains("4411"));

        // 14 photos in Q2: the newest 12 as thumbnails, the other 2 counted; March's is not
        // in Q2. The JSON lists all 14 with their stored size, never their bytes.
        QCOMPARE(imagesIn(pdf), 12);
        // In reading order (no -layout) a caption wrapped in its grid cell reads as one line.
        const QString flow = tool("pdftotext", {pdf, "-"}).out.simplified();
        QVERIFY2(flow.contains("Letter with a hidden fee Mobile contract · Billing e-mail"),
                 qPrintable(flow));
        QVERIFY(flow.contains("Hold message 4") && flow.contains("closing time 3"));
        QVERIFY(!flow.contains("Old price list"));
        QVERIFY(!flow.contains("closing time 4") && !flow.contains("closing time 5")); // oldest
        const QString more = language == "it" ? "Foto del periodo non mostrate qui: 2."
                                              : "Photos in the period not shown here: 2.";
        QVERIFY2(text.out.contains(more), qPrintable(text.out));
        QCOMPARE(findings["version"], json(2));
        QCOMPARE(findings["photos"].size(), std::size_t(14));
        for (const json &photo : findings["photos"]) {
            QVERIFY(photo["byteSize"].get<int>() > 1000);
            QVERIFY(!photo.contains("data") && !photo.contains("bytes"));
        }
        QCOMPARE(findings["photos"][0]["caption"], json("Hold message 1")); // newest walk first
        QCOMPARE(findings["photos"][4]["touchpoint"], json("Billing e-mail"));
        QCOMPARE(findings["photos"][4]["walkId"], json("q2-1"));

        const Run fonts = tool("pdffonts", {pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split('\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts.out));
        for (const QString &line : lines) // name type encoding emb sub uni object ID
            QVERIFY2(
                line.contains(QRegularExpression(R"(\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$)")),
                qPrintable("not embedded: " + line));
    }

    void noWalksMatchIsAReportThatSaysSo()
    {
        const QString pdf = tmp.filePath("empty.pdf");
        const Run run =
            report({"--format", "pdf", "--out", pdf, "--month", "2025-01", "--language", "en"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith("no walks match"));
        const Run text = tool("pdftotext", {pdf, "-"});
        QVERIFY2(text.out.contains("No walks match"), qPrintable(text.out));
        QVERIFY(!text.out.contains("Headline figures"));
        QCOMPARE(imagesIn(pdf), 0);
    }

    void monthWithoutSharedPhotosHasNoThumbnail()
    {
        const QString pdf = tmp.filePath("february.pdf");
        const Run run =
            report({"--format", "pdf", "--out", pdf, "--month", "2026-02", "--language", "en"});
        QVERIFY2(run.exitCode == 0 && run.out.startsWith("4 walk(s)"),
                 qPrintable(run.out + run.err));
        QCOMPARE(imagesIn(pdf), 0);
        const Run text = tool("pdftotext", {pdf, "-"});
        QVERIFY(text.out.contains("Headline figures"));
        QVERIFY(!text.out.contains("Shared photos"));
    }

    void badRequestsFailInOneLineAndLeaveNoFile()
    {
        const QString folder = tmp.filePath("bad");
        QVERIFY(QDir().mkpath(folder));
        const QString out = folder + "/report.html";
        Run run = report({"--format", "html", "--out", out});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QString("error: --format html is a department brief: give exactly one "
                                  "--department ID\n"));
        run = report({"--format", "html", "--out", out, "--department", "nope"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: unknown department 'nope' (no received walk mentions "
                                    "it; known: billing, customer_care, retail)"),
                 qPrintable(run.err));
        run = report({"--format", "pdf", "--out", out, "--language", "fr"});
        QVERIFY2(run.err.contains("--language is it or en, not 'fr'"), qPrintable(run.err));
        QCOMPARE(filesIn(folder), QStringList());

        // A folder that does not exist: nothing written anywhere, one line saying so.
        const QString missing = folder + "/missing/board.pdf";
        run = report({"--format", "pdf", "--out", missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: cannot write " + missing), qPrintable(run.err));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(folder + "/missing"));

        // An existing report is replaced whole or not at all: a failed write keeps it.
        const QString kept = folder + "/kept.pdf";
        QVERIFY(QFile(kept).open(QIODevice::WriteOnly));
        QCOMPARE(report({"--format", "pdf", "--out", kept, "--department", "typo"}).exitCode, 1);
        QCOMPARE(filesIn(folder), QStringList{"kept.pdf"});
        QCOMPARE(QFileInfo(kept).size(), 0);
    }

    void departmentBriefHtmlRendersOfflineInChromium()
    {
        const QString chromium = QStandardPaths::findExecutable("chromium");
        if (chromium.isEmpty())
            QSKIP("chromium is not installed (scripts/install-deps.sh installs it)");
        const QString work = tmp.filePath("chromium");
        QVERIFY(QDir().mkpath(work));

        // The detector first: a page that logs an error and fetches an image is caught.
        const QString control = work + "/control.html";
        QFile file(control);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html><html><body><p>control</p><img src=\"http://example.com/a.png\">"
                   "<script>console.error('control error')</script></body></html>");
        file.close();
        const Browsed caught = browse(chromium, control, work);
        QVERIFY2(caught.dom.contains("<p>control</p>"), qPrintable(caught.dom));
        QVERIFY2(caught.console.join('\n').contains("control error"), qPrintable(caught.dom));
        QCOMPARE(caught.requests, QStringList{"http://example.com/a.png"});

        const QString jsonPath = tmp.filePath("billing.json");
        const QString html = tmp.filePath("billing.html");
        const QStringList filter = {"--department", "billing", "--quarter", "2026-Q2"};
        QCOMPARE(report(QStringList{"--format", "json", "--out", jsonPath} + filter).exitCode, 0);
        const Run run =
            report(QStringList{"--format", "html", "--out", html, "--language", "en"} + filter);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("department brief (en) written to " + html), qPrintable(run.out));
        QString source = QString::fromUtf8(readAll(html));
        // The department's one photo (on the billing e-mail) is inside the file, as a data: URL;
        // a photo of another department or of a walk as a whole is not in its brief.
        QCOMPARE(source.count("<img src=\"data:image/jpeg;base64,"), 1);
        QVERIFY(source.contains("Letter with a hidden fee"));
        QVERIFY(!source.contains("Shop window") && !source.contains("Queue ticket"));
        source.remove(QRegularExpression(R"(src="data:image/jpeg;base64,[A-Za-z0-9+/=]+")"));
        for (const char *outside : {"http:", "https:", "<script", "src=", "<link", "url(", "//"})
            QVERIFY2(!source.contains(QLatin1String(outside), Qt::CaseInsensitive), outside);

        const json findings = json::parse(readAll(jsonPath).toStdString());
        const json &billing = findings["departments"][0];
        QCOMPARE(billing["department"], json("billing"));
        const Browsed brief = browse(chromium, html, work);
        QVERIFY2(brief.dom.contains("Department brief: billing"), qPrintable(brief.dom));
        // In brief: pain points, moments, handoffs out, handoffs in; then the theme's row.
        const QString counts = QStringLiteral("<td class=\"num\">%1</td><td class=\"num\">%2</td>"
                                              "<td class=\"num\">%3</td><td class=\"num\">%4</td>")
                                   .arg(billing["painPoints"].get<int>())
                                   .arg(billing["memorableMoments"].get<int>())
                                   .arg(billing["handoffsOut"].get<int>())
                                   .arg(billing["handoffsIn"].get<int>());
        QVERIFY2(brief.dom.contains(counts), qPrintable(counts + "\n" + brief.dom));
        QVERIFY(brief.dom.contains("slow answer"));
        QVERIFY(brief.dom.contains("Billing e-mail"));
        QVERIFY2(brief.console.isEmpty(), qPrintable(brief.console.join('\n')));
        QVERIFY2(brief.requests.isEmpty(), qPrintable(brief.requests.join('\n')));

        const QString keep = qEnvironmentVariable("ITS_REPORT_SHOTS");
        if (!keep.isEmpty()) { // a picture of the brief as a browser shows it, to look at
            QDir().mkpath(keep);
            tool(chromium, {"--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                            "--user-data-dir=" + work + "/profile", "--window-size=1000,1600",
                            "--screenshot=" + keep + "/department-brief-billing-en.png",
                            QUrl::fromLocalFile(html).toString()});
        }
    }

    void departmentBriefPdf()
    {
        const QString pdf = tmp.filePath("brief.pdf");
        const Run run = report(
            {"--format", "pdf", "--out", pdf, "--department", "customer_care", "--language", "it"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("department brief (it)"));
        const Run text = tool("pdftotext", {"-layout", pdf, "-"});
        QVERIFY2(text.out.contains("Scheda del reparto: customer_care"), qPrintable(text.out));
        QVERIFY(text.out.contains("Understood my problem"));
        QVERIFY(!text.out.contains("Headline figures"));
    }
};

QTEST_GUILESS_MAIN(TestReportFiles)
#include "tst_report_files.moc"
