#pragma once
// What the sync view-models (outbox, inbox, roster) share: one run at a time against the
// sync target, with the network on a TargetThread so the UI never waits for a server. begin()
// looks up the WebDAV account (keychain), then the model post()s jobs and does the vault work
// in their `done`, on the UI thread. The run is dropped the moment the vault is about to lock:
// nothing touches a closed vault, and what was in flight is simply due again next time.

#include "sync/target_thread.h"
#include "sync_credentials.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class VaultSession;

class SyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit SyncRunner(QObject *parent = nullptr);
    ~SyncRunner() override;

    void setSession(VaultSession *session);
    void setCredentials(SyncCredentials *credentials);
    SyncCredentials *credentials() const { return credentials_; }
    bool busy() const { return busy_; }

    // Starts a run against `address` (an http(s) URL or a folder). False if one is running.
    // `ready` runs once the account is known; `failed` if the target cannot be opened.
    bool begin(const QString &address, std::function<void()> ready);
    // A job of the current run; `done(error)` runs on this thread ("" = the job returned).
    void post(its::sync::TargetThread::Job job, its::sync::TargetThread::Done done);
    // The run is over: the thread ends once its last job has reported.
    void end();
    // Drops the run now: no pending `ready` or `done` will run.
    void cancel();

signals:
    void busyChanged();
    void credentialsChanged(); // models forward it as their own property's NOTIFY
    void cancelled();          // the run was dropped (the vault is locking)

private:
    void setBusy(bool busy);

    QPointer<VaultSession> session_;
    QPointer<SyncCredentials> credentials_;
    std::unique_ptr<its::sync::TargetThread> thread_;
    int generation_ = 0; // bumped by cancel(): late callbacks of a dropped run are ignored
    bool busy_ = false;
};
