// The app's report exporter (ReviewExportDialog's view-model) over a real vault: a board pack
// is made off the UI thread and written whole ("No walks match" on a review with no summary
// yet), and bad requests say why and write nothing.
#include "review_report_exporter.h"
#include "review_test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace review::testing;

class TestReviewReportExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    std::unique_ptr<VaultSession> session;

    bool finishes(ReviewReportExporter &exporter)
    {
        QSignalSpy spy(&exporter, &ReviewReportExporter::finished);
        return (!spy.isEmpty() || spy.wait(60'000)) && !exporter.busy();
    }

private slots:
    void initTestCase()
    {
        session = openNewSession(tmp.filePath("vault"));
        QVERIFY(session);
    }

    void boardPackIsWrittenOffTheUiThread()
    {
        ReviewReportExporter exporter;
        exporter.setSession(session.get());
        QCOMPARE(exporter.departments(), QStringList());
        const QString path = tmp.filePath("board.pdf");
        QSignalSpy busy(&exporter, &ReviewReportExporter::busyChanged);
        QVERIFY(exporter.start({}, "pdf", "it", {}, {}, QUrl::fromLocalFile(path).toString()));
        QVERIFY(exporter.busy()); // returned before the file was made
        QVERIFY(finishes(exporter));
        QCOMPARE(busy.count(), 2);
        QCOMPARE(exporter.errorString(), QString());
        QCOMPARE(exporter.savedPath(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(exporter.suggestedPath({}, "pdf").endsWith(".pdf"));
        QVERIFY(exporter.suggestedPath("a b", "html").contains("brief-a_b-"));
    }

    void badRequestsSayWhyAndWriteNothing()
    {
        ReviewReportExporter exporter;
        exporter.setSession(session.get());
        const QString folder = tmp.filePath("bad");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!exporter.start({}, "html", "en", {}, {}, folder + "/brief.html"));
        QVERIFY(exporter.errorString().contains("choose a department"));
        QVERIFY(!exporter.start({}, "pdf", "en", "03/12/2026", {}, folder + "/board.pdf"));
        QVERIFY(exporter.errorString().contains("YYYY-MM-DD"));
        QVERIFY(!exporter.start({}, "pdf", "en", {}, {}, "  "));
        QVERIFY(exporter.errorString().contains("Choose where"));
        // A department no walk mentions, and a folder that does not exist: said, nothing written.
        QVERIFY(exporter.start("billing", "html", "en", {}, {}, folder + "/brief.html"));
        QVERIFY(finishes(exporter));
        QVERIFY2(exporter.errorString().contains("unknown department 'billing'"),
                 qPrintable(exporter.errorString()));
        QVERIFY(exporter.start({}, "pdf", "en", {}, {}, folder + "/missing/board.pdf"));
        QVERIFY(finishes(exporter));
        QVERIFY2(exporter.errorString().startsWith("The report was not saved: cannot write"),
                 qPrintable(exporter.errorString()));
        QCOMPARE(exporter.savedPath(), QString());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }
};

QTEST_MAIN(TestReviewReportExporter)
#include "tst_review_report_exporter.moc"
