#pragma once
// A QR code for QML (the review invitation on ReviewSetupPage). Always black modules on white
// with a 4-module quiet zone, whatever the theme, so phone scanners read it; modules are whole
// pixels and painted without antialiasing so the edges stay crisp.

#include "sync/invitation_qr.h"

#include <QImage>
#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // Modules per side without the quiet zone (0 when there is no code).
    Q_PROPERTY(int moduleCount READ moduleCount NOTIFY textChanged)
    // Why `text` could not be encoded ("" when it could, or when it is empty).
    Q_PROPERTY(QString errorString READ errorString NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return text_; }
    void setText(const QString &text);
    int moduleCount() const { return matrix_.size; }
    QString errorString() const { return errorString_; }

    void paint(QPainter *painter) override;

    // What paint() draws, for a `side` x `side` pixel square: white, then the modules at the
    // largest whole-pixel size that fits with the quiet zone, centred.
    static void paintMatrix(QPainter &painter, const its::sync::QrMatrix &matrix, int side);
    // The code as a picture with `modulePixels` per module (tests, saving).
    // Throws SyncError(Format) when `text` cannot be encoded.
    static QImage renderImage(const QString &text, int modulePixels);

signals:
    void textChanged();

private:
    QString text_;
    its::sync::QrMatrix matrix_;
    QString errorString_;
};
