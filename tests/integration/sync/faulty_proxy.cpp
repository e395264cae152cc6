#include "faulty_proxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace its::sync::testing {

FaultyProxy::FaultyProxy(std::function<quint16()> serverPort, std::function<void()> killServer,
                         std::function<void()> restartServer, unsigned seed)
    : serverPort_(std::move(serverPort))
    , killServer_(std::move(killServer))
    , restartServer_(std::move(restartServer))
    , random_(seed)
{
    listener_.listen(QHostAddress::LocalHost, 0);
    connect(&listener_, &QTcpServer::newConnection, this, &FaultyProxy::accept);
}

bool FaultyProxy::roll(double probability)
{
    return probability > 0 &&
           std::uniform_real_distribution<double>(0.0, 1.0)(random_) < probability;
}

void FaultyProxy::accept()
{
    while (QTcpSocket *client = listener_.nextPendingConnection()) {
        ++counts_.connections;
        auto *server = new QTcpSocket(client);
        client->setParent(this);
        // Both sockets die together: whichever side closes or fails closes the other.
        auto closeBoth = [client, server]() {
            server->abort();
            client->abort();
            client->deleteLater();
        };
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(server, &QTcpSocket::disconnected, this, closeBoth);
        connect(server, &QTcpSocket::errorOccurred, this, closeBoth);
        connect(client, &QTcpSocket::readyRead, this, [this, client, server]() {
            if (server->state() == QAbstractSocket::ConnectedState)
                pipe(client, server, true);
        });
        connect(server, &QTcpSocket::connected, this, [this, client, server]() {
            pipe(client, server, true); // whatever the client sent while we were connecting
        });
        connect(server, &QTcpSocket::readyRead, this,
                [this, client, server]() { pipe(server, client, false); });
        server->connectToHost(QHostAddress::LocalHost, serverPort_());
    }
}

void FaultyProxy::pipe(QTcpSocket *from, QTcpSocket *to, bool clientToServer)
{
    const QByteArray chunk = from->readAll();
    if (chunk.isEmpty())
        return;
    if (roll(clientToServer ? plan_.dropRequest : plan_.dropResponse)) {
        ++(clientToServer ? counts_.droppedRequests : counts_.droppedResponses);
        from->abort();
        to->abort();
        return;
    }
    to->write(chunk);
    if (!clientToServer || plan_.killServerEvery <= 0 || serverDown_)
        return;
    if (++forwardedRequests_ % plan_.killServerEvery != 0)
        return;
    // Let the request reach the server, then kill it while it is handling the upload.
    to->flush();
    ++counts_.serverKills;
    serverDown_ = true;
    QTimer::singleShot(5, this, [this]() {
        killServer_();
        QTimer::singleShot(plan_.restartAfterMs, this, [this]() {
            restartServer_();
            serverDown_ = false;
        });
    });
}

} // namespace its::sync::testing
