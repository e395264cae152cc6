#include "sync/target_thread.h"

#include <QMetaObject>
#include <QMutex>
#include <deque>
#include <exception>
#include <optional>

namespace its::sync {

class TargetThread::Worker final : public QObject
{
public:
    explicit Worker(Factory factory)
        : factory_(std::move(factory))
    {
    }

    // Called on any thread: queues the job and wakes the worker thread.
    void enqueue(Job job, std::function<void(const QString &)> reply)
    {
        {
            QMutexLocker lock(&mutex_);
            jobs_.push_back({std::move(job), std::move(reply)});
        }
        QMetaObject::invokeMethod(
            this, [this] { drain(); }, Qt::QueuedConnection);
    }

private:
    struct Queued
    {
        Job job;
        std::function<void(const QString &)> reply;
    };

    // A job waits on nested event loops, which may deliver the next drain() call: the running
    // drain() takes it instead, so jobs never overlap.
    void drain()
    {
        if (draining_)
            return;
        draining_ = true;
        while (std::optional<Queued> next = take())
            next->reply(run(next->job));
        draining_ = false;
    }

    std::optional<Queued> take()
    {
        QMutexLocker lock(&mutex_);
        if (jobs_.empty())
            return std::nullopt;
        Queued next = std::move(jobs_.front());
        jobs_.pop_front();
        return next;
    }

    QString run(const Job &job)
    {
        if (thread()->isInterruptionRequested())
            return QStringLiteral("cancelled: the sync was stopped");
        try {
            if (!target_)
                target_ = factory_();
            job(*target_);
            return {};
        } catch (const std::exception &error) {
            return QString::fromUtf8(error.what());
        } catch (...) {
            return QStringLiteral("unknown error");
        }
    }

    Factory factory_;
    std::unique_ptr<SyncTarget> target_;
    QMutex mutex_;
    std::deque<Queued> jobs_;
    bool draining_ = false;
};

TargetThread::TargetThread(Factory factory, QObject *parent)
    : QObject(parent)
    , worker_(new Worker(std::move(factory)))
{
    thread_.setObjectName(QStringLiteral("its-sync-target"));
    worker_->moveToThread(&thread_);
    // Emitted on thread_ itself as it ends: the target (and its network manager) dies there.
    Worker *worker = worker_;
    connect(
        &thread_, &QThread::finished, worker, [worker] { delete worker; }, Qt::DirectConnection);
    thread_.start();
}

TargetThread::~TargetThread()
{
    // quit() also ends the nested event loops a running job waits in (QThread::exit), so the
    // job fails fast instead of holding the caller for a network timeout.
    thread_.requestInterruption();
    thread_.quit();
    thread_.wait();
    // Replies the worker posted to this object and that were not delivered are dropped by
    // ~QObject: no `done` runs after this point.
}

void TargetThread::post(Job job, Done done)
{
    ++pending_;
    worker_->enqueue(std::move(job), [this, done = std::move(done)](const QString &error) {
        // On the worker thread: hand the result to the owner's thread.
        QMetaObject::invokeMethod(
            this,
            [this, done, error] {
                --pending_;
                done(error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace its::sync
