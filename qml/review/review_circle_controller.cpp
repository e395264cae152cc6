#include "review_circle_controller.h"

#include "review/review_circle.h"
#include "review_support.h"
#include "session_access.h"
#include "sync/sync_error.h"
#include "vault_session.h"

#include <QDir>

using namespace its::sync;

ReviewCircleController::ReviewCircleController(QObject *parent)
    : QObject(parent)
{
}

void ReviewCircleController::setSession(VaultSession *session)
{
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

void ReviewCircleController::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

void ReviewCircleController::reload()
{
    std::optional<ReviewCircle> circle;
    if (its::Database *db = sessionDatabase(session_)) {
        try {
            circle = loadReviewCircle(*db);
        } catch (const std::exception &error) {
            setError(tr("Cannot read the review circle: %1").arg(errorText(error)));
        }
    }
    circleId_ = circle ? circle->circleId : QString();
    fingerprint_ = circle ? fingerprint(circle->keys.boxPublic) : QString();
    targetUrl_ = circle ? circle->targetUrl : QString();
    createdMs_ = circle ? circle->createdMs : 0;
    invitation_ = circle ? invitationToText(makeInvitation(*circle)) : QString();
    emit circleChanged();
}

QString ReviewCircleController::targetProblem(const QString &address) const
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a folder path or a WebDAV address.");
    try {
        review::openTarget(trimmed);
    } catch (const std::exception &error) {
        if (trimmed.startsWith(u"http://"))
            return tr("Plain http is only allowed for this computer (localhost). Use https://.");
        return tr("Not a usable sync target: %1").arg(errorText(error));
    }
    return {};
}

bool ReviewCircleController::prepareFolder(const QString &address, bool createFolder)
{
    const QString problem = targetProblem(address);
    if (!problem.isEmpty()) {
        setError(problem);
        return false;
    }
    const QString trimmed = address.trimmed();
    if (!trimmed.startsWith(u'/') && !trimmed.startsWith(u"file:"))
        return true; // WebDAV: checked when first used
    const QString path = trimmed.startsWith(u'/') ? trimmed : QUrl(trimmed).toLocalFile();
    if (QDir(path).exists())
        return true;
    if (createFolder && QDir().mkpath(path))
        return true;
    setError(createFolder ? tr("Cannot create the folder %1.").arg(path)
                          : tr("The folder %1 does not exist.").arg(path));
    return false;
}

bool ReviewCircleController::create(const QString &address, bool createFolder)
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    if (!prepareFolder(address, createFolder))
        return false;
    try {
        createReviewCircle(*db, address.trimmed(), review::nowMs());
    } catch (const std::exception &error) {
        setError(tr("Cannot create the review circle: %1").arg(errorText(error)));
        return false;
    }
    setError({});
    reload();
    return true;
}

bool ReviewCircleController::moveTo(const QString &address, bool createFolder)
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    if (!hasCircle()) {
        setError(tr("Create the review circle first."));
        return false;
    }
    if (address.trimmed() == targetUrl_) {
        setError(tr("The review circle already uses this address."));
        return false;
    }
    if (!prepareFolder(address, createFolder))
        return false;
    try {
        moveReviewCircle(*db, address);
    } catch (const std::exception &error) {
        setError(tr("Cannot change the sync address: %1").arg(errorText(error)));
        return false;
    }
    setError({});
    reload();
    return true;
}

bool ReviewCircleController::saveInvitation(const QUrl &file)
{
    if (!hasCircle()) {
        setError(tr("Create the review circle first."));
        return false;
    }
    const QString error =
        review::writeFileAtomically(review::localPath(file), (invitation_ + u'\n').toUtf8());
    setError(error);
    return error.isEmpty();
}

bool ReviewCircleController::backup(const QUrl &file, const QString &passphrase)
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    if (passphrase.size() < kMinBackupPassphraseLength) {
        setError(tr("Use a passphrase of at least %1 characters.").arg(kMinBackupPassphraseLength));
        return false;
    }
    QByteArray bytes;
    try {
        bytes = backupReviewCircle(*db, passphrase.toStdString());
    } catch (const std::exception &error) {
        setError(tr("Cannot back up the review key: %1").arg(errorText(error)));
        return false;
    }
    const QString error = review::writeFileAtomically(review::localPath(file), bytes);
    setError(error);
    return error.isEmpty();
}

bool ReviewCircleController::restore(const QUrl &file, const QString &passphrase,
                                     const QString &address, bool createFolder)
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    QByteArray bytes;
    QString readError;
    if (!review::readWholeFile(review::localPath(file), bytes, readError)) {
        setError(readError);
        return false;
    }
    if (!prepareFolder(address, createFolder))
        return false;
    RosterMergeReport merged;
    try {
        restoreReviewCircle(*db, bytes, passphrase.toStdString(), address.trimmed(),
                            review::nowMs(), &merged);
    } catch (const SyncError &error) {
        setError(error.kind() == SyncErrorKind::Crypto
                     ? tr("Wrong passphrase, or the backup file is damaged.")
                     : tr("Cannot restore the review key: %1").arg(errorText(error)));
        return false;
    } catch (const std::exception &error) {
        setError(tr("Cannot restore the review key: %1").arg(errorText(error)));
        return false;
    }
    restoredDevices_ = merged.added;
    setError({});
    reload();
    return true;
}
