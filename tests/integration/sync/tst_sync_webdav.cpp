// Sync through a real WebDAV server (Apache mod_dav or rclone, chosen at build time by
// ITS_WEBDAV_SERVER), started by this test on loopback, behind a proxy that injects faults.
#include "faulty_proxy.h"
#include "sync/credentials.h"
#include "sync/outbox.h"
#include "sync/sync_error.h"
#include "sync/target_factory.h"
#include "sync/webdav_target.h"
#include "sync_fixtures.h"
#include "sync_world.h"
#include "webdav_server.h"

#include <QTemporaryDir>
#include <QTest>

using namespace its::sync;
using namespace its::sync::testing;

class TestSyncWebDav : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    std::unique_ptr<WebDavServer> server;
    FixedCredentials credentials{std::nullopt};

    SyncWorld::TargetFactory targetAt(quint16 port, const QString &folder = {})
    {
        return [this, port, folder]() -> std::unique_ptr<SyncTarget> {
            const QUrl url(QStringLiteral("http://127.0.0.1:%1/its/%2").arg(port).arg(folder));
            return std::make_unique<WebDavTarget>(url, WebDavOptions{5'000, &credentials, {}});
        };
    }

    // A folder of its own on the server, so other tests' files stay out of sight.
    QString freshFolder(const QString &name)
    {
        targetAt(server->port())()->put(name + "/created.txt", "x");
        return name + '/';
    }

private slots:
    void initTestCase()
    {
        const auto kind = QLatin1String(ITS_WEBDAV_SERVER) == QLatin1String("apache")
                              ? WebDavServer::Kind::Apache
                              : WebDavServer::Kind::Rclone;
        QVERIFY2(WebDavServer::available(kind),
                 "WebDAV server binary missing: run scripts/install-deps.sh");
        server = std::make_unique<WebDavServer>(kind);
        QVERIFY2(server->start(), qPrintable(server->lastLog()));
        credentials = FixedCredentials(Credentials{server->user(), server->password()});
    }

    void cleanupTestCase() { server.reset(); }

    void deliveryThroughKillsDropsAndRepeats()
    {
        FaultyProxy proxy([this]() { return server->port(); }, [this]() { server->kill(); },
                          [this]() { QVERIFY(server->start()); }, 20261123);
        SyncWorld world(tmp.path() + "/delivery", 3, targetAt(proxy.port()));
        FaultSwitch faults;
        faults.set = [&](bool on) {
            proxy.setPlan(on ? FaultPlan{0.03, 0.03, 180, 150} : FaultPlan{});
            if (!on) {
                QTest::qWait(400); // let a pending kill and restart play out
                if (!server->running())
                    QVERIFY(server->start());
            }
        };
        faults.describe = [&]() {
            const FaultCounts &c = proxy.counts();
            return QStringLiteral("%1 connections, %2 requests dropped, %3 answers dropped, "
                                  "server killed %4 times")
                .arg(c.connections)
                .arg(c.droppedRequests)
                .arg(c.droppedResponses)
                .arg(c.serverKills);
        };
        faults.allHappened = [&]() {
            const FaultCounts &c = proxy.counts();
            return c.droppedRequests > 0 && c.droppedResponses > 0 && c.serverKills > 0;
        };
        deliveryScenario(world, faults, 500);
        if (!server->running())
            QVERIFY(server->start());
    }

    // A download cut short (the server killed mid-answer) is "not fetched, retried": never a
    // rejection the CCO sees, never recorded; the next pull gets the file whole.
    void cutShortDownloadIsRetriedNotRejected_data()
    {
        QTest::addColumn<int>("bodyBytes");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<bool>("withoutLength");
        QTest::newRow("closed after 156 bytes") << 156 << false << false;
        QTest::newRow("reset after 156 bytes") << 156 << true << false;
        QTest::newRow("closed after the headers") << 0 << false << false;
        // The transfer cannot tell: the envelope itself must.
        QTest::newRow("no Content-Length, 156 bytes") << 156 << false << true;
        QTest::newRow("no Content-Length, 700 bytes") << 700 << false << true;
    }
    void cutShortDownloadIsRetriedNotRejected()
    {
        QFETCH(int, bodyBytes);
        QFETCH(bool, reset);
        QFETCH(bool, withoutLength);
        constexpr qint64 kNow = 1'800'000'000'000;
        FaultyProxy proxy([this]() { return server->port(); }, [this]() { server->kill(); },
                          [this]() { QVERIFY(server->start()); }, 7);
        const QString folder =
            QStringLiteral("cut-%1-%2-%3").arg(bodyBytes).arg(reset).arg(withoutLength);
        SyncWorld world(tmp.path() + '/' + folder, 1, targetAt(proxy.port(), freshFolder(folder)));
        std::unique_ptr<SyncTarget> target = world.makeTarget();
        Outbox outbox(world.devices[0].vault->db());
        for (int i = 1; i <= 5; ++i)
            outbox.enqueue(sampleSummary(QStringLiteral("walk-%1").arg(i), 1, "j1", kNow), kNow);
        QCOMPARE(outbox.push(*target, kNow).synced, 5);

        // Three of the five GETs in flight are cut short, Content-Length intact.
        proxy.setCut(CutPlan{"GET /its/" + folder.toUtf8() + "/summaries/", 3, bodyBytes, reset,
                             withoutLength});
        PullReport report = world.pull(*target, kNow + 1);
        QCOMPARE(proxy.counts().cutAnswers, 3);
        for (const Rejection &rejection : report.rejected)
            qWarning("rejected %s: %s", qPrintable(rejection.path), qPrintable(rejection.message));
        QCOMPARE(report.rejected.size(), 0u);
        QCOMPARE(report.accepted, 2);
        QCOMPARE(report.errors.size(), 3u);
        its::Database &db = world.review.db();
        QCOMPARE(db.queryInt64("SELECT COUNT(*) FROM sync_received"), 2);
        QCOMPARE(db.queryInt64("SELECT COUNT(*) FROM sync_summaries"), 2);

        report = world.pull(*target, kNow + 2);
        QCOMPARE(report.rejected.size(), 0u);
        QCOMPARE(report.errors.size(), 0u);
        QCOMPARE(report.accepted, 3);
        QCOMPARE(db.queryInt64("SELECT COUNT(*) FROM sync_summaries"), 5);
        QCOMPARE(db.queryInt64("SELECT COUNT(*) FROM sync_received WHERE status = 'accepted'"), 5);
        QVERIFY(world.rejections.empty());
    }

    void incompleteFiles()
    {
        SyncWorld world(tmp.path() + "/incomplete", 1,
                        targetAt(server->port(), freshFolder("incomplete")));
        incompleteScenario(world);
    }

    void labelIsSealedOnTheShare()
    {
        SyncWorld world(tmp.path() + "/label", 1, targetAt(server->port(), freshFolder("label")));
        sealedLabelScenario(world, {});
    }

    void rejections()
    {
        SyncWorld world(tmp.path() + "/rejections", 3, targetAt(server->port()));
        rejectionScenario(world);
    }

    void wrongCredentialsGiveAClearError()
    {
        FixedCredentials wrong(Credentials{server->user(), "not the password"});
        WebDavTarget target(server->url(), WebDavOptions{5'000, &wrong, {}});
        try {
            target.put("probe.txt", "x");
            QFAIL("written with a wrong password");
        } catch (const SyncError &error) {
            QCOMPARE(error.httpStatus(), 401);
            QVERIFY2(QString(error.what()).contains("401"), error.what());
        }
    }

    void serverDownIsANetworkError()
    {
        WebDavTarget target(
            QUrl(QStringLiteral("http://127.0.0.1:%1/its/").arg(freeLoopbackPort())),
            WebDavOptions{2'000, &credentials, {}});
        try {
            target.get("summaries/x.env");
            QFAIL("read from a closed port");
        } catch (const SyncError &error) {
            QCOMPARE(static_cast<int>(error.kind()), static_cast<int>(SyncErrorKind::Network));
        }
    }

    void plainHttpOnlyForLoopback_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://dav.example.com/its/" << true;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080/its/" << true;
        QTest::newRow("localhost") << "http://localhost/its/" << true;
        QTest::newRow("loopback v6") << "http://[::1]:8080/its/" << true;
        QTest::newRow("http remote name") << "http://dav.example.com/its/" << false;
        QTest::newRow("http LAN address") << "http://10.1.2.3/its/" << false;
        QTest::newRow("http lookalike") << "http://127.0.0.1.example.com/its/" << false;
        QTest::newRow("ftp") << "ftp://example.com/its/" << false;
    }
    void plainHttpOnlyForLoopback()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        try {
            openTarget(address, nullptr);
            QVERIFY2(allowed, "accepted");
        } catch (const SyncError &error) {
            QVERIFY2(!allowed, error.what());
            QCOMPARE(static_cast<int>(error.kind()), static_cast<int>(SyncErrorKind::Config));
            if (address.startsWith("http:"))
                QVERIFY2(QString(error.what()).contains("refusing plain http"), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncWebDav)
#include "tst_sync_webdav.moc"
