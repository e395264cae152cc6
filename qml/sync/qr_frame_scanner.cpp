#include "qr_frame_scanner.h"

#include "sync/invitation_qr.h"

#include <QVideoFrameFormat>
#include <QtConcurrent/QtConcurrentRun>
#include <cstring>
#include <exception>

using its::sync::decodeQr;
using its::sync::GrayImageView;

namespace {

// Formats whose first plane is the luma (Y) of each pixel: 8 or 16 bits (little-endian) deep.
int lumaPlaneDepth(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return 8;
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
    case QVideoFrameFormat::Format_YUV420P10:
        return 16;
    default:
        return 0;
    }
}

// Packed 4:2:2 (two pixels in four bytes): offset of the first Y byte, or -1.
int packedLumaOffset(QVideoFrameFormat::PixelFormat format)
{
    if (format == QVideoFrameFormat::Format_YUYV)
        return 0;
    if (format == QVideoFrameFormat::Format_UYVY)
        return 1;
    return -1;
}

// 32-bit layouts with alpha (or padding) first: 1 = A R G B, -1 = A B G R, 0 = neither.
int alphaFirstOrder(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
        return 1;
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
        return -1;
    default:
        return 0;
    }
}

// Gray of a mapped frame's first plane, or a deep copy of its RGB pixels; null when the layout
// is not one of those.
QImage copyMappedPlane(const QVideoFrame &frame)
{
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    const int width = frame.width();
    const int height = frame.height();
    const uchar *bits = frame.bits(0);
    const qsizetype stride = frame.bytesPerLine(0);
    if (!bits || stride <= 0 || frame.mappedBytes(0) < stride * height)
        return {};

    if (const int depth = lumaPlaneDepth(format); depth > 0) {
        QImage gray(width, height, QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y) {
            const uchar *in = bits + y * stride;
            uchar *out = gray.scanLine(y);
            if (depth == 8) {
                std::memcpy(out, in, static_cast<std::size_t>(width));
            } else {
                for (int x = 0; x < width; ++x)
                    out[x] = in[2 * x + 1]; // high byte of a little-endian sample
            }
        }
        return gray;
    }
    if (const int offset = packedLumaOffset(format); offset >= 0) {
        QImage gray(width, height, QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y) {
            const uchar *in = bits + y * stride + offset;
            uchar *out = gray.scanLine(y);
            for (int x = 0; x < width; ++x)
                out[x] = in[2 * x];
        }
        return gray;
    }
    if (const int alphaFirst = alphaFirstOrder(format); alphaFirst != 0) {
        // A or X first: no QImage format has that byte order; reorder to R, G, B, A.
        QImage rgba(width, height, QImage::Format_RGBX8888);
        for (int y = 0; y < height; ++y) {
            const uchar *in = bits + y * stride;
            uchar *out = rgba.scanLine(y);
            for (int x = 0; x < width; ++x, in += 4, out += 4) {
                const bool rgb = alphaFirst > 0; // ARGB: R at 1; ABGR: B at 1
                out[0] = rgb ? in[1] : in[3];
                out[1] = in[2];
                out[2] = rgb ? in[3] : in[1];
                out[3] = 0xff;
            }
        }
        return rgba;
    }
    const QImage::Format imageFormat = QVideoFrameFormat::imageFormatFromPixelFormat(format);
    if (imageFormat == QImage::Format_Invalid)
        return {};
    // Wraps the mapped bytes, then copies them: the frame is unmapped when we return.
    return QImage(bits, width, height, stride, imageFormat).copy();
}

} // namespace

QrFrameScanner::QrFrameScanner(QObject *parent)
    : QObject(parent)
{
    pool_.setMaxThreadCount(1);
    connect(&watcher_, &QFutureWatcherBase::finished, this, &QrFrameScanner::decodeFinished);
}

QrFrameScanner::~QrFrameScanner()
{
    // No slot of ours may run for the decode in flight; pool_'s destructor then waits for it.
    watcher_.disconnect(this);
}

