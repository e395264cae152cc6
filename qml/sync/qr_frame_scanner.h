#pragma once
// Reads the first QR code in a live video stream (the camera behind a VideoOutput) for
// QrScanDialog. While `active`, frames arriving on `videoSink` are sampled at most every
// `minimumInterval` ms: the frame is copied on the UI thread (plane 0 only, so the camera's
// buffer goes back at once) and turned into 8-bit gray and decoded on a worker thread, one frame
// in flight at a time; frames arriving meanwhile are dropped. The first code read is emitted
// once with found(text) and scanning stops; setting `active` again starts over.
//
// Destroying the scanner while a frame is being decoded waits for that one decode (a fraction of
// a second) so no work of it outlives it.

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

class QrFrameScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // Usually a VideoOutput's videoSink; null: nothing to scan.
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    // Why the last frame could not be read ("" unless status is Failed).
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    // True while a frame is being decoded on the worker thread.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Frames decoded since the scanner was last activated (with or without a code in them).
    Q_PROPERTY(int framesScanned READ framesScanned NOTIFY framesScannedChanged)
    // Shortest time between two sampled frames, in ms (default 250: at most 4 frames a second).
    Q_PROPERTY(int minimumInterval READ minimumInterval WRITE setMinimumInterval NOTIFY
                   minimumIntervalChanged)

public:
    enum Status
    {
        Idle,     // not active
        Waiting,  // active, no frame decoded yet
        Scanning, // frames decoded, no QR code in them so far
        Found,    // found() was emitted; inactive until activated again
        Failed    // the last frame could not be read (errorString); still trying
    };
    Q_ENUM(Status)

    explicit QrFrameScanner(QObject *parent = nullptr);
    ~QrFrameScanner() override;

    QVideoSink *videoSink() const { return sink_; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return active_; }
    void setActive(bool active);
    Status status() const { return status_; }
    QString errorString() const { return errorString_; }
    bool busy() const { return inFlight_; }
    int framesScanned() const { return framesScanned_; }
    int minimumInterval() const { return minimumInterval_; }
    void setMinimumInterval(int ms);

    // A copy of a frame's picture the worker can turn into gray: 8-bit gray already for the YUV
    // formats (their first plane is the luma), else a QImage in the frame's RGB layout. Null
    // (with `error` set) when the frame cannot be read. Public for tests.
    static QImage copyPicture(const QVideoFrame &frame, QString *error);

signals:
    void videoSinkChanged();
    void activeChanged();
    void statusChanged();
    void busyChanged();
    void framesScannedChanged();
    void minimumIntervalChanged();
    // The text of the first QR code read since the scanner was activated; emitted once.
    void found(const QString &text);

private:
    struct Outcome
    {
        quint64 generation = 0;
        QString text; // "" when the frame held no QR code
    };

    void takeFrame(const QVideoFrame &frame);
    void decodeFinished();
    void setStatus(Status status, const QString &error = {});

    QPointer<QVideoSink> sink_;
    bool active_ = false;
    Status status_ = Idle;
    QString errorString_;
    int framesScanned_ = 0;
    int minimumInterval_ = 250;
    // From taking a frame until its result is handled (not just while the worker runs: a result
    // waiting in the event queue still counts, so no second decode can start over it).
    bool inFlight_ = false;
    quint64 generation_ = 0; // bumped on every (de)activation: older decodes are ignored
    QElapsedTimer sinceLastFrame_;
    // Declared before the watcher, so it is destroyed after it: its destructor waits for the
    // decode in flight.
    QThreadPool pool_;
    QFutureWatcher<Outcome> watcher_;
};
