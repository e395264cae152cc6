// Envelope crypto: seal + sign, verify, open; tampering, wrong keys and malformed input.
#include "sync/envelope.h"
#include "sync/sync_error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>
#include <sodium.h>

using namespace its::sync;

class TestSyncEnvelope : public QObject
{
    Q_OBJECT

    DeviceKeys device = DeviceKeys::generate();
    ReviewKeys review = ReviewKeys::generate();

    EnvelopeHeader header() const
    {
        EnvelopeHeader h;
        h.circleId = "c1";
        h.walkId = "w-1";
        h.revision = 2;
        h.finishedMs = 1'700'000'000'000;
        h.sealedMs = 1'700'000'100'000;
        return h;
    }

private slots:
    void roundTrip()
    {
        const QByteArray summary = R"({"walkId":"w-1","secret":"never in clear"})";
        const QByteArray bytes = sealEnvelope(header(), summary, review.boxPublic, device);
        QVERIFY(!bytes.contains("never in clear"));
        const ParsedEnvelope parsed = parseEnvelope(bytes);
        QCOMPARE(parsed.header.deviceId, device.deviceId());
        QCOMPARE(parsed.header.walkId, QString("w-1"));
        QCOMPARE(parsed.header.revision, 2);
        QCOMPARE(parsed.header.circleId, QString("c1"));
        QCOMPARE(parsed.header.reviewKey, fingerprint(review.boxPublic));
        QVERIFY(verifyEnvelope(parsed, device.signPublic));
        QCOMPARE(openEnvelope(parsed, review), summary);
    }

    void sealingTwiceGivesDifferentBytesButSameContent()
    {
        const QByteArray a = sealEnvelope(header(), "{}", review.boxPublic, device);
        const QByteArray b = sealEnvelope(header(), "{}", review.boxPublic, device);
        QVERIFY(a != b); // why the outbox stores the sealed bytes instead of re-sealing
        QCOMPARE(openEnvelope(parseEnvelope(a), review), openEnvelope(parseEnvelope(b), review));
    }

    void everyFlippedByteIsDetected()
    {
        const QByteArray bytes = sealEnvelope(header(), "{\"a\":1}", review.boxPublic, device);
        for (qsizetype i = 0; i < bytes.size(); i += 7) {
            QByteArray tampered = bytes;
            tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
            bool rejected = false;
            try {
                rejected = !verifyEnvelope(parseEnvelope(tampered), device.signPublic);
            } catch (const SyncError &error) {
                rejected = error.kind() == SyncErrorKind::Format;
            }
            QVERIFY2(rejected, qPrintable(QString("flipped byte %1 went unnoticed").arg(i)));
        }
    }

    void anotherDevicesKeyDoesNotVerify()
    {
        const QByteArray bytes = sealEnvelope(header(), "{}", review.boxPublic, device);
        const DeviceKeys other = DeviceKeys::generate();
        QVERIFY(!verifyEnvelope(parseEnvelope(bytes), other.signPublic));
    }

    void resignedByAnotherDeviceIsNotTheSameDevice()
    {
        // An attacker re-signing with its own key must also claim its own device id.
        const DeviceKeys other = DeviceKeys::generate();
        const ParsedEnvelope parsed =
            parseEnvelope(sealEnvelope(header(), "{}", review.boxPublic, other));
        QVERIFY(parsed.header.deviceId != device.deviceId());
        QVERIFY(!verifyEnvelope(parsed, device.signPublic));
    }

