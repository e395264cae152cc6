// Review key backup (Argon2id), invitations and enrollment requests.
#include "review/key_backup.h"
#include "sync/enrollment.h"
#include "sync/invitation.h"
#include "sync/sync_error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace its::sync;

class TestSyncKeys : public QObject
{
    Q_OBJECT

private slots:
    void backupRestoresTheSameKey()
    {
        const ReviewKeys keys = ReviewKeys::generate();
        const QByteArray file =
            exportReviewBackup({"c42", keys}, "correct horse", KdfCost::minimal());
        QVERIFY(!file.contains(keys.boxSecret.toByteArray().toBase64()));
        const ReviewBackup restored = importReviewBackup(file, "correct horse");
        QCOMPARE(restored.circleId, QString("c42"));
        QCOMPARE(restored.keys.boxPublic, keys.boxPublic);
        QCOMPARE(restored.keys.boxSecret.toByteArray(), keys.boxSecret.toByteArray());
        QVERIFY(restored.keys.consistent());
    }

    void wrongPassphraseIsACryptoError()
    {
        const QByteArray file =
            exportReviewBackup({"c1", ReviewKeys::generate()}, "right", KdfCost::minimal());
        try {
            importReviewBackup(file, "wrong");
            QFAIL("restored with the wrong passphrase");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncErrorKind::Crypto);
            QVERIFY(QString(error.what()).contains("wrong passphrase"));
        }
    }

    void damagedBackupIsAFormatError_data()
    {
        QTest::addColumn<QByteArray>("file");
        QByteArray good =
            exportReviewBackup({"c1", ReviewKeys::generate()}, "p", KdfCost::minimal());
        QTest::newRow("not json") << QByteArray("garbage");
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})");
        QByteArray noSalt = good;
        noSalt.replace("\"salt\"", "\"sal_\"");
        QTest::newRow("missing salt") << noSalt;
        QByteArray hugeCost = good;
        hugeCost.replace("\"opsLimit\": 1", "\"opsLimit\": 100000");
        QTest::newRow("absurd KDF cost") << hugeCost;
    }
    void damagedBackupIsAFormatError()
    {
        QFETCH(QByteArray, file);
        try {
            importReviewBackup(file, "p");
            QFAIL("accepted");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncErrorKind::Format);
        }
    }

    void emptyPassphraseRefused()
    {
        QVERIFY_THROWS_EXCEPTION(
            SyncError, exportReviewBackup({"c1", ReviewKeys::generate()}, "", KdfCost::minimal()));
    }

    void invitationRoundTrip()
    {
        const Invitation in{"c0ffee", ReviewKeys::generate().boxPublic,
                            "https://dav.example.com/remote.php/dav/files/cco/its review/"};
        const QString text = invitationToText(in);
        QVERIFY(text.startsWith("intheirshoes:invite?"));
        QVERIFY(!text.contains(' '));
        const Invitation out = parseInvitation("\n  " + text + "  \n");
        QCOMPARE(out.circleId, in.circleId);
        QCOMPARE(out.reviewPublic, in.reviewPublic);
        QCOMPARE(out.targetUrl, in.targetUrl);
    }

    void badInvitations_data()
    {
        QTest::addColumn<QString>("text");
        const QString key = toBase64(ReviewKeys::generate().boxPublic);
        QTest::newRow("other text") << "hello";
        QTest::newRow("no key") << "intheirshoes:invite?v=1&circle=c1&target=%2Ftmp";
        QTest::newRow("short key") << "intheirshoes:invite?v=1&circle=c1&key=AAAA&target=%2Ftmp";
        QTest::newRow("no target") << "intheirshoes:invite?v=1&circle=c1&key=" + key;
        QTest::newRow("version") << "intheirshoes:invite?v=9&circle=c1&key=" + key + "&target=x";
    }
    void badInvitations()
    {
        QFETCH(QString, text);
        try {
            parseInvitation(text);
            QFAIL("accepted");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncErrorKind::Format);
        }
    }

    void enrollmentRequestIsSelfSigned()
    {
        const DeviceKeys device = DeviceKeys::generate();
        const ReviewKeys review = ReviewKeys::generate();
        EnrollmentRequest request;
        request.circleId = "c1";
        request.label = "CFO phone";
        request.reviewKey = "abcd";
        request.createdMs = 5;
        const QByteArray file = makeEnrollmentRequest(request, device, review.boxPublic);
        const EnrollmentRequest parsed = parseEnrollmentRequest(file, review);
        QCOMPARE(parsed.deviceId, device.deviceId());
        QCOMPARE(parsed.label, QString("CFO phone"));
        QCOMPARE(parsed.signPublic, device.signPublic);
        QCOMPARE(parsed.createdMs, 5);

        // The label is sealed: not in the file, not readable with another review's key, and a
        // sealed label taken from another request breaks the signature.
        QVERIFY(!file.contains("CFO"));
        QVERIFY_THROWS_EXCEPTION(SyncError, parseEnrollmentRequest(file, ReviewKeys::generate()));
        request.label = "CEO phone";
        const QByteArray other = makeEnrollmentRequest(request, device, review.boxPublic);
        const auto sealedOf = [](const QByteArray &bytes) {
            return QJsonDocument::fromJson(bytes).object().value("sealedLabel").toString();
        };
        QByteArray swapped = file;
        swapped.replace(sealedOf(file).toUtf8(), sealedOf(other).toUtf8());
        QVERIFY(swapped != file);
        QVERIFY_THROWS_EXCEPTION(SyncError, parseEnrollmentRequest(swapped, review));
    }

    // Its length says nothing either: short and long labels seal to the same size.
    void sealedLabelIsPadded()
    {
        const DeviceKeys device = DeviceKeys::generate();
        const ReviewKeys review = ReviewKeys::generate();
        EnrollmentRequest request;
        request.circleId = "c1";
        request.label = "CEO";
        const QByteArray shortLabel = makeEnrollmentRequest(request, device, review.boxPublic);
        request.label = "Chief Customer Officer, second phone";
        const QByteArray longLabel = makeEnrollmentRequest(request, device, review.boxPublic);
        QCOMPARE(shortLabel.size(), longLabel.size());
        QCOMPARE(parseEnrollmentRequest(longLabel, review).label, request.label);
    }

    // Requests written before labels were sealed (version 1, label in clear) are still read.
    void versionOneRequestStillReads()
    {
        const DeviceKeys device = DeviceKeys::generate();
        nlohmann::json json = {{"format", "intheirshoes.enrollment"},
                               {"version", 1},
                               {"circle", "c1"},
                               {"device", device.deviceId().toStdString()},
                               {"label", "CFO phone"},
                               {"signKey", toBase64(device.signPublic).toStdString()},
                               {"reviewKey", "abcd"},
                               {"createdMs", 5}};
        const QByteArray signature =
            signDetached(QByteArray::fromStdString(json.dump()), device.signSecret);
        json["signature"] = toBase64(signature).toStdString();
        const QByteArray file = QByteArray::fromStdString(json.dump(2));
        const EnrollmentRequest parsed = parseEnrollmentRequest(file, ReviewKeys::generate());
        QCOMPARE(parsed.label, QString("CFO phone"));
        QCOMPARE(parsed.deviceId, device.deviceId());
        QByteArray relabelled = file;
        relabelled.replace("CFO phone", "CEO phone");
        QVERIFY_THROWS_EXCEPTION(SyncError,
                                 parseEnrollmentRequest(relabelled, ReviewKeys::generate()));
    }
};

QTEST_GUILESS_MAIN(TestSyncKeys)
#include "tst_sync_keys.moc"
