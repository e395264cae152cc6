#pragma once
// The review's devices: pending enrollment requests found on the sync target (first), then the
// roster (enrolled and revoked). Accept a request after comparing its fingerprint with the
// executive; revoke a device to reject every envelope it signs from then on.

#include "sync/roster.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class ReviewRosterModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
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
        StatusRole, // "pending", "enrolled" or "revoked"
        EnrolledMsRole,
        RevokedMsRole,
        RequestedMsRole,
    };

    explicit ReviewRosterModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    int pendingCount() const;
    QStringList problems() const { return problems_; }
    QString errorString() const { return errorString_; }

    // Reads the roster and the target's pending requests (blocks while the target answers).
    Q_INVOKABLE void reload();
    Q_INVOKABLE bool accept(const QString &deviceId);
    Q_INVOKABLE bool revoke(const QString &deviceId);

signals:
    void sessionChanged();
    void countChanged();
    void errorStringChanged();

private:
    struct Row
    {
        QString deviceId;
        QString label;
        QString fingerprint;
        QString status;
        qint64 enrolledMs = 0;
        qint64 revokedMs = 0;
        qint64 requestedMs = 0;
    };
    void setError(const QString &message);

    QPointer<VaultSession> session_;
    std::vector<Row> rows_;
    std::vector<its::sync::EnrollmentRequest> pending_;
    QStringList problems_;
    QString errorString_;
};
