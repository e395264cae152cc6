#pragma once
// A TCP proxy between the sync client and a real WebDAV server that misbehaves on purpose, the
// way networks and servers do: it drops connections mid-request, drops them after the server
// has answered but before the client sees the answer (the upload happened, the client cannot
// know), can kill the server right after forwarding a request (a crash mid-upload), to be
// restarted a moment later, and can cut chosen answers short after part of their body, headers
// (Content-Length) intact, as a server killed mid-answer does. Random faults follow a seeded
// PRNG, so a failing run can be replayed.

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <functional>
#include <memory>
#include <random>

class QTcpSocket;

namespace its::sync::testing {

struct FaultPlan
{
    double dropRequest = 0.0;  // per client->server chunk: close both sides instead of forwarding
    double dropResponse = 0.0; // per server->client chunk: close both sides instead of forwarding
    int killServerEvery = 0;   // every Nth forwarded request chunk, kill the server (0: never)
    int restartAfterMs = 150;  // then restart it after this long
};

// The next `answers` answers to requests whose request line starts with `where`
// ("GET /its/summaries/") are forwarded up to `afterBodyBytes` bytes of their body, then the
// connection ends: with a FIN (as when the server dies) or, with `byReset`, an RST. With
// `withoutLength` the Content-Length header is left out, so the cut body looks whole to HTTP (a
// body that ends with the connection), as behind a proxy that re-frames answers.
struct CutPlan
{
    QByteArray where;
    int answers = 0;
    int afterBodyBytes = 0;
    bool byReset = false;
    bool withoutLength = false;
};

struct FaultCounts
{
    int connections = 0;
    int droppedRequests = 0;
    int droppedResponses = 0;
    int serverKills = 0;
    int cutAnswers = 0;
};

class FaultyProxy : public QObject
{
public:
    // `serverPort` is asked on every new connection (a restarted server may move).
    FaultyProxy(std::function<quint16()> serverPort, std::function<void()> killServer,
                std::function<void()> restartServer, unsigned seed);
    quint16 port() const { return listener_.serverPort(); }
    void setPlan(const FaultPlan &plan) { plan_ = plan; }
    void setCut(const CutPlan &cut) { cut_ = cut; }
    const FaultCounts &counts() const { return counts_; }

private:
    void accept();
    bool roll(double probability);
    struct Connection
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        QByteArray requestLine;    // of the request the server is answering
        bool cutting = false;      // this answer is to be cut short
        QByteArray answerHead;     // status line and headers seen so far (while cutting)
        qint64 bodyForwarded = -1; // body bytes forwarded (-1: headers not complete yet)
    };
    void pipe(Connection &connection, bool clientToServer);
    // Forwards the part of `chunk` the cut allows; true when the connection was ended.
    bool cutAnswer(Connection &connection, const QByteArray &chunk);

    QTcpServer listener_;
    std::function<quint16()> serverPort_;
    std::function<void()> killServer_;
    std::function<void()> restartServer_;
    std::mt19937 random_;
    FaultPlan plan_;
    CutPlan cut_;
    FaultCounts counts_;
    int forwardedRequests_ = 0;
    bool serverDown_ = false;
};

} // namespace its::sync::testing
