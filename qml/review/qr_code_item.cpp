#include "qr_code_item.h"

#include "sync/sync_error.h"

#include <QPainter>
#include <algorithm>

using its::sync::kQrQuietZoneModules;
using its::sync::QrMatrix;

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setOpaquePainting(true);
}

void QrCodeItem::setText(const QString &text)
{
    if (text_ == text)
        return;
    text_ = text;
    matrix_ = {};
    errorString_.clear();
    if (!text_.isEmpty()) {
        try {
            matrix_ = its::sync::encodeQr(text_);
        } catch (const its::sync::SyncError &error) {
            errorString_ = QString::fromStdString(error.what());
        }
    }
    const int side = matrix_.size > 0 ? (matrix_.size + 2 * kQrQuietZoneModules) * 4 : 0;
    setImplicitSize(side, side);
    emit textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    const int side = static_cast<int>(std::min(width(), height()));
    painter->save();
    // Centre the square inside a non-square item.
    painter->translate((static_cast<int>(width()) - side) / 2,
                       (static_cast<int>(height()) - side) / 2);
    paintMatrix(*painter, matrix_, side);
    painter->restore();
}

void QrCodeItem::paintMatrix(QPainter &painter, const QrMatrix &matrix, int side)
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(0, 0, side, side, Qt::white);
    if (matrix.size <= 0)
        return;
    const int modules = matrix.size + 2 * kQrQuietZoneModules;
    const int module = std::max(1, side / modules);
    const int origin = (side - module * modules) / 2 + module * kQrQuietZoneModules;
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    // One rectangle per horizontal run of dark modules: fewer, seamless rectangles.
    for (int y = 0; y < matrix.size; ++y) {
        int x = 0;
        while (x < matrix.size) {
            if (!matrix.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.size && matrix.dark(x, y))
                ++x;
            painter.drawRect(origin + start * module, origin + y * module, (x - start) * module,
                             module);
        }
    }
}

QImage QrCodeItem::renderImage(const QString &text, int modulePixels)
{
    const QrMatrix matrix = its::sync::encodeQr(text);
    const int side = (matrix.size + 2 * kQrQuietZoneModules) * std::max(1, modulePixels);
    QImage image(side, side, QImage::Format_RGB32);
    QPainter painter(&image);
    paintMatrix(painter, matrix, side);
    painter.end();
    return image;
}
