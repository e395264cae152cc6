// TargetThread: network work off the caller's thread, results back on it, one job at a time,
// and a stop that does not wait for a hung server.
#include "sync/folder_target.h"
#include "sync/target_thread.h"
#include "sync/webdav_target.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace its::sync;

namespace {

// A server that accepts connections and never answers: a WebDAV server hung mid-request.
class SilentServer
{
public:
    SilentServer()
    {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                sockets.push_back(socket); // kept open, never read, never answered
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
    }
    QTcpServer server;
    std::vector<QTcpSocket *> sockets;
};

WebDavOptions patientOptions()
{
    WebDavOptions options;
    options.transferTimeoutMs = 600'000; // the test must not be rescued by a timeout
    return options;
}

} // namespace

class TargetThreadTest : public QObject
{
    Q_OBJECT

private:
    void cancelWhileHung(bool windowed)
    {
        SilentServer server;
        bool doneCalled = false;
        std::atomic<bool> jobReturned{false};
        std::atomic<bool> jobFailed{false};
        QString failure; // written on the worker; read after the thread is joined
        {
            TargetThread thread(
                [&] { return std::make_unique<WebDavTarget>(server.url(), patientOptions()); });
            thread.post(
                [&, windowed](SyncTarget &target) {
                    try {
                        if (windowed)
                            target.putVerifiedMany(
                                {{QStringLiteral("x.bin"), "x"}, {QStringLiteral("y.bin"), "y"}},
                                4);
                        else
                            target.get(QStringLiteral("x.bin"));
                    } catch (const std::exception &error) {
                        failure = QString::fromUtf8(error.what());
                        jobFailed = true;
                    }
                    jobReturned = true;
                },
                [&](const QString &) { doneCalled = true; });
            QTRY_VERIFY(!server.sockets.empty()); // the request is out and hanging
            QVERIFY(!jobReturned);
        }
        QVERIFY(jobReturned);
        QVERIFY(!doneCalled);
        // A single request throws "cancelled"; the windowed upload does too (no item is
        // reported as written).
        QVERIFY(jobFailed);
        QVERIFY2(failure.contains(QStringLiteral("cancelled")), qPrintable(failure));
    }

private slots:
    void jobsRunOnTheWorkerAndReportOnTheCallersThread()
    {
        QTemporaryDir dir;
        std::atomic<int> made{0};
        TargetThread thread([&] {
            ++made;
            return std::make_unique<FolderTarget>(dir.path());
        });
        QThread *jobThread = nullptr;
        QThread *doneThread = nullptr;
        QString error = QStringLiteral("not called");
        thread.post(
            [&](SyncTarget &target) {
                jobThread = QThread::currentThread();
                target.put(QStringLiteral("a/one.bin"), "1");
            },
            [&](const QString &e) {
                doneThread = QThread::currentThread();
                error = e;
            });
        QCOMPARE(thread.pending(), 1);
        QTRY_COMPARE(thread.pending(), 0);
        QCOMPARE(error, QString());
        QVERIFY(jobThread != nullptr);
        QVERIFY(jobThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(QFile::exists(dir.filePath("a/one.bin")));

        QByteArray read;
        thread.post([&](SyncTarget &target) { read = target.get(QStringLiteral("a/one.bin")); },
                    [&](const QString &e) { error = e; });
        QTRY_COMPARE(thread.pending(), 0);
        QCOMPARE(read, QByteArray("1"));
        QCOMPARE(made.load(), 1); // the target is kept between jobs
    }

    void jobsRunInOrderOneAtATime()
    {
        QTemporaryDir dir;
        TargetThread thread([&] { return std::make_unique<FolderTarget>(dir.path()); });
        std::vector<int> order;
        std::atomic<int> running{0};
        std::atomic<int> overlaps{0};
        std::vector<int> doneOrder;
        for (int i = 0; i < 6; ++i)
            thread.post(
                [&, i](SyncTarget &target) {
                    if (++running > 1)
                        ++overlaps;
                    target.put(QStringLiteral("f/%1").arg(i), QByteArray::number(i));
                    order.push_back(i);
                    --running;
                },
                [&, i](const QString &) { doneOrder.push_back(i); });
        QTRY_COMPARE(thread.pending(), 0);
        QCOMPARE(order, (std::vector<int>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(doneOrder, order);
        QCOMPARE(overlaps.load(), 0);
    }

    void aThrowingJobOrFactoryIsReportedNotFatal()
    {
        TargetThread broken(
            []() -> std::unique_ptr<SyncTarget> { throw std::runtime_error("no such server"); });
        QString error;
        broken.post([](SyncTarget &) { QFAIL("the job must not run without a target"); },
                    [&](const QString &e) { error = e; });
        QTRY_COMPARE(broken.pending(), 0);
        QCOMPARE(error, QStringLiteral("no such server"));

        QTemporaryDir dir;
        TargetThread thread([&] { return std::make_unique<FolderTarget>(dir.path()); });
        thread.post([](SyncTarget &target) { target.get(QStringLiteral("missing.bin")); },
                    [&](const QString &e) { error = e; });
        QTRY_COMPARE(thread.pending(), 0);
        QVERIFY2(error.contains(QStringLiteral("missing.bin")), qPrintable(error));
    }

    // A hung server must not hold the app when it locks or quits: destroying the thread ends
    // the job's waits and drops its result. (ctest's timeout catches a hang; nothing is timed.)
    void destroyingCancelsAHungSingleRequest() { cancelWhileHung(false); }
    void destroyingCancelsAHungWindowedUpload() { cancelWhileHung(true); }
};

QTEST_GUILESS_MAIN(TargetThreadTest)
#include "tst_target_thread.moc"
