// QrFrameScanner without a camera: a real invitation's QR code is painted into real QVideoFrames
// of the formats cameras deliver, pushed through a real QVideoSink, and decoded on the worker
// thread. Found exactly once however many frames arrive; nothing found in frames without a code;
// an inactive scanner takes no frame; destroying it mid-decode is clean (also run under ASan).
#include "qr_frame_scanner.h"
#include "sync/invitation_qr.h"
#include "sync_fixtures.h"
#include "video_frames.h"

#include <QPainter>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace its;
using namespace its::sync;
using qrscan::testing::makeFrame;

namespace {

// The code as QrCodeItem paints it (black modules on white, 4-module quiet zone, whole pixels),
// on a grey background of `frameSize`, like a screen seen by a camera.
QImage pictureWithCode(const QString &text, QSize frameSize, int modulePixels)
{
    const QrMatrix matrix = encodeQr(text);
    QImage picture(frameSize, QImage::Format_RGB32);
    picture.fill(QColor(90, 100, 110));
    const int side = (matrix.size + 2 * kQrQuietZoneModules) * modulePixels;
    const QPoint origin((frameSize.width() - side) / 2, (frameSize.height() - side) / 2);
    QPainter painter(&picture);
    painter.fillRect(QRect(origin, QSize(side, side)), Qt::white);
    for (int y = 0; y < matrix.size; ++y)
        for (int x = 0; x < matrix.size; ++x)
            if (matrix.dark(x, y))
                painter.fillRect(origin.x() + (x + kQrQuietZoneModules) * modulePixels,
                                 origin.y() + (y + kQrQuietZoneModules) * modulePixels,
                                 modulePixels, modulePixels, Qt::black);
    return picture;
}

// A frame with no code: noise, as a camera pointed at a desk would see.
QImage pictureWithoutCode(QSize frameSize, quint32 seed)
{
    QImage picture(frameSize, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < picture.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
        for (int x = 0; x < picture.width(); ++x) {
            const int v = random.bounded(60, 200);
            line[x] = qRgb(v, v, v);
        }
    }
    return picture;
}

constexpr int kWaitMs = 20000; // generous: the machine is shared

} // namespace

