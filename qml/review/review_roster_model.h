#pragma once
// The review's devices: pending enrollment requests found on the sync target (first), then the
// roster (enrolled and revoked). Accept a request after comparing its fingerprint with the
// executive, or reject it for good (it never shows as pending again); revoke a device to reject
// every envelope it signs from then on. Rejected requests are listed last. The roster shows
// at once; the requests are fetched on the sync thread and merged in when they arrive (`busy`
// meanwhile, requestsRefreshed() after).

#include "review/roster.h"
#include "sync_runner.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <functional>

class VaultSession;

class ReviewRosterModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    Q_MOC_INCLUDE("sync_credentials.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Where the WebDAV account comes from (AppController.syncCredentials); null: none.
    Q_PROPERTY(SyncCredentials *credentials READ credentials WRITE setCredentials NOTIFY
                   credentialsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countChanged)
    // Request files on the target that were ignored ("<path>: <reason>").
    Q_PROPERTY(QStringList problems READ problems NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role
    {
        DeviceIdRole = Qt::UserRole + 1,
        LabelRole,
        FingerprintRole,
        StatusRole, // "pending", "enrolled", "revoked" or "rejected"
        EnrolledMsRole,
        RevokedMsRole,
        RequestedMsRole,
        RejectedMsRole,
    };

    explicit ReviewRosterModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    SyncCredentials *credentials() const { return runner_.credentials(); }
    void setCredentials(SyncCredentials *credentials) { runner_.setCredentials(credentials); }
    bool busy() const { return runner_.busy(); }
    int pendingCount() const;
    QStringList problems() const { return problems_; }
    QString errorString() const { return errorString_; }

    // Shows the roster now and fetches the target's pending requests in the background.
    Q_INVOKABLE void reload();
    Q_INVOKABLE bool accept(const QString &deviceId);
    Q_INVOKABLE bool revoke(const QString &deviceId);
    Q_INVOKABLE bool reject(const QString &deviceId);

signals:
    void sessionChanged();
    void credentialsChanged();
    void busyChanged();
    void requestsRefreshed(); // the requests on the target were read (or failed to be)
    void countChanged();
    void errorStringChanged();

private:
    bool answerPending(
        const QString &deviceId, const QString &failure,
        const std::function<void(its::Database &, const its::sync::EnrollmentRequest &)> &answer);
    struct Row
    {
        QString deviceId;
        QString label;
        QString fingerprint;
        QString status;
        qint64 enrolledMs = 0;
        qint64 revokedMs = 0;
        qint64 requestedMs = 0;
        qint64 rejectedMs = 0;
        bool operator==(const Row &) const = default;
    };
    void setError(const QString &message);
    void rebuild(); // rows from the vault and the request files fetched last
    void fetchRequests();

    QPointer<VaultSession> session_;
    SyncRunner runner_;
    std::vector<its::sync::Roster::RequestFile> requestFiles_; // as fetched last
    QString targetError_; // why the last fetch failed, "" if it did not
    std::vector<Row> rows_;
    std::vector<its::sync::EnrollmentRequest> pending_;
    QStringList problems_;
    QString errorString_;
};
