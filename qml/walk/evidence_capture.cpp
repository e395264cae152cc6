#include "evidence_capture.h"

#include "call_audio_policy.h"
#include "contact_controller.h"
#include "photo_intake.h"
#include "session_access.h"
#include "vault/evidence_policy.h"
#include "vault/evidence_store.h"
#include "walk_controller.h"

#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QVideoFrame>
#include <QVideoSink>

EvidenceCapture::EvidenceCapture(QObject *parent)
    : QObject(parent)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &EvidenceCapture::clipboardChanged);
}

void EvidenceCapture::setContact(ContactController *contact)
{
    if (contact_ == contact)
        return;
    contact_ = contact;
    emit contactChanged();
}

void EvidenceCapture::setCaption(const QString &caption)
{
    if (caption_ == caption)
        return;
    caption_ = caption;
    emit captionChanged();
}

bool EvidenceCapture::clipboardHasImage() const
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *data = clipboard ? clipboard->mimeData() : nullptr;
    return data && data->hasImage();
}

its::Database *EvidenceCapture::target(its::media::EvidenceTarget &out)
{
    ContactController *contact = contact_.data();
    WalkController *walk = contact ? contact->walk() : nullptr;
    if (!contact || !walk || !walk->loaded()) {
        setError(tr("There is no walk to add this to."));
        return nullptr;
    }
    its::Database *db = walk->database();
    if (!db) {
        setError(tr("The vault is locked."));
        return nullptr;
    }
    out.walkId = walk->walkId().toStdString();
    out.caption = caption_.trimmed().toStdString();
    out.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    const QString contactId = contact->contactId();
    if (!contactId.isEmpty()) {
        out.contactId = contactId.toStdString();
        // Its place on the contact's timeline: the contact's clock now (the total so far, or
        // the whole contact once it is closed).
        out.contactOffsetMs = static_cast<std::int64_t>(contact->totalMs());
    }
    return db;
}

bool EvidenceCapture::finish(const its::media::IntakeResult &result)
{
    if (!result.ok()) {
        setError(result.error);
        return false;
    }
    setError({});
    setCaption({});
    emit saved(QString::fromStdString(result.id));
    return true;
}

bool EvidenceCapture::addCameraImage(const QVariant &image)
{
    its::media::EvidenceTarget where;
    its::Database *db = target(where);
    if (!db)
        return false;
    its::EvidenceStore store(*db);
    return finish(its::media::storePhotoImage(store, image.value<QImage>(), where));
}

bool EvidenceCapture::addVideoFrame(QVideoSink *sink)
{
    its::media::EvidenceTarget where;
    its::Database *db = target(where);
    if (!db)
        return false;
    its::EvidenceStore store(*db);
    return finish(
        its::media::storePhotoFrame(store, sink ? sink->videoFrame() : QVideoFrame(), where));
}

bool EvidenceCapture::addImageFile(const QUrl &file)
{
    its::media::EvidenceTarget where;
    its::Database *db = target(where);
    if (!db)
        return false;
    QFile in(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!in.open(QIODevice::ReadOnly)) {
        setError(tr("The file could not be opened (%1). Nothing was added.").arg(in.errorString()));
        return false;
    }
    const QByteArray bytes = in.readAll();
    its::EvidenceStore store(*db);
    return finish(its::media::storePhotoBytes(store, bytes, where));
}

bool EvidenceCapture::pasteImage()
{
    its::media::EvidenceTarget where;
    its::Database *db = target(where);
    if (!db)
        return false;
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QImage image = clipboard ? clipboard->image() : QImage();
    if (image.isNull()) {
        setError(tr("The clipboard holds no picture. Copy a screenshot or an image first."));
        return false;
    }
    its::EvidenceStore store(*db);
    return finish(its::media::storePhotoImage(store, image, where));
}

QString EvidenceCapture::consentSentence() const
{
    const ContactController *contact = contact_.data();
    const WalkController *walk = contact ? contact->walk() : nullptr;
    return CallAudioPolicy::consentSentence(
        walk ? QString::fromStdString(walk->walk().journey.language) : QString());
}

bool EvidenceCapture::recordConsentSaid()
{
    its::media::EvidenceTarget where;
    its::Database *db = target(where);
    if (!db)
        return false;
    if (!where.contactId) {
        setError(tr("Start the contact first: the consent is noted in its log."));
        return false;
    }
    const ContactController *contact = contact_.data();
    const WalkController *walk = contact ? contact->walk() : nullptr;
    const std::string language = walk ? walk->walk().journey.language : std::string();
    try {
        its::EvidencePolicy(*db).recordConsent(*where.contactId, "call_audio", language,
                                               consentSentence().toStdString(),
                                               its::SystemClock().now());
    } catch (const std::exception &error) {
        setError(tr("Not saved: %1").arg(errorText(error)));
        return false;
    }
    setError({});
    return true;
}

void EvidenceCapture::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}
