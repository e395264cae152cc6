#pragma once
// Photos for the contact on screen: from the camera (ImageCapture's image in memory, or a
// frame of the picture's VideoSink), from a picked file or from the clipboard. Everything goes
// through its_media's photo intake (scaled, EXIF/GPS gone, re-encoded in memory) straight into
// the vault, with the caption typed beforehand and the time on the contact's timeline.

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

class ContactController;
class QVideoSink;
namespace its {
class Database;
}
namespace its::media {
struct EvidenceTarget;
struct IntakeResult;
} // namespace its::media

class EvidenceCapture : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("contact_controller.h")
    Q_MOC_INCLUDE(<QVideoSink>)
    QML_ELEMENT
    Q_PROPERTY(ContactController *contact READ contact WRITE setContact NOTIFY contactChanged)
    // The caption of the next item; cleared once it is saved.
    Q_PROPERTY(QString caption READ caption WRITE setCaption NOTIFY captionChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool clipboardHasImage READ clipboardHasImage NOTIFY clipboardChanged)

public:
    explicit EvidenceCapture(QObject *parent = nullptr);

    ContactController *contact() const { return contact_; }
    void setContact(ContactController *contact);
    QString caption() const { return caption_; }
    void setCaption(const QString &caption);
    QString errorString() const { return errorString_; }
    bool clipboardHasImage() const;

    // Where an item taken now goes (walk, contact, caption, time on the contact's timeline).
    // Returns the vault to write to; nullptr with errorString set when there is no walk or the
    // vault is locked.
    its::Database *target(its::media::EvidenceTarget &out);

    // The image ImageCapture.imageCaptured handed over (a QImage in memory).
    Q_INVOKABLE bool addCameraImage(const QVariant &image);
    // The frame the camera picture shows now (the QR scanner's pattern; tests feed the sink).
    Q_INVOKABLE bool addVideoFrame(QVideoSink *sink);
    // A picked file: read into memory, never copied anywhere.
    Q_INVOKABLE bool addImageFile(const QUrl &file);
    // The clipboard's image (a screenshot of a web page or an email); the clipboard is left as is.
    Q_INVOKABLE bool pasteImage();

    // Call audio on speaker: the sentence to say first, in the walk's language.
    Q_INVOKABLE QString consentSentence() const;
    // Notes in the contact's log that the sentence was said (language, words, time). False with
    // errorString set when there is no contact yet or the vault is locked.
    Q_INVOKABLE bool recordConsentSaid();

signals:
    void contactChanged();
    void captionChanged();
    void errorStringChanged();
    void clipboardChanged();
    void saved(const QString &evidenceId);

private:
    bool finish(const its::media::IntakeResult &result);
    void setError(const QString &message);

    QPointer<ContactController> contact_;
    QString caption_;
    QString errorString_;
};
