#pragma once
// Test frames as a camera would deliver them: a picture written into a real QVideoFrame of a
// given pixel format (packed RGB, planar and semi-planar YUV, packed YUV), through map().

#include <QImage>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <cstring>

namespace qrscan::testing {

// Writes `picture` (any QImage format) into a new frame of `format`; an invalid frame when the
// format is not one handled here or the frame cannot be mapped.
inline QVideoFrame
makeFrame(const QImage &picture, QVideoFrameFormat::PixelFormat format,
          QVideoFrameFormat::Direction direction = QVideoFrameFormat::TopToBottom)
{
    QVideoFrameFormat frameFormat(picture.size(), format);
    frameFormat.setScanLineDirection(direction);
    QVideoFrame frame(frameFormat);
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    // Rows in memory order: BottomToTop frames store the last row first.
    const auto row = [&](int y) {
        return direction == QVideoFrameFormat::BottomToTop ? picture.height() - 1 - y : y;
    };
    const int width = picture.width();
    const int height = picture.height();
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    bool written = true;
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_Y8: {
        for (int y = 0; y < height; ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), gray.constScanLine(row(y)),
                        static_cast<std::size_t>(width));
        for (int plane = 1; plane < frame.planeCount(); ++plane) // neutral chroma: grey
            std::memset(frame.bits(plane), 128, static_cast<std::size_t>(frame.mappedBytes(plane)));
        break;
    }
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
        const int lumaAt = format == QVideoFrameFormat::Format_YUYV ? 0 : 1;
        for (int y = 0; y < height; ++y) {
            uchar *out = frame.bits(0) + y * frame.bytesPerLine(0);
            const uchar *in = gray.constScanLine(row(y));
            for (int x = 0; x < width; ++x) {
                out[2 * x + lumaAt] = in[x];
                out[2 * x + 1 - lumaAt] = 128;
            }
        }
        break;
    }
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_XRGB8888: {
        // Bytes A (or X), R, G, B: no QImage format matches on a little-endian machine.
        for (int y = 0; y < height; ++y) {
            uchar *out = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < width; ++x) {
                const QRgb pixel = picture.pixel(x, row(y));
                out[4 * x] = 0xff;
                out[4 * x + 1] = static_cast<uchar>(qRed(pixel));
                out[4 * x + 2] = static_cast<uchar>(qGreen(pixel));
                out[4 * x + 3] = static_cast<uchar>(qBlue(pixel));
            }
        }
        break;
    }
    default: {
        const QImage::Format imageFormat = QVideoFrameFormat::imageFormatFromPixelFormat(format);
        if (imageFormat == QImage::Format_Invalid) {
            written = false;
            break;
        }
        const QImage converted = picture.convertToFormat(imageFormat);
        for (int y = 0; y < height; ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), converted.constScanLine(row(y)),
                        static_cast<std::size_t>(converted.bytesPerLine()));
    }
    }
    frame.unmap();
    return written ? frame : QVideoFrame();
}

} // namespace qrscan::testing
