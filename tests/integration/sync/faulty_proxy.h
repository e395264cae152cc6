#pragma once
// A TCP proxy between the sync client and a real WebDAV server that misbehaves on purpose, the
// way networks and servers do: it drops connections mid-request, drops them after the server
// has answered but before the client sees the answer (the upload happened, the client cannot
// know), and can kill the server right after forwarding a request (a crash mid-upload), to be
// restarted a moment later. Faults follow a seeded PRNG, so a failing run can be replayed.

#include <QObject>
#include <QTcpServer>
#include <functional>
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

struct FaultCounts
{
    int connections = 0;
    int droppedRequests = 0;
    int droppedResponses = 0;
    int serverKills = 0;
};

class FaultyProxy : public QObject
{
public:
    // `serverPort` is asked on every new connection (a restarted server may move).
    FaultyProxy(std::function<quint16()> serverPort, std::function<void()> killServer,
                std::function<void()> restartServer, unsigned seed);
    quint16 port() const { return listener_.serverPort(); }
    void setPlan(const FaultPlan &plan) { plan_ = plan; }
    const FaultCounts &counts() const { return counts_; }

private:
    void accept();
    bool roll(double probability);
    void pipe(QTcpSocket *from, QTcpSocket *to, bool clientToServer);

    QTcpServer listener_;
    std::function<quint16()> serverPort_;
    std::function<void()> killServer_;
    std::function<void()> restartServer_;
    std::mt19937 random_;
    FaultPlan plan_;
    FaultCounts counts_;
    int forwardedRequests_ = 0;
    bool serverDown_ = false;
};

} // namespace its::sync::testing
