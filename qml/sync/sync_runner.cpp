#include "sync_runner.h"

#include "sync/target_factory.h"
#include "sync_credentials.h"
#include "vault_session.h"

using its::sync::TargetThread;

SyncRunner::SyncRunner(QObject *parent)
    : QObject(parent)
{
}

SyncRunner::~SyncRunner() = default;

void SyncRunner::setSession(VaultSession *session)
{
    if (session_ == session)
        return;
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_)
        connect(session_, &VaultSession::aboutToLock, this, [this] {
            if (busy_) {
                cancel();
                emit cancelled();
            }
        });
}

void SyncRunner::setCredentials(SyncCredentials *credentials)
{
    if (credentials_ == credentials)
        return;
    credentials_ = credentials;
    emit credentialsChanged();
}

void SyncRunner::setBusy(bool busy)
{
    if (busy_ == busy)
        return;
    busy_ = busy;
    emit busyChanged();
}

bool SyncRunner::begin(const QString &address, std::function<void()> ready)
{
    if (busy_)
        return false;
    setBusy(true);
    const int generation = generation_;
    auto start = [this, generation, address,
                  ready = std::move(ready)](const SyncCredentials::Result &account) {
        if (generation != generation_)
            return;
        // Made on the sync thread: the network manager belongs to the thread that makes it.
        thread_ = std::make_unique<TargetThread>([address, account] {
            its::sync::FixedCredentials fixed(account); // read once, by the constructor
            return its::sync::openTarget(address, &fixed);
        });
        ready();
    };
    if (credentials_)
        credentials_->fetch(address, start);
    else
        start(std::nullopt);
    return true;
}

void SyncRunner::post(TargetThread::Job job, TargetThread::Done done)
{
    if (!thread_)
        return;
    const int generation = generation_;
    thread_->post(std::move(job), [this, generation, done = std::move(done)](const QString &e) {
        if (generation == generation_)
            done(e);
    });
}

void SyncRunner::end()
{
    // Called from a job's `done`, which runs inside the TargetThread: delete it later.
    if (thread_)
        thread_.release()->deleteLater();
    setBusy(false);
}

void SyncRunner::cancel()
{
    ++generation_;
    thread_.reset(); // cancels a running request and joins the thread
    setBusy(false);
}
