#pragma once
// The executive's outbox: each finished walk's summary on its way to the review, newest first,
// with its state ("queued", "uploading", "synced", "failed" with the reason and next retry).
// syncNow() queues every finished walk not queued yet and uploads what is waiting; with
// autoSync on, due uploads are retried on a timer (the outbox keeps the backoff schedule) and
// a walk finished in this vault is queued and sent at once.
// Uploads run on the sync thread (SyncRunner): the model marks a batch 'uploading', the thread
// writes and reads it back, the model records the answers; `busy` is true meanwhile and
// syncFinished(ok) ends each run.

#include "sync/outbox.h"
#include "sync_runner.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class OutboxModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    Q_MOC_INCLUDE("sync_credentials.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Where the WebDAV account comes from (AppController.syncCredentials); null: none.
    Q_PROPERTY(SyncCredentials *credentials READ credentials WRITE setCredentials NOTIFY
                   credentialsChanged)
    Q_PROPERTY(bool autoSync READ autoSync WRITE setAutoSync NOTIFY autoSyncChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countChanged) // queued + failed
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY countChanged)
    // The sync target this device sends to ("" when not enrolled).
    Q_PROPERTY(QString targetAddress READ targetAddress NOTIFY countChanged)
    // Each walk's newest revision: {walkId: {state, error, nextAttemptMs}}, for the history.
    Q_PROPERTY(QVariantMap walkStates READ walkStates NOTIFY countChanged)
    // The last sync's counts ({synced, failed}); empty before one, or after the address changed.
    // Numbers, not a sentence: the page words them, so they follow a change of language.
    Q_PROPERTY(QVariantMap lastResult READ lastResult NOTIFY lastResultChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role
    {
        WalkIdRole = Qt::UserRole + 1,
        RevisionRole,
        StateRole, // role "syncState": "queued", "uploading", "synced", "failed"
        AttemptsRole,
        LastErrorRole,
        NextAttemptMsRole,
        UpdatedMsRole,
        JourneyNameRole, // from the walk in this vault; "" when the walk is gone
        StartedMsRole,
    };

    explicit OutboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    SyncCredentials *credentials() const { return runner_.credentials(); }
    void setCredentials(SyncCredentials *credentials) { runner_.setCredentials(credentials); }
    bool busy() const { return runner_.busy(); }
    bool autoSync() const { return timer_.isActive(); }
    void setAutoSync(bool on);
    int waitingCount() const;
    QVariantMap walkStates() const { return walkStates_; }
    bool enrolled() const { return enrolled_; }
    QString targetAddress() const { return targetAddress_; }
    QVariantMap lastResult() const { return lastResult_; }
    QString errorString() const { return errorString_; }

    Q_INVOKABLE void reload();
    // Queues finished walks whose current revision is not in the outbox; returns how many.
    Q_INVOKABLE int queueFinishedWalks();
    // Queues, then starts uploading everything waiting now (ignoring the backoff). False when
    // it cannot start (locked, not enrolled, a sync running); the outcome is syncFinished().
    Q_INVOKABLE bool syncNow();
    // The state of a walk's newest revision: "" when it never entered the outbox.
    Q_INVOKABLE QString stateOf(const QString &walkId) const;
    Q_INVOKABLE QString lastErrorOf(const QString &walkId) const;

    static constexpr int kAutoSyncIntervalMs = 60'000;

signals:
    void sessionChanged();
    void credentialsChanged();
    void busyChanged();
    // ok: every upload of the run was written and read back.
    void syncFinished(bool ok);
    void autoSyncChanged();
    void countChanged();
    void lastResultChanged();
    void errorStringChanged();

private:
    bool push(bool ignoreBackoff);
    void queueAndPush(); // the timer's tick and a walk just finished
    void pushNextBatch();
    void finishPush(const QString &error);
    const its::sync::OutboxEntry *find(const QString &walkId) const;
    void setError(const QString &message);

    QPointer<VaultSession> session_;
    struct WalkInfo
    {
        QString journeyName;
        qint64 startedMs = 0;
    };
    std::vector<its::sync::OutboxEntry> rows_;
    std::vector<WalkInfo> walks_; // same order as rows_
    bool enrolled_ = false;
    QString targetAddress_;
    bool announcing_ = false; // telling the other outboxes of this vault to reload
    QVariantMap walkStates_;
    QVariantMap lastResult_;
    QString errorString_;
    QTimer timer_;
    SyncRunner runner_;
    // The run in progress.
    its::sync::PushOptions options_;
    its::sync::PushReport report_;
    QSet<QString> tried_;
};