class TestQrFrameScanner : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    QString invitation; // a real one, from a review circle in a real vault

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        Vault review = testing::createVault(tmp.path() + "/review");
        const ReviewCircle circle =
            createReviewCircle(review.db(), "https://dav.example.com/remote.php/dav/its/", 1);
        invitation = invitationToText(makeInvitation(circle));
        QVERIFY(invitation.startsWith("intheirshoes:invite?"));
    }

    void findsTheInvitationOnce_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("direction");
        using F = QVideoFrameFormat;
        QTest::newRow("ARGB8888") << int(F::Format_ARGB8888) << int(F::TopToBottom);
        QTest::newRow("BGRA8888") << int(F::Format_BGRA8888) << int(F::TopToBottom);
        QTest::newRow("XRGB8888 bottom-to-top") << int(F::Format_XRGB8888) << int(F::BottomToTop);
        QTest::newRow("BGRX8888") << int(F::Format_BGRX8888) << int(F::TopToBottom);
        QTest::newRow("RGBA8888") << int(F::Format_RGBA8888) << int(F::TopToBottom);
        QTest::newRow("NV12") << int(F::Format_NV12) << int(F::TopToBottom);
        QTest::newRow("YUV420P") << int(F::Format_YUV420P) << int(F::TopToBottom);
        QTest::newRow("NV21") << int(F::Format_NV21) << int(F::TopToBottom);
        QTest::newRow("Y8") << int(F::Format_Y8) << int(F::TopToBottom);
        QTest::newRow("YUYV") << int(F::Format_YUYV) << int(F::TopToBottom);
        QTest::newRow("UYVY") << int(F::Format_UYVY) << int(F::TopToBottom);
    }

    // Frames keep coming (as from a camera, faster than they can be decoded): one found().
    void findsTheInvitationOnce()
    {
        QFETCH(int, format);
        QFETCH(int, direction);
        // A new frame each time, as from a camera (QVideoSink ignores the same frame again).
        const QImage picture = pictureWithCode(invitation, {640, 480}, 5);
        const auto frame = [&] {
            return makeFrame(picture, QVideoFrameFormat::PixelFormat(format),
                             QVideoFrameFormat::Direction(direction));
        };
        QVERIFY(frame().isValid());

        QVideoSink sink;
        QrFrameScanner scanner;
        scanner.setMinimumInterval(0); // decode as many as it can: the worst case for "once"
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &QrFrameScanner::found);
        scanner.setActive(true);
        QCOMPARE(scanner.status(), QrFrameScanner::Waiting);

        QTimer camera; // a 200 fps camera
        camera.setInterval(5);
        connect(&camera, &QTimer::timeout, &sink, [&] { sink.setVideoFrame(frame()); });
        camera.start();
        QVERIFY(found.wait(kWaitMs));
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toString(), invitation);
        QCOMPARE(parseInvitation(found.at(0).at(0).toString()).reviewPublic,
                 parseInvitation(invitation).reviewPublic);
        QCOMPARE(scanner.status(), QrFrameScanner::Found);
        QVERIFY(!scanner.active());

        // Many more frames with the code: scanning has stopped.
        for (int i = 0; i < 40; ++i) {
            sink.setVideoFrame(frame());
            QVERIFY(!scanner.busy());
            QTest::qWait(5);
        }
        camera.stop();
        QCOMPARE(found.count(), 1);

        // Activated again, it reads again (once more).
        scanner.setActive(true);
        sink.setVideoFrame(frame());
        QVERIFY(found.wait(kWaitMs));
        QCOMPARE(found.count(), 2);
    }

    void framesWithoutACodeFindNothing()
    {
        QVideoSink sink;
        QrFrameScanner scanner;
        scanner.setMinimumInterval(0);
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &QrFrameScanner::found);
        scanner.setActive(true);
        for (quint32 seed = 1; scanner.framesScanned() < 3; ++seed) {
            sink.setVideoFrame(
                makeFrame(pictureWithoutCode({320, 240}, seed), QVideoFrameFormat::Format_NV12));
            QSignalSpy scanned(&scanner, &QrFrameScanner::framesScannedChanged);
            if (scanner.busy())
                QVERIFY(scanned.wait(kWaitMs));
        }
        QCOMPARE(found.count(), 0);
        QCOMPARE(scanner.status(), QrFrameScanner::Scanning);
        QVERIFY(scanner.active());
        QCOMPARE(scanner.errorString(), QString());
    }

    void inactiveScannerTakesNoFrame()
    {
        const QImage picture = pictureWithCode(invitation, {640, 480}, 5);
        const auto frame = [&] {
            return makeFrame(picture, QVideoFrameFormat::Format_NV12);
        };
        QVideoSink sink;
        QrFrameScanner scanner;
        scanner.setMinimumInterval(0);
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &QrFrameScanner::found);
        QSignalSpy busy(&scanner, &QrFrameScanner::busyChanged);
        for (int i = 0; i < 20; ++i) {
            sink.setVideoFrame(frame()); // same thread: the scanner sees it before this returns
            QVERIFY(!scanner.busy());
        }
        QCoreApplication::processEvents();
        QCOMPARE(busy.count(), 0);
        QCOMPARE(scanner.framesScanned(), 0);
        QCOMPARE(found.count(), 0);
        QCOMPARE(scanner.status(), QrFrameScanner::Idle);

        // The same picture is read once the scanner is active: it was ignored, not unreadable.
        scanner.setActive(true);
        sink.setVideoFrame(frame());
        QVERIFY(scanner.busy());
        QVERIFY(found.wait(kWaitMs));
    }

    // Switched off while a frame is decoded: that frame's code is not reported.
    void deactivatedMidDecodeReportsNothing()
    {
        QVideoSink sink;
        QrFrameScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &QrFrameScanner::found);
        QSignalSpy busy(&scanner, &QrFrameScanner::busyChanged);
        scanner.setActive(true);
        sink.setVideoFrame(
            makeFrame(pictureWithCode(invitation, {640, 480}, 5), QVideoFrameFormat::Format_NV12));
        QVERIFY(scanner.busy());
        scanner.setActive(false);
        QTRY_VERIFY_WITH_TIMEOUT(!scanner.busy(), kWaitMs);
        QCOMPARE(busy.count(), 2);
        QCOMPARE(found.count(), 0);
        QCOMPARE(scanner.status(), QrFrameScanner::Idle);
    }

    // The dialog closes mid-decode: the scanner goes, the sink keeps sending, nothing dangles.
    void destroyedMidDecodeIsClean()
    {
        const QImage picture = pictureWithCode(invitation, {1920, 1080}, 8);
        const auto frame = [&] {
            return makeFrame(picture, QVideoFrameFormat::Format_NV12);
        };
        QVideoSink sink;
        for (int round = 0; round < 5; ++round) {
            auto scanner = std::make_unique<QrFrameScanner>();
            scanner->setVideoSink(&sink);
            scanner->setActive(true);
            sink.setVideoFrame(frame());
            QVERIFY(scanner->busy());
            scanner.reset();
            sink.setVideoFrame(frame());
            QCoreApplication::processEvents();
        }
        // The sink goes first: the scanner forgets it.
        auto sink2 = std::make_unique<QVideoSink>();
        QrFrameScanner scanner;
        scanner.setVideoSink(sink2.get());
        sink2.reset();
        QCOMPARE(scanner.videoSink(), nullptr);
        scanner.setActive(true);
        QCOMPARE(scanner.status(), QrFrameScanner::Waiting);
    }

    // A found() handler destroys the scanner (QML closes and destroys the dialog), and frames
    // keep arriving from the camera meanwhile.
    void foundHandlerMayDestroyTheScanner()
    {
        const QImage picture = pictureWithCode(invitation, {640, 480}, 5);
        const auto frame = [&] {
            return makeFrame(picture, QVideoFrameFormat::Format_YUYV);
        };
        QVideoSink sink;
        QPointer<QrFrameScanner> scanner = new QrFrameScanner;
        scanner->setMinimumInterval(0);
        scanner->setVideoSink(&sink);
        QString text;
        connect(scanner, &QrFrameScanner::found, scanner, [&](const QString &value) {
            text = value;
            scanner->deleteLater();
        });
        scanner->setActive(true);
        sink.setVideoFrame(frame());
        QTRY_COMPARE_WITH_TIMEOUT(text, invitation, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(scanner.isNull(), kWaitMs);
        sink.setVideoFrame(frame());
    }

    // A frame that cannot be read: a readable error, and the scanner keeps trying.
    void unreadableFrameIsAReadableError()
    {
        QVideoFrameFormat jpegFormat(QSize(64, 48), QVideoFrameFormat::Format_Jpeg);
        QVideoFrame garbage(jpegFormat);
        if (garbage.map(QVideoFrame::WriteOnly)) {
            std::memset(garbage.bits(0), 0x5a, static_cast<std::size_t>(garbage.mappedBytes(0)));
            garbage.unmap();
        }
        QVideoSink sink;
        QrFrameScanner scanner;
        scanner.setMinimumInterval(0);
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &QrFrameScanner::found);
        scanner.setActive(true);
        sink.setVideoFrame(garbage);
        QCOMPARE(scanner.status(), QrFrameScanner::Failed);
        QVERIFY2(scanner.errorString().contains("cannot be read"),
                 qPrintable(scanner.errorString()));
        QVERIFY(scanner.active());
        // An empty frame (a camera stopping) is no news: skipped, the error stays.
        sink.setVideoFrame(QVideoFrame());
        QCOMPARE(scanner.status(), QrFrameScanner::Failed);
        QVERIFY(!scanner.busy());
        // The next good frame is read.
        sink.setVideoFrame(
            makeFrame(pictureWithCode(invitation, {640, 480}, 5), QVideoFrameFormat::Format_NV12));
        QVERIFY(found.wait(kWaitMs));
        QCOMPARE(scanner.errorString(), QString());
    }
};

QTEST_MAIN(TestQrFrameScanner)
#include "tst_qr_frame_scanner.moc"
