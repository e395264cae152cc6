#include "webdav_server.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>

namespace its::sync::testing {

namespace {

const char *const kApache = "/usr/sbin/apache2";
const char *const kRclone = "/usr/bin/rclone";

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text);
}

QString apacheConfig(const QString &dir, quint16 port, bool tls)
{
    QString modules;
    QStringList names{"mpm_event",  "authz_core", "authn_core", "authn_file",
                      "auth_basic", "authz_user", "dav",        "dav_fs"};
    if (tls)
        names << "socache_shmcb"
              << "ssl";
    for (const QString &module : names)
        modules +=
            QStringLiteral("LoadModule %1_module /usr/lib/apache2/modules/mod_%1.so\n").arg(module);
    if (tls)
        modules += QStringLiteral("SSLEngine on\nSSLCertificateFile %1/cert.pem\n"
                                  "SSLCertificateKeyFile %1/key.pem\n"
                                  "SSLSessionCache shmcb:%1/ssl_cache(512000)\n")
                       .arg(dir);
    return QStringLiteral("ServerRoot \"%1\"\nListen 127.0.0.1:%2\nServerName 127.0.0.1\n"
                          "PidFile %1/httpd.pid\nErrorLog %1/error.log\nLogLevel warn\n%3"
                          "User nobody\nGroup nogroup\nKeepAliveTimeout 30\n"
                          "MaxKeepAliveRequests 0\nDocumentRoot %1/root\n"
                          "DavLockDB %1/lock/davlock\n<Directory %1/root>\n  Dav On\n"
                          "  AuthType Basic\n  AuthName its\n  AuthUserFile %1/htpasswd\n"
                          "  Require valid-user\n</Directory>\n")
        .arg(dir)
        .arg(port)
        .arg(modules);
}

} // namespace

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

WebDavServer::WebDavServer(Kind kind, bool tls)
    : kind_(kind)
    , tls_(tls)
{
    // The server may drop privileges (apache as root runs as nobody): let it write here.
    QFile::setPermissions(dir_.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                           QFileDevice::WriteOther | QFileDevice::ExeOther);
    for (const char *sub : {"root", "root/its", "lock"}) {
        QDir(dir_.path()).mkpath(sub);
        QFile::setPermissions(dir_.path() + "/" + sub, QFile::permissions(dir_.path()));
    }
    const QByteArray sha1 = QCryptographicHash::hash(password().toUtf8(), QCryptographicHash::Sha1);
    writeFile(dir_.path() + "/htpasswd", user().toUtf8() + ":{SHA}" + sha1.toBase64() + "\n");
    if (tls_) {
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt",
                                  "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                                  "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                                  "-keyout", dir_.path() + "/key.pem", "-out", certificatePath()});
        openssl.waitForFinished(30'000);
        QFile::setPermissions(dir_.path() + "/key.pem", QFile::ReadOwner | QFile::ReadOther);
    }
}

QString WebDavServer::certificatePath() const
{
    return dir_.path() + "/cert.pem";
}

WebDavServer::~WebDavServer()
{
    kill();
}

bool WebDavServer::available(Kind kind)
{
    return QFileInfo::exists(kind == Kind::Apache ? kApache : kRclone);
}

QString WebDavServer::name() const
{
    return kind_ == Kind::Apache ? "apache" : "rclone";
}

QUrl WebDavServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/its/").arg(tls_ ? "https" : "http").arg(port_));
}

QStringList WebDavServer::arguments() const
{
    if (kind_ == Kind::Apache)
        return {"-f", dir_.path() + "/httpd.conf", "-X"};
    return {"serve",
            "webdav",
            dir_.path() + "/root",
            "--addr",
            QStringLiteral("127.0.0.1:%1").arg(port_),
            "--user",
            user(),
            "--pass",
            password(),
            "--config",
            dir_.path() + "/rclone.conf",
            "--log-level",
            "ERROR"};
}

bool WebDavServer::start()
{
    kill();
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (port_ == 0 || attempt > 0)
            port_ = freeLoopbackPort();
        if (kind_ == Kind::Apache)
            writeFile(dir_.path() + "/httpd.conf", apacheConfig(dir_.path(), port_, tls_).toUtf8());
        process_ = std::make_unique<QProcess>();
        process_->setProcessChannelMode(QProcess::MergedChannels);
        // The server dies with the test, even if the test crashes or is killed.
        process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        process_->start(kind_ == Kind::Apache ? kApache : kRclone, arguments());
        if (process_->waitForStarted(5'000) && waitForPort(port_, 10'000) && running())
            return true;
        kill();
    }
    return false;
}

void WebDavServer::kill()
{
    if (!process_)
        return;
    if (process_->state() != QProcess::NotRunning) {
        process_->kill();
        process_->waitForFinished(5'000);
    }
    process_.reset();
}

bool WebDavServer::running() const
{
    return process_ && process_->state() == QProcess::Running;
}

QString WebDavServer::lastLog() const
{
    QString log;
    if (process_)
        log += QString::fromLocal8Bit(process_->readAll());
    QFile error(dir_.path() + "/error.log");
    if (error.open(QIODevice::ReadOnly))
        log += QString::fromLocal8Bit(error.readAll().right(4'000));
    return log;
}

} // namespace its::sync::testing
