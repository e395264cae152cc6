#include "sync/webdav_target.h"

#include "sync/sync_error.h"
#include "sync/webdav_listing.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <functional>

namespace its::sync {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A body shorter (or longer) than the Content-Length the server announced: the connection ended
// mid-answer. Qt reports most of these as errors; this catches the rest.
QString lengthMismatch(QNetworkReply *reply, const QByteArray &body)
{
    bool known = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (!known || announced == body.size())
        return {};
    return QStringLiteral("GET %1: answer cut short: %2 of %3 bytes")
        .arg(reply->url().toString(QUrl::RemoveUserInfo))
        .arg(body.size())
        .arg(announced);
}

QString parentFolder(const QString &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace

void checkWebDavUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        throw SyncError(SyncErrorKind::Config,
                        "not a valid WebDAV address: " + url.toString().toStdString());
    const QString scheme = url.scheme().toLower();
    if (scheme == "https")
        return;
    if (scheme != "http")
        throw SyncError(SyncErrorKind::Config,
                        "WebDAV address must be https://: " + url.toString().toStdString());
    if (!isLoopbackHost(url.host()))
        throw SyncError(SyncErrorKind::Config,
                        "refusing plain http to " + url.host().toStdString() +
                            ": summaries and credentials would cross the network unprotected; use "
                            "https (plain http is allowed only for loopback addresses)");
}

WebDavTarget::WebDavTarget(const QUrl &base, WebDavOptions options)
    : base_(base)
    , options_(options)
    , network_(std::make_unique<QNetworkAccessManager>())
{
    checkWebDavUrl(base_);
    if (!base_.path().endsWith('/'))
        base_.setPath(base_.path() + '/');
    if (options_.credentials) {
        if (const auto credentials = options_.credentials->credentialsFor(base_)) {
            // Preemptive Basic auth (the connection is TLS or loopback, checked above): saves a
            // 401 round trip on every request.
            authorization_ =
                "Basic " + (credentials->user + ':' + credentials->password).toUtf8().toBase64();
        }
    }
    network_->setAutoDeleteReplies(false);
}

WebDavTarget::~WebDavTarget() = default;

QString WebDavTarget::address() const
{
    return base_.toString(QUrl::RemoveUserInfo);
}

QUrl WebDavTarget::urlFor(const QString &path) const
{
    return base_.resolved(QUrl(path, QUrl::StrictMode));
}

QNetworkRequest WebDavTarget::request(const QString &path) const
{
    QNetworkRequest request(urlFor(path));
    request.setTransferTimeout(options_.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!authorization_.isEmpty())
        request.setRawHeader("Authorization", authorization_);
    if (!options_.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(options_.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

QNetworkReply *WebDavTarget::wait(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!reply->isFinished()) {
        // The loop was ended from outside (the sync thread is stopping): give up now.
        reply->abort();
        throw SyncError(SyncErrorKind::Network, "cancelled: the sync was stopped");
    }
    return reply;
}

int WebDavTarget::status(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void WebDavTarget::fail(QNetworkReply *reply, const char *method, const QString &path)
{
    const int code = status(reply);
    const std::string where = std::string(method) + " " + urlFor(path).toString().toStdString();
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        throw SyncError(SyncErrorKind::Config,
                        where + ": TLS handshake failed: " + reply->errorString().toStdString() +
                            " (the server certificate is not trusted: fix it or add the "
                            "company's certificate authority)");
    if (code == 0)
        throw SyncError(SyncErrorKind::Network,
                        where + " failed: " + reply->errorString().toStdString());
    if (code == 404)
        throw SyncError(SyncErrorKind::NotFound, where + ": 404 not found", code);
    throw SyncError(
        SyncErrorKind::Http,
        where + ": HTTP " + std::to_string(code) + " " +
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toStdString(),
        code);
}

void WebDavTarget::ensureFolder(const QString &folder)
{
    if (folder.isEmpty() || knownFolders_.contains(folder))
        return;
    ensureFolder(parentFolder(folder));
    std::unique_ptr<QNetworkReply> reply(
        wait(network_->sendCustomRequest(request(folder + '/'), "MKCOL")));
    const int code = status(reply.get());
    // 201 created; 405 (Apache, nginx) or 409-free "already there" answers mean it exists.
    if (code == 409)
        throw SyncError(SyncErrorKind::Http,
                        "MKCOL " + urlFor(folder + '/').toString().toStdString() +
                            ": 409 Conflict: the parent folder is missing; does the sync "
                            "address " +
                            address().toStdString() + " exist on the server?",
                        code);
    if (code != 201 && code != 405 && code != 301 && !(code >= 200 && code < 300))
        fail(reply.get(), "MKCOL", folder + '/');
    knownFolders_.insert(folder);
}

void WebDavTarget::put(const QString &path, const QByteArray &bytes)
{
    ensureFolder(parentFolder(path));
    QNetworkRequest put = request(path);
    put.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
    std::unique_ptr<QNetworkReply> reply(wait(network_->put(put, bytes)));
    const int code = status(reply.get());
    if (code == 409) // the folder vanished behind our back (server wiped): make it again once
        knownFolders_.clear();
    if (code < 200 || code >= 300)
        fail(reply.get(), "PUT", path);
}

QByteArray WebDavTarget::get(const QString &path)
{
    std::unique_ptr<QNetworkReply> reply(wait(network_->get(request(path))));
    const int code = status(reply.get());
    if (code < 200 || code >= 300 || reply->error() != QNetworkReply::NoError)
        fail(reply.get(), "GET", path);
    QByteArray body = reply->readAll();
    if (const QString cut = lengthMismatch(reply.get(), body); !cut.isEmpty())
        throw SyncError(SyncErrorKind::Network, cut.toStdString());
    return body;
}

QStringList WebDavTarget::list(const QString &folder)
{
    const QString folderPath = folder.isEmpty() ? QString() : folder + '/';
    QNetworkRequest propfind = request(folderPath);
    propfind.setRawHeader("Depth", "1");
    propfind.setHeader(QNetworkRequest::ContentTypeHeader, "application/xml; charset=utf-8");
    std::unique_ptr<QNetworkReply> reply(
        wait(network_->sendCustomRequest(propfind, "PROPFIND", propfindBody())));
    const int code = status(reply.get());
    if (code == 404)
        return {};
    if (code != 207)
        fail(reply.get(), "PROPFIND", folderPath);
    return parseMultistatus(reply->readAll(), urlFor(folderPath).path());
}

QString WebDavTarget::errorOf(QNetworkReply *reply, const char *method, const QString &path)
{
    try {
        fail(reply, method, path);
    } catch (const SyncError &error) {
        return QString::fromStdString(error.what());
    }
}

void WebDavTarget::runWindowed(std::size_t count, int window, const StartFn &start)
{
    if (count == 0)
        return;
    std::size_t next = 0;
    std::size_t done = 0;
    QEventLoop loop;
    std::function<void()> startNext = [&]() {
        if (next >= count)
            return;
        start(next++, [&]() {
            if (++done == count)
                loop.quit();
            else
                startNext();
        });
    };
    for (int i = 0; i < std::max(1, window); ++i)
        startNext();
    if (done < count)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (done < count) {
        // The loop was ended from outside (the sync thread is stopping). The replies still out
        // refer to this frame: a new manager deletes them (they are its children) unfinished.
        network_ = std::make_unique<QNetworkAccessManager>();
        network_->setAutoDeleteReplies(false);
        throw SyncError(SyncErrorKind::Network, "cancelled: the sync was stopped");
    }
}

std::vector<QString> WebDavTarget::putVerifiedMany(const std::vector<Item> &items, int window)
{
    std::vector<QString> errors(items.size());
    QSet<QString> folders; // each folder once, so a dead server costs one error, not one per item
    for (const Item &item : items)
        folders.insert(parentFolder(item.path));
    for (const QString &folder : folders) {
        try {
            ensureFolder(folder);
        } catch (const SyncError &) {
            // reported per item below when its PUT fails
        }
    }
    runWindowed(items.size(), window, [&](std::size_t index, const std::function<void()> &done) {
        const Item &item = items[index];
        QNetworkRequest put = request(item.path);
        put.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
        QNetworkReply *putReply = network_->put(put, item.bytes);
        QObject::connect(
            putReply, &QNetworkReply::finished, putReply, [&, index, putReply, done]() {
                putReply->deleteLater();
                const int code = status(putReply);
                if (code < 200 || code >= 300) {
                    errors[index] = errorOf(putReply, "PUT", items[index].path);
                    return done();
                }
                QNetworkReply *getReply = network_->get(request(items[index].path));
                QObject::connect(
                    getReply, &QNetworkReply::finished, getReply, [&, index, getReply, done]() {
                        getReply->deleteLater();
                        const int got = status(getReply);
                        if (got < 200 || got >= 300 || getReply->error() != QNetworkReply::NoError)
                            errors[index] = errorOf(getReply, "GET", items[index].path);
                        else if (getReply->readAll() != items[index].bytes)
                            errors[index] =
                                QStringLiteral("read-back of %1 differs from what was written")
                                    .arg(items[index].path);
                        done();
                    });
            });
    });
    return errors;
}

std::vector<SyncTarget::Fetched> WebDavTarget::getMany(const QStringList &paths, int window)
{
    std::vector<Fetched> fetched(static_cast<std::size_t>(paths.size()));
    runWindowed(fetched.size(), window, [&](std::size_t index, const std::function<void()> &done) {
        const QString &path = paths[static_cast<qsizetype>(index)];
        QNetworkReply *reply = network_->get(request(path));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, index, reply, path, done]() {
            reply->deleteLater();
            const int code = status(reply);
            if (code < 200 || code >= 300 || reply->error() != QNetworkReply::NoError) {
                fetched[index].error = errorOf(reply, "GET", path);
            } else {
                QByteArray body = reply->readAll();
                fetched[index].error = lengthMismatch(reply, body);
                if (fetched[index].error.isEmpty())
                    fetched[index].bytes = std::move(body);
            }
            done();
        });
    });
    return fetched;
}

} // namespace its::sync
