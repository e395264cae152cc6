#pragma once
// The review's pull, run in steps so the UI never waits for the server: listing and fetching on
// the sync thread (SyncRunner), checking, decrypting and storing each batch on the UI thread in
// one vault transaction (PullSession). A pull dropped because the vault locked stores nothing
// more; what it already stored stays, and the next pull goes on from there.

#include "review/review_pull.h"
#include "sync_runner.h"

#include <QObject>
#include <QPointer>
#include <memory>

class SyncCredentials;
class VaultSession;

class ReviewPullRunner : public QObject
{
    Q_OBJECT
public:
    explicit ReviewPullRunner(QObject *parent = nullptr);
    ~ReviewPullRunner() override;

    void setSession(VaultSession *session);
    void setCredentials(SyncCredentials *credentials) { runner_.setCredentials(credentials); }
    SyncCredentials *credentials() const { return runner_.credentials(); }
    bool busy() const { return runner_.busy(); }

    // False, with `error` set, when the pull cannot start (locked, no review circle, running).
    bool start(QString &error);

signals:
    void busyChanged();
    void credentialsChanged();
    // `error` empty: the pull ran to the end (some files may still have failed: see report).
    void finished(const its::sync::PullReport &report, const QString &error);

private:
    void fetchNext();
    void finish(const QString &error);

    QPointer<VaultSession> session_;
    SyncRunner runner_;
    std::unique_ptr<its::sync::PullSession> pull_;
};
