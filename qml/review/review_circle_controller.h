#pragma once
// The review circle of the CCO's vault: create it for a sync target, show its key fingerprint
// and invitation, save the invitation to a file, back the private key and the roster up under a
// passphrase and restore them on another device. Every call is synchronous and answers with a
// bool; on failure errorString says why and nothing in the vault changed.

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class ReviewCircleController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool hasCircle READ hasCircle NOTIFY circleChanged)
    Q_PROPERTY(QString circleId READ circleId NOTIFY circleChanged)
    Q_PROPERTY(QString reviewFingerprint READ reviewFingerprint NOTIFY circleChanged)
    Q_PROPERTY(QString targetUrl READ targetUrl NOTIFY circleChanged)
    Q_PROPERTY(qint64 createdMs READ createdMs NOTIFY circleChanged)
    // intheirshoes:invite?... (what a QR code would hold)
    Q_PROPERTY(QString invitationText READ invitationText NOTIFY circleChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // Devices the last restore() brought onto the roster (0 for a backup without a roster).
    Q_PROPERTY(int restoredDevices READ restoredDevices NOTIFY circleChanged)

public:
    explicit ReviewCircleController(QObject *parent = nullptr);

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    bool hasCircle() const { return !circleId_.isEmpty(); }
    QString circleId() const { return circleId_; }
    QString reviewFingerprint() const { return fingerprint_; }
    QString targetUrl() const { return targetUrl_; }
    qint64 createdMs() const { return createdMs_; }
    QString invitationText() const { return invitation_; }
    QString errorString() const { return errorString_; }
    int restoredDevices() const { return restoredDevices_; }

    // "" when `address` can be used as a sync target, else why not (checked without network).
    Q_INVOKABLE QString targetProblem(const QString &address) const;
    // `createFolder`: make the folder if missing (the embedded default under the app's data).
    Q_INVOKABLE bool create(const QString &address, bool createFolder);
    // Points the circle at a new sync address (the company moved its server): key, roster and
    // received summaries stay; the invitation changes, and executives join again with it.
    Q_INVOKABLE bool moveTo(const QString &address, bool createFolder);
    Q_INVOKABLE bool saveInvitation(const QUrl &file);
    Q_INVOKABLE bool backup(const QUrl &file, const QString &passphrase);
    Q_INVOKABLE bool restore(const QUrl &file, const QString &passphrase, const QString &address,
                             bool createFolder);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError() { setError({}); }

    static constexpr int kMinBackupPassphraseLength = 12;

signals:
    void sessionChanged();
    void circleChanged();
    void errorStringChanged();

private:
    bool prepareFolder(const QString &address, bool createFolder);
    void setError(const QString &message);

    QPointer<VaultSession> session_;
    QString circleId_;
    QString fingerprint_;
    QString targetUrl_;
    qint64 createdMs_ = 0;
    QString invitation_;
    QString errorString_;
    int restoredDevices_ = 0;
};
