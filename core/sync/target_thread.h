#pragma once
// Runs sync-target work (network I/O) on a thread of its own, so a slow or dead server never
// freezes the caller's thread (the app's UI). The target is made on that thread by a factory
// (a QNetworkAccessManager belongs to the thread that made it) and kept for later jobs, so
// connections are reused. Jobs run one at a time, in the order posted. Each job's `done` runs on
// the thread that owns this object, and never after the object is gone.
// The vault is not touched here: callers read and write it on their own thread around a job.
// Destroying the object cancels the running job (its network waits return at once, the job
// fails) and joins the thread.

#include "sync/sync_target.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace its::sync {

class TargetThread final : public QObject
{
public:
    using Factory = std::function<std::unique_ptr<SyncTarget>()>;
    using Job = std::function<void(SyncTarget &)>;
    using Done = std::function<void(const QString &error)>; // "" when the job returned normally

    explicit TargetThread(Factory factory, QObject *parent = nullptr);
    ~TargetThread() override;
    TargetThread(const TargetThread &) = delete;
    TargetThread &operator=(const TargetThread &) = delete;

    // A job that throws (or whose factory throws) is reported through `done` with the message.
    void post(Job job, Done done);
    // Jobs posted whose `done` has not run yet.
    int pending() const { return pending_; }

private:
    class Worker;
    QThread thread_;
    Worker *worker_; // lives on thread_, deleted there when it finishes
    int pending_ = 0;
};

} // namespace its::sync
