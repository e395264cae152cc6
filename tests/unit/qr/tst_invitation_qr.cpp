// QR invitations end to end without a camera: core/sync/invitation_qr (zxing-cpp) and the
// QrCodeItem painter, through real PNG files for the executive's "read from an image".
#include "qr_code_item.h"
#include "review_enroll_controller.h"
#include "sync/invitation_qr.h"
#include "sync/sync_error.h"
#include "sync_fixtures.h"
#include "vault_session.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace its;
using namespace its::sync;

namespace {

QString decodeImage(const QImage &picture)
{
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    return decodeQr(
        {gray.constBits(), gray.width(), gray.height(), static_cast<int>(gray.bytesPerLine())});
}

// What a phone photo of a screen does to the code: resampled larger, turned, on a grey desk,
// lower contrast and sensor noise. Deterministic (fixed seed) so a failure can be reproduced.
QImage photoOf(const QImage &code)
{
    const QImage scaled =
        code.scaled(code.size() * 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage turned = scaled.transformed(QTransform().rotate(90), Qt::SmoothTransformation);
    QImage photo(turned.width() + 300, turned.height() + 200, QImage::Format_Grayscale8);
    photo.fill(QColor(110, 110, 110));
    QPainter painter(&photo);
    painter.drawImage(170, 90, turned);
    painter.end();
    QRandomGenerator random(20261123);
    for (int y = 0; y < photo.height(); ++y) {
        uchar *line = photo.scanLine(y);
        for (int x = 0; x < photo.width(); ++x) {
            // Contrast squeezed into 40..215, plus noise of +-30.
            const int value = 40 + line[x] * 175 / 255 + random.bounded(-30, 31);
            line[x] = static_cast<uchar>(std::clamp(value, 0, 255));
        }
    }
    return photo;
}

QString errorOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const SyncError &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace

class TestInvitationQr : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    QString invitation; // a real one, from a review circle in a real vault

    QString savePng(const QImage &image, const QString &name)
    {
        const QString path = tmp.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        Vault review = testing::createVault(tmp.path() + "/review");
        const ReviewCircle circle = createReviewCircle(
            review.db(), "https://cloud.example.com/remote.php/dav/files/cco/InTheirShoes review/",
            1);
        invitation = invitationToText(makeInvitation(circle));
        qInfo("invitation text: %lld bytes", static_cast<long long>(invitation.toUtf8().size()));
        QVERIFY(invitation.toUtf8().size() < 1000);
    }

    void paintedInvitationDecodesToTheSameText()
    {
        const QrMatrix matrix = encodeQr(invitation);
        qInfo("QR code: %d x %d modules", matrix.size, matrix.size);
        QVERIFY(matrix.size >= 21 && (matrix.size - 17) % 4 == 0); // a real QR version size
        const QImage image = QrCodeItem::renderImage(invitation, 4);
        QCOMPARE(image.width(), (matrix.size + 2 * kQrQuietZoneModules) * 4);
        // Only pure black and white, and the quiet zone is white all round.
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y) & 0xffffff;
                QVERIFY(pixel == 0 || pixel == 0xffffff);
                const bool quiet = std::min({x, y, image.width() - 1 - x, image.height() - 1 - y}) <
                                   kQrQuietZoneModules * 4;
                if (quiet)
                    QCOMPARE(pixel, QRgb(0xffffff));
            }
        // The top-left finder pattern starts right after the quiet zone.
        QCOMPARE(image.pixel(16, 16) & 0xffffff, QRgb(0));
        QCOMPARE(decodeImage(image), invitation);
        QCOMPARE(parseInvitation(decodeImage(image)).reviewPublic,
                 parseInvitation(invitation).reviewPublic);
    }

    void photoLikePictureDecodes()
    {
        const QImage photo = photoOf(QrCodeItem::renderImage(invitation, 4));
        QVERIFY(!savePng(photo, "photo.png").isEmpty()); // kept for a look when it fails
        QCOMPARE(decodeImage(photo), invitation);
    }

    void nonAsciiTextRoundTrips()
    {
        const QString text = QStringLiteral("Cerchia di revisione: è già qui — ünïcode ✓");
        QCOMPARE(decodeImage(QrCodeItem::renderImage(text, 3)), text);
    }

    void pictureWithoutACodeIsAClearError()
    {
        QImage picture(400, 300, QImage::Format_RGB32);
        QPainter painter(&picture);
        painter.fillRect(picture.rect(), QLinearGradient(0, 0, 400, 300));
        painter.setPen(Qt::black);
        painter.drawText(picture.rect(), Qt::AlignCenter, "intheirshoes:invite?v=1");
        painter.end();
        QCOMPARE(errorOf([&] { decodeImage(picture); }), QString("no QR code found in the image"));
        QCOMPARE(errorOf([] { decodeQr({}); }), QString("the image is empty or could not be read"));
    }

    void codeThatIsNotAnInvitationSaysSo()
    {
        const QImage gray =
            QrCodeItem::renderImage("hello", 4).convertToFormat(QImage::Format_Grayscale8);
        const GrayImageView view{gray.constBits(), gray.width(), gray.height(),
                                 static_cast<int>(gray.bytesPerLine())};
        QCOMPARE(decodeQr(view), QString("hello"));
        const QString error = errorOf([&] { readInvitationQr(view); });
        QVERIFY2(error.startsWith("not a review invitation"), qPrintable(error));
    }

    void textThatCannotBeEncodedIsRefused()
    {
        QVERIFY(!errorOf([] { encodeQr({}); }).isEmpty());
        QVERIFY(errorOf([] { encodeQr(QString(5000, 'x')); }).startsWith("cannot make a QR code"));
        QrCodeItem item;
        item.setText(QString(5000, 'x'));
        QCOMPARE(item.moduleCount(), 0);
        QVERIFY(!item.errorString().isEmpty());
        item.setText(invitation);
        QCOMPARE(item.moduleCount(), encodeQr(invitation).size);
        QVERIFY(item.errorString().isEmpty());
        QCOMPARE(item.implicitWidth(), (item.moduleCount() + 2 * kQrQuietZoneModules) * 4.0);
    }

    void enrollPageReadsTheInvitationFromAnImage()
    {
        ReviewEnrollController enrollment;
        const QString photo = savePng(photoOf(QrCodeItem::renderImage(invitation, 4)), "qr.png");
        QCOMPARE(enrollment.readInvitationImage(QUrl::fromLocalFile(photo)), invitation);
        QVERIFY(enrollment.errorString().isEmpty());

        const QString hello = savePng(QrCodeItem::renderImage("hello", 4), "hello.png");
        QCOMPARE(enrollment.readInvitationImage(QUrl::fromLocalFile(hello)), QString());
        QVERIFY2(enrollment.errorString().contains("not a valid invitation") &&
                     enrollment.errorString().contains("not a review invitation"),
                 qPrintable(enrollment.errorString()));

        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString empty = savePng(blank, "blank.png");
        QCOMPARE(enrollment.readInvitationImage(QUrl::fromLocalFile(empty)), QString());
        QVERIFY2(enrollment.errorString().startsWith("No QR code found"),
                 qPrintable(enrollment.errorString()));

        QCOMPARE(enrollment.readInvitationImage(QUrl::fromLocalFile(tmp.filePath("missing.png"))),
                 QString());
        QVERIFY2(enrollment.errorString().startsWith("Cannot open the image"),
                 qPrintable(enrollment.errorString()));
        // A good image afterwards clears the error.
        QCOMPARE(enrollment.readInvitationImage(QUrl::fromLocalFile(photo)), invitation);
        QVERIFY(enrollment.errorString().isEmpty());
    }
};

QTEST_MAIN(TestInvitationQr)
#include "tst_invitation_qr.moc"
