#include "faulty_proxy.h"

#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace its::sync::testing {

namespace {

// The first line of a chunk that starts an HTTP request ("GET /its/x.env HTTP/1.1").
QByteArray requestLineOf(const QByteArray &chunk)
{
    static const char *const methods[] = {"GET ",  "PUT ",    "PROPFIND ", "MKCOL ",
                                          "HEAD ", "DELETE ", "OPTIONS "};
    for (const char *method : methods) {
        if (chunk.startsWith(method)) {
            const qsizetype end = chunk.indexOf("\r\n");
            return end < 0 ? QByteArray() : chunk.left(end);
        }
    }
    return {};
}

QByteArray withoutContentLength(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    lines.removeIf([](const QByteArray &line) {
        return line.toLower().startsWith("content-length:") ||
               line.toLower().startsWith("connection:") || line.toLower().startsWith("keep-alive:");
    });
    QByteArray out = lines.join('\n');
    return out.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
}

// An RST instead of a FIN: linger on with a zero timeout, then close.
void resetConnection(QTcpSocket *socket)
{
    const linger hard{1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                 sizeof hard);
    socket->abort();
}

} // namespace

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
        auto connection = std::make_shared<Connection>();
        connection->client = client;
        connection->server = server;
        // Both sockets die together: whichever side closes or fails closes the other.
        auto closeBoth = [client, server]() {
            server->abort();
            client->abort();
            client->deleteLater();
        };
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(server, &QTcpSocket::disconnected, this, closeBoth);
        connect(server, &QTcpSocket::errorOccurred, this, closeBoth);
        connect(client, &QTcpSocket::readyRead, this, [this, connection]() {
            if (connection->server->state() == QAbstractSocket::ConnectedState)
                pipe(*connection, true);
        });
        connect(server, &QTcpSocket::connected, this, [this, connection]() {
            pipe(*connection, true); // whatever the client sent while we were connecting
        });
        connect(server, &QTcpSocket::readyRead, this,
                [this, connection]() { pipe(*connection, false); });
        server->connectToHost(QHostAddress::LocalHost, serverPort_());
    }
}

void FaultyProxy::pipe(Connection &connection, bool clientToServer)
{
    QTcpSocket *from = clientToServer ? connection.client : connection.server;
    QTcpSocket *to = clientToServer ? connection.server : connection.client;
    const QByteArray chunk = from->readAll();
    if (chunk.isEmpty())
        return;
    if (roll(clientToServer ? plan_.dropRequest : plan_.dropResponse)) {
        ++(clientToServer ? counts_.droppedRequests : counts_.droppedResponses);
        from->abort();
        to->abort();
        return;
    }
    if (clientToServer) {
        if (const QByteArray line = requestLineOf(chunk); !line.isEmpty()) {
            connection.requestLine = line;
            connection.cutting =
                cut_.answers > 0 && !cut_.where.isEmpty() && line.startsWith(cut_.where);
            if (connection.cutting)
                --cut_.answers;
            connection.answerHead.clear();
            connection.bodyForwarded = -1;
        }
    } else if (connection.cutting) {
        cutAnswer(connection, chunk);
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

bool FaultyProxy::cutAnswer(Connection &connection, const QByteArray &chunk)
{
    QTcpSocket *client = connection.client;
    QTcpSocket *server = connection.server;
    QByteArray body = chunk;
    if (connection.bodyForwarded < 0) {
        connection.answerHead += chunk;
        const qsizetype end = connection.answerHead.indexOf("\r\n\r\n");
        if (end < 0)
            return false; // the headers are not complete yet
        QByteArray head = connection.answerHead.left(end + 4);
        if (cut_.withoutLength)
            head = withoutContentLength(head);
        client->write(head);
        body = connection.answerHead.mid(end + 4);
        connection.bodyForwarded = 0;
    }
    const qint64 room = cut_.afterBodyBytes - connection.bodyForwarded;
    if (body.size() < room) {
        client->write(body);
        connection.bodyForwarded += body.size();
        return false;
    }
    client->write(body.left(room));
    ++counts_.cutAnswers;
    // End this connection here, without the usual close-both handlers (they would abort the
    // client side before the partial answer has left).
    disconnect(client, nullptr, this, nullptr);
    disconnect(server, nullptr, this, nullptr);
    server->abort();
    client->flush();
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    if (cut_.byReset)
        resetConnection(client);
    else
        client->disconnectFromHost();
    return true;
}

} // namespace its::sync::testing
