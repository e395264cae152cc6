// Evidence on a contact through the walk's view-models against a real vault (issue 11): photos
// from a file and the clipboard go through the photo intake into the vault with their caption
// and timeline time, the list (watched by QAbstractItemModelTester) shows them, the image
// provider decodes them into memory, and deleting one removes every chunk row. Bad files give
// a message and store nothing.
#include "audio_level_meter.h"
#include "call_audio_policy.h"
#include "contact_controller.h"
#include "evidence_capture.h"
#include "evidence_image_provider.h"
#include "evidence_list_model.h"
#include "model_fixture.h"
#include "ogg_duration.h"
#include "vault/evidence_policy.h"
#include "vault/evidence_sharing.h"
#include "vault/walk_store.h"
#include "walk_controller.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString kJourney = QStringLiteral("airline-ask-for-ceo");
const QString kTouchpoint = QStringLiteral("contact-centre-call");

QByteArray pngOf(const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

std::int64_t chunkRows(its::Database &db, const QString &id)
{
    return db.queryInt64("SELECT count(*) FROM evidence_chunks WHERE evidence_id = '" +
                         id.toStdString() + "'");
}

// One Ogg page: header, segment table and body (the CRC is not checked by the reader).
QByteArray oggPage(std::uint64_t granule, const QByteArray &body)
{
    QByteArray page("OggS");
    page.append('\0').append('\0');
    for (int i = 0; i < 8; ++i)
        page.append(static_cast<char>((granule >> (8 * i)) & 0xff));
    page.append(QByteArray(12, '\0')); // serial, sequence, CRC
    page.append(static_cast<char>(1)).append(static_cast<char>(body.size()));
    return page + body;
}
} // namespace

class TstEvidenceModels : public QObject
{
    Q_OBJECT

    struct Walking
    {
        ModelFixture fixture;
        WalkController walk;
        ContactController contact;
        EvidenceCapture capture;
    };

