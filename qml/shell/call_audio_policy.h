#pragma once
// The company policy on recording call audio on speaker, as Settings shows it and the evidence
// sheet obeys it: off by default, kept in the vault (its_vault EvidencePolicy), so it travels
// with the vault and not with the device's preferences.

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class CallAudioPolicy : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool allowed READ allowed WRITE setAllowed NOTIFY allowedChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit CallAudioPolicy(QObject *parent = nullptr);

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    bool allowed() const { return allowed_; }
    void setAllowed(bool allowed);
    QString errorString() const { return errorString_; }

    // The sentence to say before call audio is recorded, in `language` ("it", else English):
    // the walk's language, not the app's, because it is said to the other side of the call.
    Q_INVOKABLE static QString consentSentence(const QString &language);

    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void allowedChanged();
    void errorStringChanged();

private:
    void setError(const QString &message);

    QPointer<VaultSession> session_;
    bool allowed_ = false;
    QString errorString_;
};