    void wrongReviewKeyGivesClearError()
    {
        const QByteArray bytes = sealEnvelope(header(), "{}", review.boxPublic, device);
        const ReviewKeys other = ReviewKeys::generate();
        try {
            openEnvelope(parseEnvelope(bytes), other);
            QFAIL("opened with the wrong key");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncErrorKind::Crypto);
            QVERIFY(QString(error.what()).contains("sealed to review key"));
            QVERIFY(QString(error.what()).contains(fingerprint(other.boxPublic)));
        }
    }

    void damagedCiphertextWithRightKeyDoesNotDecrypt()
    {
        QByteArray bytes = sealEnvelope(header(), "{\"a\":1}", review.boxPublic, device);
        ParsedEnvelope parsed = parseEnvelope(bytes);
        parsed.ciphertext[parsed.ciphertext.size() - 1] ^= 0x10;
        QVERIFY_THROWS_EXCEPTION(SyncError, openEnvelope(parsed, review));
    }

    void malformedInputIsAFormatError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = sealEnvelope(header(), "{}", review.boxPublic, device);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not an envelope") << QByteArray("hello world, this is not it");
        QTest::newRow("truncated") << good.left(40);
        QByteArray hugeHeader = good;
        hugeHeader[8] = '\x7f';
        QTest::newRow("header length") << hugeHeader;
        QByteArray badJson = good;
        badJson[12] = '[';
        QTest::newRow("header json") << badJson;
    }
    void malformedInputIsAFormatError()
    {
        QFETCH(QByteArray, bytes);
        try {
            parseEnvelope(bytes);
            QFAIL("parsed");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncErrorKind::Format);
            QVERIFY(QString(error.what()).startsWith("malformed envelope"));
        }
    }

    // Every cut of a whole envelope, wherever it falls, is incomplete (retried), not malformed
    // or altered; the whole one is not.
    void everyPrefixIsIncomplete()
    {
        const QByteArray bytes = sealEnvelope(header(), "{\"a\":1}", review.boxPublic, device);
        QVERIFY(parseEnvelope(bytes).header.sealedBytes > 0);
        QVERIFY(!incompleteEnvelope(bytes));
        for (qsizetype size = 0; size < bytes.size(); ++size) {
            const std::optional<QString> why = incompleteEnvelope(bytes.left(size));
            QVERIFY2(why, qPrintable(QStringLiteral("cut at %1 not seen").arg(size)));
            QVERIFY2(why->startsWith("incomplete"), qPrintable(*why));
        }
    }

    void notAnEnvelopeOrLongerIsNotIncomplete()
    {
        const QByteArray bytes = sealEnvelope(header(), "{}", review.boxPublic, device);
        QVERIFY(!incompleteEnvelope("hello world, this is not it"));
        QVERIFY(!incompleteEnvelope("ITSENV2\n"));
        QVERIFY(!incompleteEnvelope(bytes + "x"));
        QVERIFY_THROWS_EXCEPTION(SyncError, parseEnvelope(bytes + "x"));
    }

    // Envelopes sealed before the header stated sealedBytes still open; for them only a cut
    // before the signature's place can be told.
    void envelopeWithoutSealedBytesStillOpens()
    {
        const QByteArray summary = "{\"walkId\":\"w-1\"}";
        const QByteArray head = QJsonDocument(QJsonObject{
                                                  {"format", "intheirshoes.envelope"},
                                                  {"version", 1},
                                                  {"circle", "c1"},
                                                  {"device", device.deviceId()},
                                                  {"walk", "w-1"},
                                                  {"revision", 2},
                                                  {"finishedMs", qint64{1'700'000'000'000}},
                                                  {"sealedMs", qint64{1'700'000'100'000}},
                                                  {"reviewKey", fingerprint(review.boxPublic)},
                                              })
                                    .toJson(QJsonDocument::Compact);
        QByteArray sealed(summary.size() + qsizetype{crypto_box_SEALBYTES}, '\0');
        crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                        reinterpret_cast<const unsigned char *>(summary.constData()),
                        static_cast<unsigned long long>(summary.size()),
                        reinterpret_cast<const unsigned char *>(review.boxPublic.constData()));
        char length[4];
        qToBigEndian(static_cast<quint32>(head.size()), length);
        QByteArray bytes = QByteArray("ITSENV1\n") + QByteArray(length, 4) + head + sealed;
        bytes += signDetached(bytes, device.signSecret);

        const ParsedEnvelope parsed = parseEnvelope(bytes);
        QCOMPARE(parsed.header.sealedBytes, 0);
        QVERIFY(verifyEnvelope(parsed, device.signPublic));
        QCOMPARE(openEnvelope(parsed, review), summary);
        QVERIFY(!incompleteEnvelope(bytes));
        QVERIFY(incompleteEnvelope(bytes.left(12 + head.size() + 40)));
    }
};

QTEST_GUILESS_MAIN(TestSyncEnvelope)
#include "tst_sync_envelope.moc"