    // A walk with a started contact at kTouchpoint, and a capture pointed at it.
    static bool startWalking(Walking &w)
    {
        if (!w.fixture.ready())
            return false;
        w.fixture.importTemplate(kJourney);
        w.walk.setSession(w.fixture.session());
        if (!w.walk.startWalk(kJourney, {}))
            return false;
        w.contact.setWalk(&w.walk);
        w.contact.setTouchpointId(kTouchpoint);
        if (!w.contact.enterPhase(QStringLiteral("ringing")))
            return false;
        w.capture.setContact(&w.contact);
        return !w.contact.contactId().isEmpty();
    }

private slots:
    void photoFromFileIsListedWithCaptionAndTimeThenDeletedWithItsChunks()
    {
        Walking w;
        QVERIFY(startWalking(w));
        EvidenceListModel all;
        QAbstractItemModelTester tester(&all,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        all.setWalk(&w.walk);
        EvidenceListModel mine;
        QAbstractItemModelTester mineTester(&mine,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        mine.setWalk(&w.walk);
        mine.setContactId(QStringLiteral("another-contact"));
        QCOMPARE(all.count(), 0);

        const QUrl file = w.fixture.writeFile("shelf.png", pngOf({3000, 1500}, Qt::red));
        QSignalSpy saved(&w.capture, &EvidenceCapture::saved);
        w.capture.setCaption(QStringLiteral("  Shelf price differs  "));
        QVERIFY2(w.capture.addImageFile(file), qPrintable(w.capture.errorString()));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(w.capture.caption(), QString()); // ready for the next item
        all.reload();
        mine.reload();
        QCOMPARE(all.count(), 1);
        QCOMPARE(all.photoCount(), 1);
        QCOMPARE(mine.count(), 0); // another contact's list does not show it
        const QModelIndex row = all.index(0);
        const QString id = row.data(EvidenceListModel::EvidenceIdRole).toString();
        QCOMPARE(id, saved.at(0).at(0).toString());
        QCOMPARE(row.data(EvidenceListModel::KindRole).toString(), QStringLiteral("photo"));
        QCOMPARE(row.data(EvidenceListModel::CaptionRole).toString(),
                 QStringLiteral("Shelf price differs"));
        QCOMPARE(row.data(EvidenceListModel::SourceRole).toString(),
                 QStringLiteral("image://evidence/") + id);
        QCOMPARE(row.data(EvidenceListModel::ContactIdRole).toString(), w.contact.contactId());
        QVERIFY(row.data(EvidenceListModel::OffsetMsRole).toDouble() >= 0);
        QVERIFY(!row.data(EvidenceListModel::TouchpointNameRole).toString().isEmpty());
        mine.setContactId(w.contact.contactId());
        QCOMPARE(mine.count(), 1);

        // The provider decodes it in memory: scaled to 2048 px by the intake, and a thumbnail
        // when asked for one.
        EvidenceImageProvider provider(w.fixture.session());
        QSize size;
        QCOMPARE(provider.requestImage(id, &size, {}).size(), QSize(2048, 1024));
        QCOMPARE(provider.requestImage(id, &size, QSize(200, 0)).width(), 200);

        QVERIFY(chunkRows(w.fixture.db(), id) > 0);
        QVERIFY(all.remove(id));
        QCOMPARE(chunkRows(w.fixture.db(), id), 0);
        QCOMPARE(w.fixture.db().queryInt64("SELECT count(*) FROM evidence"), 0);
        QCOMPARE(all.count(), 0);
        QVERIFY(provider.requestImage(id, &size, {}).isNull());
        QVERIFY(!all.remove(id)); // already gone: a message, no crash
        QVERIFY(!all.errorString().isEmpty());
    }

    // Sharing (issue 11): the row's `shared` role follows the vault (isEvidenceShared) with a
    // dataChanged on that row only; a voice memo and the sixth photo are refused with a message
    // and change nothing; unshare makes the photo private again.
    void shareAndUnshareFollowTheVaultAndRefuseVoiceAndTheSixthPhoto()
    {
        Walking w;
        QVERIFY(startWalking(w));
        EvidenceListModel all;
        QAbstractItemModelTester tester(&all,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        all.setWalk(&w.walk);
        for (int i = 0; i < its::kMaxSharedPhotosPerWalk + 1; ++i)
            QVERIFY2(
                w.capture.addImageFile(w.fixture.writeFile(
                    QStringLiteral("p%1.png").arg(i), pngOf({800, 600}, QColor(i * 40, 90, 20)))),
                qPrintable(w.capture.errorString()));
        const std::vector<unsigned char> ogg{'O', 'g', 'g', 'S'};
        const std::string memo =
            its::EvidenceStore(w.fixture.db())
                .put(w.walk.walkId().toStdString(), w.contact.contactId().toStdString(),
                     its::EvidenceKind::Voice, "audio/ogg", ogg, 1);
        all.reload();
        QCOMPARE(all.count(), its::kMaxSharedPhotosPerWalk + 2);
        QList<QString> photos;
        int memoRow = -1;
        for (int row = 0; row < all.count(); ++row) {
            const QModelIndex index = all.index(row);
            QCOMPARE(index.data(EvidenceListModel::SharedRole).toBool(), false);
            if (index.data(EvidenceListModel::KindRole).toString() == QStringLiteral("photo"))
                photos.append(index.data(EvidenceListModel::EvidenceIdRole).toString());
            else
                memoRow = row;
        }
        QVERIFY(memoRow >= 0);

        QSignalSpy changed(&all, &QAbstractItemModel::dataChanged);
        QVERIFY2(all.share(photos.at(0)), qPrintable(all.errorString()));
        QVERIFY(all.errorString().isEmpty());
        QVERIFY(its::isEvidenceShared(w.fixture.db(), photos.at(0).toStdString()));
        QCOMPARE(changed.count(), 1);
        const QModelIndex first = changed.at(0).at(0).toModelIndex();
        QCOMPARE(first.data(EvidenceListModel::EvidenceIdRole).toString(), photos.at(0));
        QCOMPARE(first.data(EvidenceListModel::SharedRole).toBool(), true);

        QVERIFY(!all.share(QString::fromStdString(memo)));
        QVERIFY2(all.errorString().contains(QStringLiteral("voice memos never leave")),
                 qPrintable(all.errorString()));
        QCOMPARE(all.index(memoRow).data(EvidenceListModel::SharedRole).toBool(), false);
        QVERIFY(!its::isEvidenceShared(w.fixture.db(), memo));

        for (int i = 1; i < its::kMaxSharedPhotosPerWalk; ++i)
            QVERIFY2(all.share(photos.at(i)), qPrintable(all.errorString()));
        QVERIFY(!all.share(photos.last()));
        QVERIFY2(all.errorString().contains(QStringLiteral("at most 5 photos")),
                 qPrintable(all.errorString()));
        QVERIFY(!its::isEvidenceShared(w.fixture.db(), photos.last().toStdString()));

        QVERIFY2(all.unshare(photos.at(0)), qPrintable(all.errorString()));
        QVERIFY(all.errorString().isEmpty());
        QVERIFY(!its::isEvidenceShared(w.fixture.db(), photos.at(0).toStdString()));
        all.reload(); // another read of the vault agrees
        int shared = 0;
        for (int row = 0; row < all.count(); ++row)
            shared += all.index(row).data(EvidenceListModel::SharedRole).toBool() ? 1 : 0;
        QCOMPARE(shared, its::kMaxSharedPhotosPerWalk - 1);
    }

    void unreadableOrMissingFilesStoreNothing()
    {
        Walking w;
        QVERIFY(startWalking(w));
        w.capture.setCaption(QStringLiteral("kept"));
        QVERIFY(!w.capture.addImageFile(w.fixture.writeFile("notes.png", "not a picture")));
        QVERIFY2(w.capture.errorString().contains(QStringLiteral("not a picture the app can read")),
                 qPrintable(w.capture.errorString()));
        QVERIFY(!w.capture.addImageFile(QUrl::fromLocalFile(w.fixture.path("missing.jpg"))));
        QVERIFY2(w.capture.errorString().contains(QStringLiteral("could not be opened")),
                 qPrintable(w.capture.errorString()));
        QCOMPARE(w.capture.caption(), QStringLiteral("kept")); // nothing typed is lost
        QCOMPARE(w.fixture.db().queryInt64("SELECT count(*) FROM evidence"), 0);
    }

    void pasteTakesTheClipboardImageAndLeavesTheClipboardAlone()
    {
        Walking w;
        QVERIFY(startWalking(w));
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("just text"));
        QVERIFY(!w.capture.pasteImage());
        QVERIFY(w.capture.errorString().contains(QStringLiteral("clipboard holds no picture")));

        QImage screenshot(640, 480, QImage::Format_RGB32);
        screenshot.fill(Qt::blue);
        clipboard->setImage(screenshot);
        QVERIFY(w.capture.clipboardHasImage());
        QVERIFY2(w.capture.pasteImage(), qPrintable(w.capture.errorString()));
        QVERIFY(w.capture.errorString().isEmpty());
        QCOMPARE(clipboard->image().size(), screenshot.size()); // still there
        QCOMPARE(w.fixture.db().queryInt64("SELECT count(*) FROM evidence"), 1);
    }

    // Call audio: off until the policy (kept in the vault) turns it on; each start notes in the
    // contact's log the sentence said, in the walk's language.
    void callAudioPolicyAndConsentAreKeptInTheVault()
    {
        Walking w;
        QVERIFY(startWalking(w));
        CallAudioPolicy policy;
        policy.setSession(w.fixture.session());
        QVERIFY(!policy.allowed());
        QSignalSpy changed(&policy, &CallAudioPolicy::allowedChanged);
        policy.setAllowed(true);
        QVERIFY2(policy.allowed(), qPrintable(policy.errorString()));
        QVERIFY(changed.count() >= 1);
        CallAudioPolicy other; // another screen reads what the vault holds
        other.setSession(w.fixture.session());
        QVERIFY(other.allowed());
        QVERIFY(its::EvidencePolicy(w.fixture.db()).callAudioAllowed());

        QCOMPARE(w.walk.walk().journey.language, std::string("en"));
        QVERIFY(w.capture.consentSentence().startsWith(QStringLiteral("Before we go on")));
        QVERIFY(CallAudioPolicy::consentSentence(QStringLiteral("it"))
                    .startsWith(QStringLiteral("Prima di continuare")));
        QVERIFY2(w.capture.recordConsentSaid(), qPrintable(w.capture.errorString()));
        QVERIFY(w.capture.recordConsentSaid());
        const auto records =
            its::EvidencePolicy(w.fixture.db()).consents(w.contact.contactId().toStdString());
        QCOMPARE(records.size(), std::size_t(2));
        QCOMPARE(records[1].seq, 2);
        QCOMPARE(records[0].kind, std::string("call_audio"));
        QCOMPARE(records[0].language, std::string("en"));
        QCOMPARE(QString::fromStdString(records[0].sentence), w.capture.consentSentence());
        QVERIFY(records[0].at.wallMs > 0);

        policy.setAllowed(false);
        other.reload();
        QVERIFY(!other.allowed());
    }

    void consentNeedsAStartedContact()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        fixture.importTemplate(kJourney);
        WalkController walk;
        walk.setSession(fixture.session());
        QVERIFY(walk.startWalk(kJourney, {}));
        ContactController contact;
        contact.setWalk(&walk);
        contact.setTouchpointId(kTouchpoint);
        EvidenceCapture capture;
        capture.setContact(&contact);
        QVERIFY(!capture.recordConsentSaid());
        QVERIFY(capture.errorString().contains(QStringLiteral("Start the contact first")));
    }

    void withoutAWalkNothingIsStored()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        EvidenceCapture capture;
        QVERIFY(!capture.pasteImage());
        QVERIFY(!capture.errorString().isEmpty());
    }

