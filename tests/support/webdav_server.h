#pragma once
// Real WebDAV servers from Debian's packages, started by the tests on 127.0.0.1 with a free
// port and a config generated into a temp dir: Apache httpd (mod_dav + mod_dav_fs, single
// process -X so SIGKILL stops it at once) and rclone serve webdav. Both require Basic auth.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace its::sync::testing {

class WebDavServer
{
public:
    enum class Kind
    {
        Apache,
        Rclone
    };
    // `tls`: Apache only; a fresh self-signed certificate for 127.0.0.1 (certificatePath()).
    explicit WebDavServer(Kind kind, bool tls = false);
    ~WebDavServer();

    static bool available(Kind kind); // is the binary installed?
    QString name() const;
    QString user() const { return "its"; }
    QString password() const { return "s3cret-pass"; }
    quint16 port() const { return port_; }
    QUrl url() const; // http(s)://127.0.0.1:<port>/its/
    QString certificatePath() const;
    QString lastLog() const;

    bool start(); // waits until the port accepts connections; false (with log) on failure
    void kill();  // SIGKILL, like a crash or power cut
    bool running() const;

private:
    QStringList arguments() const;
    Kind kind_;
    bool tls_;
    QTemporaryDir dir_;
    quint16 port_ = 0;
    std::unique_ptr<QProcess> process_;
};

quint16 freeLoopbackPort();
bool waitForPort(quint16 port, int timeoutMs);

} // namespace its::sync::testing