void QrFrameScanner::setVideoSink(QVideoSink *sink)
{
    if (sink_ == sink)
        return;
    if (sink_)
        disconnect(sink_, nullptr, this, nullptr);
    sink_ = sink;
    // A camera's sink may emit on its own thread: the frame is then queued to ours.
    if (sink_)
        connect(sink_, &QVideoSink::videoFrameChanged, this, &QrFrameScanner::takeFrame);
    emit videoSinkChanged();
}

void QrFrameScanner::setActive(bool active)
{
    if (active_ == active)
        return;
    active_ = active;
    ++generation_;
    sinceLastFrame_.invalidate();
    if (active_ && framesScanned_ != 0) {
        framesScanned_ = 0;
        emit framesScannedChanged();
    }
    setStatus(active_ ? Waiting : (status_ == Found ? Found : Idle));
    emit activeChanged();
}

void QrFrameScanner::setMinimumInterval(int ms)
{
    ms = qMax(0, ms);
    if (minimumInterval_ == ms)
        return;
    minimumInterval_ = ms;
    emit minimumIntervalChanged();
}

QImage QrFrameScanner::copyPicture(const QVideoFrame &frame, QString *error)
{
    if (!frame.isValid() || frame.width() <= 0 || frame.height() <= 0) {
        *error = tr("The camera sent an empty picture.");
        return {};
    }
    QImage picture;
    QVideoFrame mapped(frame); // shares the buffer; map() is per handle
    if (mapped.handleType() == QVideoFrame::NoHandle && mapped.map(QVideoFrame::ReadOnly)) {
        picture = copyMappedPlane(mapped);
        mapped.unmap();
    }
    // Other layouts (JPEG, AYUV, GPU textures): Qt converts. On this thread, which owns the
    // video output's graphics resources.
    if (picture.isNull())
        picture = frame.toImage();
    if (picture.isNull()) {
        *error = tr("The camera's picture format (%1) cannot be read.")
                     .arg(QVideoFrameFormat::pixelFormatToString(frame.pixelFormat()));
        return {};
    }
    if (frame.surfaceFormat().scanLineDirection() == QVideoFrameFormat::BottomToTop)
        picture = picture.mirrored(false, true); // else the code would read mirrored
    return picture;
}

void QrFrameScanner::takeFrame(const QVideoFrame &frame)
{
    if (!active_ || inFlight_ || !frame.isValid())
        return; // invalid: a camera starting or stopping sends those
    if (sinceLastFrame_.isValid() && sinceLastFrame_.elapsed() < minimumInterval_)
        return;
    sinceLastFrame_.start();

    QString error;
    QImage picture = copyPicture(frame, &error);
    if (picture.isNull()) {
        setStatus(Failed, error);
        return;
    }
    const quint64 generation = generation_;
    watcher_.setFuture(QtConcurrent::run(&pool_, [generation, picture = std::move(picture)] {
        const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
        const GrayImageView view{gray.constBits(), gray.width(), gray.height(),
                                 static_cast<int>(gray.bytesPerLine())};
        Outcome outcome{generation, {}};
        try {
            outcome.text = decodeQr(view);
        } catch (const std::exception &) {
            // no QR code in this frame (SyncError): the next one may have it
        }
        return outcome;
    }));
    inFlight_ = true;
    emit busyChanged();
}

void QrFrameScanner::decodeFinished()
{
    const Outcome outcome = watcher_.result();
    // Deactivated (or restarted) while this frame was decoded: its result is stale.
    const bool current = outcome.generation == generation_ && active_;
    const bool read = current && !outcome.text.isEmpty();
    inFlight_ = false;
    if (current)
        ++framesScanned_;
    if (read) {
        active_ = false;
        ++generation_;
    }
    // Signals last, each checked: a handler may destroy us (the dialog closes on found()).
    const QPointer<QrFrameScanner> self(this);
    emit busyChanged();
    if (!self || !current)
        return;
    emit framesScannedChanged();
    if (!self)
        return;
    setStatus(read ? Found : Scanning);
    if (!self || !read)
        return;
    emit activeChanged();
    if (self)
        emit found(outcome.text);
}

void QrFrameScanner::setStatus(Status status, const QString &error)
{
    if (status_ == status && errorString_ == error)
        return;
    status_ = status;
    errorString_ = error;
    emit statusChanged();
}