    void oggDurationReadsOpusAndVorbisEnds()
    {
        QByteArray opusHead("OpusHead");
        opusHead.append('\1').append('\1').append('\x38').append('\x01'); // pre-skip 312
        opusHead.append(QByteArray(8, '\0'));
        const QByteArray opus = oggPage(0, opusHead) + oggPage(~0ULL, "x") +
                                oggPage(48000 * 3 + 312, "y") + oggPage(~0ULL, "z");
        const auto *data = reinterpret_cast<const unsigned char *>(opus.constData());
        QCOMPARE(its::media::oggDurationMs({data, static_cast<std::size_t>(opus.size())}),
                 std::optional<std::int64_t>(3000));

        QByteArray vorbisHead("\x01vorbis");
        vorbisHead.append(QByteArray(4, '\0')).append('\1');
        vorbisHead.append('\x80').append('\x3e').append('\0').append('\0'); // 16000 Hz
        vorbisHead.append(QByteArray(8, '\0'));
        const QByteArray vorbis = oggPage(0, vorbisHead) + oggPage(16000 * 2 + 8000, "a");
        const auto *vdata = reinterpret_cast<const unsigned char *>(vorbis.constData());
        QCOMPARE(its::media::oggDurationMs({vdata, static_cast<std::size_t>(vorbis.size())}),
                 std::optional<std::int64_t>(2500));

        const QByteArray junk("not an ogg stream at all, but long enough to look at");
        const auto *jdata = reinterpret_cast<const unsigned char *>(junk.constData());
        QVERIFY(!its::media::oggDurationMs({jdata, static_cast<std::size_t>(junk.size())}));
    }

    void levelMeterPeakIsTheLoudestSample()
    {
        QAudioFormat format;
        format.setSampleRate(16000);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        const qint16 samples[] = {100, -16384, 2000, 0};
        const QByteArray bytes(reinterpret_cast<const char *>(samples), sizeof samples);
        QCOMPARE(AudioLevelMeter::peak(bytes, format), 0.5);
        QCOMPARE(AudioLevelMeter::peak(QByteArray(8, '\0'), format), 0.0);
    }
};

QTEST_MAIN(TstEvidenceModels)
#include "tst_evidence_models.moc"
