#pragma once
// What the camera QML test needs beyond the UI: a real invitation (review circle in a real
// vault), pictures of QR codes as PNG files (the image path) and as video frames pushed into a
// QVideoSink (the camera path, without a camera), and the fake platform's camera permission.
// Registered only in the test, as InTheirShoesCameraTest.CameraHooks.

#include <QObject>
#include <QTemporaryDir>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

class AppController;
class QJSEngine;
class QQmlEngine;

class CameraTestHooks : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(CameraHooks)
    QML_SINGLETON
    Q_PROPERTY(QString invitation READ invitation CONSTANT)
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
public:
    explicit CameraTestHooks(AppController *controller, QObject *parent = nullptr);

    static void setInstance(CameraTestHooks *hooks);
    static CameraTestHooks *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString invitation() const { return m_invitation; }
    QString screenshotDir() const;

    // The QR code of `text` saved as a PNG; its file URL ("" on failure).
    Q_INVOKABLE QString saveQrPng(const QString &text, const QString &name);
    // A 1280x720 NV12 camera frame showing the QR code of `text` (none when "") on a grey
    // background, sent through `sink` as a camera would.
    Q_INVOKABLE bool pushFrame(QVideoSink *sink, const QString &text);
    // What the fake platform answers the next camera permission request.
    Q_INVOKABLE void setCameraAllowed(bool allowed);

private:
    AppController *m_controller;
    QTemporaryDir m_dir;
    QString m_invitation;
};
