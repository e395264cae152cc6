#include "call_audio_policy.h"

#include "session_access.h"
#include "vault/evidence_policy.h"
#include "vault_session.h"

CallAudioPolicy::CallAudioPolicy(QObject *parent)
    : QObject(parent)
{
}

void CallAudioPolicy::setSession(VaultSession *session)
{
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

void CallAudioPolicy::reload()
{
    bool allowed = false;
    if (its::Database *db = sessionDatabase(session_.data())) {
        try {
            allowed = its::EvidencePolicy(*db).callAudioAllowed();
            setError({});
        } catch (const std::exception &error) {
            setError(tr("The policy could not be read: %1").arg(errorText(error)));
        }
    }
    if (allowed_ != allowed) {
        allowed_ = allowed;
        emit allowedChanged();
    }
}

void CallAudioPolicy::setAllowed(bool allowed)
{
    its::Database *db = sessionDatabase(session_.data());
    if (!db) {
        setError(tr("The vault is locked."));
        emit allowedChanged(); // the switch goes back to what is stored
        return;
    }
    QString failure;
    try {
        its::EvidencePolicy(*db).setCallAudioAllowed(allowed);
    } catch (const std::exception &error) {
        failure = tr("Not saved: %1").arg(errorText(error));
    }
    reload();
    if (!failure.isEmpty())
        setError(failure); // after reload(), which clears the message of a good read
    emit allowedChanged(); // also when unchanged: the switch shows what is stored
}

QString CallAudioPolicy::consentSentence(const QString &language)
{
    // Not tr(): the sentence follows the walk's language whatever the app's language is.
    if (language.startsWith(QLatin1String("it")))
        return QStringLiteral("Prima di continuare: registro questa chiamata in vivavoce per "
                              "una verifica della qualità del servizio. Per lei va bene?");
    return QStringLiteral("Before we go on: I am recording this call on speaker to review the "
                          "quality of the service. Is that all right with you?");
}

void CallAudioPolicy::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}
