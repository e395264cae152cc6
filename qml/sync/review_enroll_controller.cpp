#include "review_enroll_controller.h"

#include "review_support.h"
#include "session_access.h"
#include "sync/device_identity.h"
#include "sync/invitation_qr.h"
#include "sync/sync_error.h"
#include "vault_session.h"

#include <QImage>
#include <QImageReader>

using namespace its::sync;

ReviewEnrollController::ReviewEnrollController(QObject *parent)
    : QObject(parent)
{
    connect(&runner_, &SyncRunner::busyChanged, this, &ReviewEnrollController::publishingChanged);
    connect(&runner_, &SyncRunner::credentialsChanged, this,
            &ReviewEnrollController::credentialsChanged);
}

void ReviewEnrollController::setSession(VaultSession *session)
{
    runner_.setSession(session);
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

void ReviewEnrollController::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

void ReviewEnrollController::reload()
{
    std::optional<DeviceIdentity> identity;
    if (its::Database *db = sessionDatabase(session_)) {
        try {
            identity = loadDeviceIdentity(*db);
        } catch (const std::exception &error) {
            setError(tr("Cannot read this device's identity: %1").arg(errorText(error)));
        }
    }
    const bool enrolledNow = identity && identity->enrolled();
    label_ = identity ? identity->label : QString();
    circleId_ = enrolledNow ? identity->circleId : QString();
    reviewFingerprint_ = enrolledNow ? fingerprint(identity->reviewPublic) : QString();
    deviceFingerprint_ = identity ? fingerprint(identity->keys.signPublic) : QString();
    targetUrl_ = enrolledNow ? identity->targetUrl : QString();
    if (!enrolledNow)
        published_ = false;
    emit stateChanged();
}

bool ReviewEnrollController::joinWithText(const QString &invitationText, const QString &label)
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    if (label.trimmed().isEmpty()) {
        setError(tr("Give this device a name the CCO will recognise, e.g. \"CFO phone\"."));
        return false;
    }
    Invitation invitation;
    try {
        invitation = parseInvitation(invitationText);
        review::openTarget(invitation.targetUrl); // a bad address fails before anything is stored
    } catch (const std::exception &error) {
        setError(tr("This is not a valid invitation: %1").arg(errorText(error)));
        return false;
    }
    EnrollChange change = EnrollChange::Joined;
    try {
        enrollDevice(*db, invitation, label.trimmed(), review::nowMs(), &change);
    } catch (const std::exception &error) {
        setError(tr("Cannot join the review circle: %1").arg(errorText(error)));
        return false;
    }
    joinChange_ = change == EnrollChange::Moved            ? QStringLiteral("moved")
                  : change == EnrollChange::SwitchedCircle ? QStringLiteral("switched")
                  : change == EnrollChange::Rejoined       ? QStringLiteral("rejoined")
                                                           : QString();
    reload();
    publishRequest(); // in the background: requestPublished tells when it is on the target
    return true;
}

bool ReviewEnrollController::joinWithFile(const QUrl &file, const QString &label)
{
    QByteArray bytes;
    QString error;
    if (!review::readWholeFile(review::localPath(file), bytes, error)) {
        setError(error);
        return false;
    }
    return joinWithText(QString::fromUtf8(bytes), label);
}

QString ReviewEnrollController::readInvitationImage(const QUrl &file)
{
    const QString path = review::localPath(file);
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos: honour the EXIF orientation
    const QImage picture = reader.read();
    if (picture.isNull()) {
        setError(tr("Cannot open the image %1: %2").arg(path, reader.errorString()));
        return {};
    }
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    const GrayImageView view{gray.constBits(), gray.width(), gray.height(),
                             static_cast<int>(gray.bytesPerLine())};
    QString text;
    try {
        text = decodeQr(view);
    } catch (const SyncError &) {
        setError(tr("No QR code found in this image. Try a sharper picture of the whole code."));
        return {};
    }
    return checkInvitationText(text);
}

QString ReviewEnrollController::checkInvitationText(const QString &text)
{
    try {
        parseInvitation(text);
    } catch (const std::exception &error) {
        setError(tr("This is not a valid invitation: %1").arg(errorText(error)));
        return {};
    }
    setError({});
    return text.trimmed();
}

bool ReviewEnrollController::publishRequest()
{
    its::Database *db = sessionDatabase(session_);
    if (!db || !enrolled()) {
        setError(tr("Join a review circle first."));
        return false;
    }
    SyncTarget::Item request;
    try {
        request = prepareEnrollment(*db, review::nowMs());
    } catch (const std::exception &error) {
        setError(tr("Cannot prepare the enrollment request: %1").arg(errorText(error)));
        return false;
    }
    const QString target = targetUrl_;
    return runner_.begin(target, [this, request, target] {
        runner_.post(
            [request](SyncTarget &sync) { writeEnrollment(sync, request); },
            [this, target](const QString &error) {
                runner_.end();
                published_ = error.isEmpty();
                emit stateChanged();
                setError(published_ ? QString()
                                    : tr("Joined, but the request could not be sent to %1 yet: %2")
                                          .arg(target, error));
                emit publishFinished(published_);
            });
    });
}
