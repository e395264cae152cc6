// Photo intake: real image files made here (one JPEG carrying a hand-built EXIF block with GPS
// tags and a rotation), camera frames, and bad input, stored in a real encrypted vault.
#include "photo_intake.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QBuffer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QtEndian>
#include <QtTest>
#include <memory>

using namespace its;
using namespace its::media;

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return out;
}

QImage gradient(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x + y) % 256));
    return image;
}

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8)).append(char(v & 0xff));
}
void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v >> 16));
    put16(out, quint16(v & 0xffff));
}
void entry(QByteArray &out, quint16 tag, quint16 type, quint32 count, quint32 value)
{
    put16(out, tag);
    put16(out, type);
    put32(out, count);
    put32(out, value);
}

constexpr const char *kDatum = "SECRET-DATUM-42"; // GPSMapDatum: findable if it survives

// An APP1 "Exif" segment, big-endian TIFF: IFD0 = Orientation 6 (rotate 90) + GPS pointer;
// GPS IFD = latitude ref, latitude (3 rationals), map datum.
QByteArray exifApp1()
{
    QByteArray tiff("MM\0\x2a", 4);
    put32(tiff, 8);                      // IFD0 at 8
    put16(tiff, 2);                      // two entries: 8 + 2 + 24 + 4 = 38
    entry(tiff, 0x0112, 3, 1, 6u << 16); // SHORT, left-justified in the value field
    entry(tiff, 0x8825, 4, 1, 38);       // GPS IFD at 38
    put32(tiff, 0);
    const quint32 gpsEntries = 3;
    const quint32 dataAt = 38 + 2 + gpsEntries * 12 + 4; // 80
    const QByteArray datum = QByteArray(kDatum) + '\0';
    put16(tiff, quint16(gpsEntries));
    entry(tiff, 0x0001, 2, 2, quint32('N') << 24);              // "N\0" inline
    entry(tiff, 0x0002, 5, 3, dataAt);                          // 3 rationals
    entry(tiff, 0x0012, 2, quint32(datum.size()), dataAt + 24); // map datum
    put32(tiff, 0);
    for (quint32 v : {45u, 1u, 27u, 1u, 1234u, 100u})
        put32(tiff, v);
    tiff += datum;
    QByteArray segment("\xff\xe1", 2);
    const QByteArray body = QByteArray("Exif\0\0", 6) + tiff;
    put16(segment, quint16(body.size() + 2));
    return segment + body;
}

// The marker bytes of every segment before the image data.
QList<int> jpegMarkers(const QByteArray &jpeg)
{
    QList<int> markers;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && uchar(jpeg[at]) == 0xff) {
        const int marker = uchar(jpeg[at + 1]);
        markers << marker;
        if (marker == 0xda)
            break;
        at += 2 + qFromBigEndian<quint16>(jpeg.constData() + at + 2);
    }
    return markers;
}

QSize storedSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    return reader.size();
}

} // namespace

class TestPhotoIntake : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<Vault> vault_;
    std::unique_ptr<EvidenceStore> store_;
    std::string walk_;
    std::string contact_;

    EvidenceTarget target(const std::string &caption, std::int64_t offsetMs) const
    {
        return EvidenceTarget{walk_, contact_, caption, offsetMs, 1'700'000'000'000};
    }
    QByteArray stored(const IntakeResult &result)
    {
        const auto bytes = EvidenceStore(vault_->db()).read(result.id);
        return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                          static_cast<qsizetype>(bytes.size()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        vault_ = std::make_unique<Vault>(
            Vault::create(tmp_.path().toStdString() + "/v", "pw", KdfCost::Test).vault);
        store_ = std::make_unique<EvidenceStore>(vault_->db());
        WalkStore walks(vault_->db());
        walk_ = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        contact_ = walks.startContact(walk_, "call", testing::at(2));
    }
    void cleanupTestCase()
    {
        store_.reset();
        vault_.reset();
    }

    void exifAndGpsAreGoneAndRotationIsApplied()
    {
        const QByteArray plain = encode(gradient(300, 100), "jpeg");
        QByteArray tagged = plain;
        tagged.insert(2, exifApp1()); // right after SOI
        QVERIFY(tagged.contains("Exif") && tagged.contains(kDatum));
        {
            QBuffer buffer(&tagged);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            QCOMPARE(reader.transformation(), QImageIOHandler::TransformationRotate90);
        }
        const IntakeResult result = storePhotoBytes(*store_, tagged, target("Shelf", 61'000));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QByteArray jpeg = stored(result);
        QVERIFY(jpeg.startsWith("\xff\xd8"));
        QVERIFY(!jpeg.contains("Exif"));
        QVERIFY(!jpeg.contains(kDatum));
        const QList<int> markers = jpegMarkers(jpeg);
        QVERIFY(!markers.isEmpty() && markers.last() == 0xda);
        for (int marker : markers) // no APP1 (EXIF/XMP), APP2 (ICC) or COM segment
            QVERIFY2(marker != 0xe1 && marker != 0xe2 && marker != 0xfe,
                     qPrintable(QString::number(marker, 16)));
        QCOMPARE(storedSize(jpeg), QSize(100, 300)); // turned upright before the tag was dropped

        const EvidenceInfo info = EvidenceStore(vault_->db()).info(result.id);
        QCOMPARE(info.mime, std::string("image/jpeg"));
        QCOMPARE(info.caption, std::string("Shelf"));
        QCOMPARE(info.contactOffsetMs, std::optional<std::int64_t>(61'000));
        QCOMPARE(info.contactId, std::optional<std::string>(contact_));
    }

    void largePngIsScaledToTheLongSide()
    {
        QImage big = gradient(4100, 1025);
        big.setText("Author", "Mario Rossi"); // a PNG text chunk must not travel either
        const QByteArray png = encode(big, "png");
        QVERIFY(png.contains("Mario Rossi"));
        const IntakeResult result = storePhotoBytes(*store_, png, target("Web page", 5));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QByteArray jpeg = stored(result);
        QCOMPARE(storedSize(jpeg), QSize(2048, 512));
        QVERIFY(!jpeg.contains("Mario Rossi"));
    }

    void cameraFrameIsStoredScaled()
    {
        QVideoFrame frame(QVideoFrameFormat(QSize(3000, 1500), QVideoFrameFormat::Format_BGRA8888));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        for (int y = 0; y < 1500; ++y)
            std::memset(frame.bits(0) + y * frame.bytesPerLine(0), y % 256, 3000 * 4);
        frame.unmap();
        const IntakeResult result = storePhotoFrame(*store_, frame, target("Counter", 0));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(storedSize(stored(result)), QSize(2048, 1024));
    }

    void badInputIsRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("this is not a picture, just a note\n");
        QTest::newRow("jpeg header only") << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF", 10);
    }
    void badInputIsRefusedAndNothingIsStored()
    {
        QFETCH(QByteArray, bytes);
        const std::size_t before = EvidenceStore(vault_->db()).list(walk_).size();
        const IntakeResult result = storePhotoBytes(*store_, bytes, target("Broken", 1));
        QVERIFY(!result.ok());
        QVERIFY(result.id.empty());
        QVERIFY2(result.error.contains("empty") || result.error.contains("not a picture"),
                 qPrintable(result.error));
        QCOMPARE(EvidenceStore(vault_->db()).list(walk_).size(), before);
        QVERIFY(!storePhotoFrame(*store_, QVideoFrame(), target("x", 1)).ok());
    }
};

QTEST_MAIN(TestPhotoIntake)
#include "tst_photo_intake.moc"
