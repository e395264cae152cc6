#pragma once
// The executive side of a review circle: join one with an invitation (file, pasted text, or the
// QR code in a picture), which creates this device's signing key, stores the circle and writes
// the enrollment request to the sync target. Both fingerprints are shown so the executive can
// read them to the CCO. The request is written on the sync thread (SyncRunner) with the
// WebDAV account from the keychain: `publishing` meanwhile, publishFinished(ok) after.

#include "sync/device_identity.h"
#include "sync_runner.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class ReviewEnrollController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    Q_MOC_INCLUDE("sync_credentials.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Where the WebDAV account comes from (AppController.syncCredentials); null: none.
    Q_PROPERTY(SyncCredentials *credentials READ credentials WRITE setCredentials NOTIFY
                   credentialsChanged)
    Q_PROPERTY(bool publishing READ publishing NOTIFY publishingChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY stateChanged)
    Q_PROPERTY(QString deviceLabel READ deviceLabel NOTIFY stateChanged)
    Q_PROPERTY(QString circleId READ circleId NOTIFY stateChanged)
    Q_PROPERTY(QString reviewFingerprint READ reviewFingerprint NOTIFY stateChanged)
    Q_PROPERTY(QString deviceFingerprint READ deviceFingerprint NOTIFY stateChanged)
    Q_PROPERTY(QString targetUrl READ targetUrl NOTIFY stateChanged)
    // False when joining worked locally but the request could not be written to the target yet.
    Q_PROPERTY(bool requestPublished READ requestPublished NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // What the last join changed for a device already in a circle: "moved" (same circle, new
    // address), "switched" (another circle), "rejoined" (the same again); "" after a first join.
    // A word, not a sentence: the page says it, so it follows a change of language.
    Q_PROPERTY(QString joinChange READ joinChange NOTIFY stateChanged)

public:
    explicit ReviewEnrollController(QObject *parent = nullptr);

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    SyncCredentials *credentials() const { return runner_.credentials(); }
    void setCredentials(SyncCredentials *credentials) { runner_.setCredentials(credentials); }
    bool publishing() const { return runner_.busy(); }
    bool enrolled() const { return !circleId_.isEmpty(); }
    QString deviceLabel() const { return label_; }
    QString circleId() const { return circleId_; }
    QString reviewFingerprint() const { return reviewFingerprint_; }
    QString deviceFingerprint() const { return deviceFingerprint_; }
    QString targetUrl() const { return targetUrl_; }
    bool requestPublished() const { return published_; }
    QString errorString() const { return errorString_; }
    QString joinChange() const { return joinChange_; }

    // True once this device has joined; the request is then written in the background.
    Q_INVOKABLE bool joinWithText(const QString &invitationText, const QString &label);
    Q_INVOKABLE bool joinWithFile(const QUrl &file, const QString &label);
    // The invitation text in the QR code of a screenshot or photo, checked like pasted text;
    // "" with errorString set when the image cannot be read, holds no QR code, or its QR code
    // is not an invitation. Nothing is joined: the page fills the text field with the result.
    Q_INVOKABLE QString readInvitationImage(const QUrl &file);
    // The invitation in a QR code read some other way (QrScanDialog's camera): `text` trimmed
    // when it is an invitation, else "" with the parser's reason in errorString.
    Q_INVOKABLE QString checkInvitationText(const QString &text);
    // Starts writing the enrollment request (again, after the target was unreachable); false
    // when it cannot start. The outcome is publishFinished() and requestPublished.
    Q_INVOKABLE bool publishRequest();
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void sessionChanged();
    void credentialsChanged();
    void publishingChanged();
    void publishFinished(bool ok);
    void stateChanged();
    void errorStringChanged();

private:
    void setError(const QString &message);

    QPointer<VaultSession> session_;
    SyncRunner runner_;
    QString label_;
    QString joinChange_;
    QString circleId_;
    QString reviewFingerprint_;
    QString deviceFingerprint_;
    QString targetUrl_;
    bool published_ = false;
    QString errorString_;
};
