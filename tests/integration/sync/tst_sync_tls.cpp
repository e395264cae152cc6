// WebDAV over real TLS: Apache mod_dav + mod_ssl on loopback with a certificate made by the test.
// An untrusted certificate is refused with a clear error; trusting its authority makes it work.
#include "sync/sync_error.h"
#include "sync/webdav_target.h"
#include "webdav_server.h"

#include <QSslSocket>
#include <QTest>

using namespace its::sync;
using namespace its::sync::testing;

class TestSyncTls : public QObject
{
    Q_OBJECT

    std::unique_ptr<WebDavServer> server;
    FixedCredentials credentials{std::nullopt};

private slots:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt was built without TLS support");
        server = std::make_unique<WebDavServer>(WebDavServer::Kind::Apache, true);
        QVERIFY2(server->start(), qPrintable(server->lastLog()));
        QCOMPARE(server->url().scheme(), QString("https"));
        credentials = FixedCredentials(Credentials{server->user(), server->password()});
    }
    void cleanupTestCase() { server.reset(); }

    void untrustedCertificateIsRefused()
    {
        WebDavTarget target(server->url(), WebDavOptions{5'000, &credentials, {}});
        try {
            target.put("summaries/2027-01/probe.env", "sealed bytes");
            QFAIL("talked to a server with an untrusted certificate");
        } catch (const SyncError &error) {
            QCOMPARE(static_cast<int>(error.kind()), static_cast<int>(SyncErrorKind::Config));
            QVERIFY2(QString(error.what()).contains("TLS handshake failed"), error.what());
        }
    }

    void trustedAuthorityWorks()
    {
        const auto certificates = QSslCertificate::fromPath(server->certificatePath());
        QCOMPARE(certificates.size(), 1);
        WebDavTarget target(server->url(), WebDavOptions{5'000, &credentials, certificates});
        target.put("summaries/2027-01/probe.env", "sealed bytes");
        QCOMPARE(target.get("summaries/2027-01/probe.env"), QByteArray("sealed bytes"));
        QCOMPARE(target.list("summaries/2027-01"), QStringList{"probe.env"});
        const auto errors = target.putVerifiedMany(
            {{"summaries/2027-01/a.env", "a"}, {"summaries/2027-01/b.env", "b"}}, 8);
        QCOMPARE(errors, (std::vector<QString>{QString(), QString()}));
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"
