#pragma once
// WebDAV (RFC 4918) on QNetworkAccessManager: PUT, GET, PROPFIND Depth 1 and MKCOL. TLS by
// default: plain http is refused unless the host is loopback (tests, a local proxy). Each call
// blocks on a local event loop. Folders are created on first use and remembered.

#include "sync/credentials.h"
#include "sync/sync_target.h"

#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace its::sync {

struct WebDavOptions
{
    int transferTimeoutMs = 30'000;            // no bytes moving for this long = a network error
    CredentialProvider *credentials = nullptr; // not owned; may be null
    // Certificate authorities trusted in addition to the system's (a company's private CA).
    // Certificate checks are never switched off.
    QList<QSslCertificate> extraCaCertificates;
};

// Throws SyncError(Config) for a URL that is not http(s), or plain http to a non-loopback host.
void checkWebDavUrl(const QUrl &url);

class WebDavTarget final : public SyncTarget
{
public:
    explicit WebDavTarget(const QUrl &base, WebDavOptions options = {});
    ~WebDavTarget() override;
    QString address() const override;
    void put(const QString &path, const QByteArray &bytes) override;
    QByteArray get(const QString &path) override;
    QStringList list(const QString &folder) override;

    // Up to `window` items in flight, each a PUT then a GET read-back.
    std::vector<QString> putVerifiedMany(const std::vector<Item> &items, int window) override;
    std::vector<Fetched> getMany(const QStringList &paths, int window) override;

private:
    QUrl urlFor(const QString &path) const;
    QNetworkRequest request(const QString &path) const;
    QNetworkReply *wait(QNetworkReply *reply);
    void ensureFolder(const QString &folder);
    static int status(QNetworkReply *reply);
    [[noreturn]] void fail(QNetworkReply *reply, const char *method, const QString &path);
    QString errorOf(QNetworkReply *reply, const char *method, const QString &path);
    // Starts up to `window` of `count` jobs at once; each calls its `done` exactly once.
    using StartFn = std::function<void(std::size_t index, const std::function<void()> &done)>;
    // Throws SyncError(Network) when the wait is ended from outside (QThread::quit()).
    void runWindowed(std::size_t count, int window, const StartFn &start);

    QUrl base_;
    WebDavOptions options_;
    QByteArray authorization_;
    std::unique_ptr<QNetworkAccessManager> network_;
    QSet<QString> knownFolders_;
};

} // namespace its::sync
