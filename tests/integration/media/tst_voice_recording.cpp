// Voice memos with real parts: a private PulseAudio daemon with a sine source (run_with_pulse.sh),
// QMediaRecorder + QAudioInput through VoiceRecorder into the tmpfs scratch folder, stored in a
// real SQLCipher vault, read back and decoded from memory. Also kill -9 mid-recording then the
// sweep, and a full disk while saving.
#include "decoded_audio.h"
#include "desktop/runtime_media_scratch.h"
#include "fake/fake_media_scratch.h"
#include "pulse_source.h"
#include "recording_intake.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"
#include "voice_recorder.h"

#include <QAudioDecoder>
#include <QAudioSource>
#include <QBuffer>
#include <QDir>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <csignal>
#include <sys/resource.h>
#include <thread>

using namespace its;
using namespace its::media;

namespace {

bool pulseRunning()
{
    return qEnvironmentVariable("ITS_PULSE") == QStringLiteral("running");
}

QByteArray toBytes(const std::vector<unsigned char> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.data()), static_cast<qsizetype>(v.size()));
}

// Lowers the soft file-size limit for this process until destroyed (as in tst_disk_full).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        rlimit lowered = saved_;
        lowered.rlim_cur = bytes;
        ok_ = ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        if (ok_)
            ::setrlimit(RLIMIT_FSIZE, &saved_);
    }
    bool ok() const { return ok_; }

private:
    rlimit saved_{};
    bool ok_ = false;
};

// A vault with one walk to record memos into.
struct MemoVault
{
    explicit MemoVault(const std::string &dir)
        : created(Vault::create(dir, "pw", KdfCost::Test))
        , walk(WalkStore(created.vault.db())
                   .createWalk(testing::sampleTemplate(), "p", testing::at(1)))
        , store(created.vault.db())
    {
    }
    CreatedVault created;
    const std::string walk;
    EvidenceStore store;
};

// Threads that keep the CPU busy until destroyed, also when a QVERIFY returns early.
class BusyThreads
{
public:
    explicit BusyThreads(int count)
    {
        for (int i = 0; i < count; ++i)
            threads_.emplace_back([this] {
                while (busy_.load(std::memory_order_relaxed)) {
                }
            });
    }
    ~BusyThreads()
    {
        busy_ = false;
        for (auto &thread : threads_)
            thread.join();
    }
    BusyThreads(const BusyThreads &) = delete;
    BusyThreads &operator=(const BusyThreads &) = delete;

private:
    std::atomic<bool> busy_{true};
    std::vector<std::thread> threads_;
};

} // namespace

class TestVoiceRecording : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        std::signal(SIGXFSZ, SIG_IGN);
    }

    void voiceFormatIsOpusInOgg()
    {
        const auto format = VoiceRecorder::voiceFormat();
        QVERIFY2(format.has_value(), "GStreamer offers neither Opus nor Vorbis in Ogg");
        QCOMPARE(format->fileFormat(), QMediaFormat::Ogg);
        QCOMPARE(format->audioCodec(), QMediaFormat::AudioCodec::Opus);
    }

    void threeSecondsRecordedStoredAndDecoded()
    {
        if (!pulseRunning())
            QSKIP("no private PulseAudio session (run through run_with_microphone.sh)");
        const auto dir = tmp_.path().toStdString() + "/rec";
        CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
        WalkStore walks(created.vault.db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        const std::string contact = walks.startContact(walk, "call", testing::at(2));
        EvidenceStore store(created.vault.db());
        platform::RuntimeMediaScratch scratch; // $XDG_RUNTIME_DIR: tmpfs, from the wrapper
        VoiceRecorder recorder(scratch, store);
        QSignalSpy saved(&recorder, &VoiceRecorder::saved);
        QSignalSpy failed(&recorder, &VoiceRecorder::failed);
        QVERIFY2(recorder.start(EvidenceTarget{walk, contact, "After the call", 120'000, 7}),
                 qPrintable(recorder.lastError()));
        QVERIFY(recorder.scratchFile().startsWith(scratch.folder()));
        // Stops once the recorder has 3 s of audio (the pipeline takes a while to start).
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0 || recorder.duration() >= 3000, 20'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
        const qint64 recordedMs = recorder.duration();
        recorder.stop();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 0, 20'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
        QVERIFY(QDir(scratch.folder()).isEmpty()); // wiped
        QVERIFY(!QFileInfo::exists(QDir::homePath() + QStringLiteral("/Music")) ||
                QDir(QDir::homePath() + QStringLiteral("/Music")).isEmpty());

        const std::string id = saved[0][0].toString().toStdString();
        created.vault.lock();
        Vault vault = Vault::unlock(dir, "pw");
        const EvidenceInfo info = EvidenceStore(vault.db()).info(id);
        QCOMPARE(info.mime, std::string("audio/ogg; codecs=opus"));
        QCOMPARE(info.caption, std::string("After the call"));
        const QByteArray bytes = toBytes(EvidenceStore(vault.db()).read(id));
        QVERIFY(bytes.startsWith("OggS"));
        QVERIFY(bytes.contains("OpusHead"));
        const qint64 decodedMs = its::testing::decodedDurationMs(bytes);
        qInfo("recorded %lld ms, decoded %lld ms, %lld bytes: %lld bytes per minute", recordedMs,
              decodedMs, qint64(bytes.size()),
              decodedMs > 0 ? qint64(bytes.size()) * 60'000 / decodedMs : -1);
        QVERIFY2(decodedMs >= 2700 && decodedMs <= 3300, qPrintable(QString::number(decodedMs)));
    }

    // Memo after memo, each started while the microphone already delivers audio to another
    // stream (the app's level meter, the memo before), on a starved CPU. Qt 6.4.2 could then
    // leave the recorder "recording" at 0 s, silent, with no error (tst_walk_memo under load;
    // 3 runs in 3 failed here before VoiceRecorder restarted a silent start). Under this
    // deliberate starvation the sound server may skip fragments, so a memo must decode to at
    // least half of what the recorder counted; the 3 s test above holds the 10% rule.
    void memoAfterMemoOnALiveMicrophone()
    {
        if (!pulseRunning())
            QSKIP("no private PulseAudio session (run through run_with_microphone.sh)");
        MemoVault vault(tmp_.path().toStdString() + "/series");
        const std::string &walk = vault.walk;
        EvidenceStore &store = vault.store;
        platform::RuntimeMediaScratch scratch;

        QAudioFormat format;
        format.setSampleRate(16000);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        QAudioSource listener(QMediaDevices::defaultAudioInput(), format);
        QIODevice *heard = listener.start();
        QVERIFY(heard != nullptr);
        QObject::connect(heard, &QIODevice::readyRead, heard, [heard] { heard->readAll(); });
        QVERIFY(QTest::qWaitFor([&] { return listener.processedUSecs() > 0; }, 10'000));

        const BusyThreads busy(8);
        constexpr int kMemos = 8;
        for (int i = 0; i < kMemos; ++i) {
            VoiceRecorder recorder(scratch, store);
            QSignalSpy saved(&recorder, &VoiceRecorder::saved);
            QSignalSpy failed(&recorder, &VoiceRecorder::failed);
            QTest::qWait(20 * i);
            QVERIFY2(recorder.start(EvidenceTarget{walk, std::nullopt, "memo", {}, i}),
                     qPrintable(recorder.lastError()));
            const bool reached = QTest::qWaitFor(
                [&] { return failed.count() > 0 || recorder.duration() >= 1000; }, 20'000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
            QVERIFY2(reached, qPrintable(QStringLiteral("memo %1 of %2 recorded %3 ms in 20 s")
                                             .arg(i + 1)
                                             .arg(kMemos)
                                             .arg(recorder.duration())));
            const qint64 recordedMs = recorder.duration();
            if (recorder.restarts() > 0)
                qInfo("memo %d started again %d time(s)", i + 1, recorder.restarts());
            recorder.stop();
            QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 0, 20'000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
            const QByteArray bytes = toBytes(store.read(saved[0][0].toString().toStdString()));
            const qint64 decodedMs = its::testing::decodedDurationMs(bytes);
            QVERIFY2(decodedMs >= recordedMs / 2,
                     qPrintable(QStringLiteral("memo %1: %2 ms recorded, %3 ms decoded")
                                    .arg(i + 1)
                                    .arg(recordedMs)
                                    .arg(decodedMs)));
        }
        listener.stop();
        QCOMPARE(store.list(walk).size(), std::size_t{kMemos});
        QVERIFY(QDir(scratch.folder()).isEmpty());
    }

    // A microphone that sends nothing (here: the sound server suspends the source): each
    // silent start is started again, then the recorder gives up with a clear message, leaving
    // no scratch file and nothing in the vault.
    void silentMicrophoneEndsInAClearMessage()
    {
        if (!pulseRunning())
            QSKIP("no private PulseAudio session (run through run_with_microphone.sh)");
        MemoVault vault(tmp_.path().toStdString() + "/silent");
        const std::string &walk = vault.walk;
        EvidenceStore &store = vault.store;
        platform::RuntimeMediaScratch scratch;
        QVERIFY(its::testing::suspendDefaultSource(true));
        const auto resume = qScopeGuard([] { its::testing::suspendDefaultSource(false); });
        VoiceRecorder recorder(scratch, store);
        recorder.setStartTimeout(std::chrono::milliseconds(500));
        QSignalSpy saved(&recorder, &VoiceRecorder::saved);
        QSignalSpy failed(&recorder, &VoiceRecorder::failed);
        QVERIFY2(recorder.start(EvidenceTarget{walk, std::nullopt, "memo", {}, 1}),
                 qPrintable(recorder.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 20'000);
        QVERIFY2(failed[0][0].toString().contains(QStringLiteral("sent no sound")),
                 qPrintable(failed[0][0].toString()));
        QCOMPARE(recorder.restarts(), VoiceRecorder::kMaxRestarts);
        QVERIFY(!recorder.isRecording());
        QVERIFY(!recorder.hasUnsaved());
        QVERIFY(saved.isEmpty());
        QVERIFY(store.list(walk).empty());
        QVERIFY(QDir(scratch.folder()).isEmpty());
    }

    // A kill -9 mid-recording leaves the scratch file; the sweep at the next start removes it
    // and the evidence stored before is intact.
    void killedMidRecordingThenSwept()
    {
        if (!pulseRunning())
            QSKIP("no private PulseAudio session (run through run_with_microphone.sh)");
        const auto dir = tmp_.path().toStdString() + "/kill";
        std::string walk;
        std::string earlier;
        const std::vector<unsigned char> memo(600'000, 0x33);
        {
            CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
            walk = WalkStore(created.vault.db())
                       .createWalk(testing::sampleTemplate(), "p", testing::at(1));
            earlier = EvidenceStore(created.vault.db())
                          .put(walk, std::nullopt, EvidenceKind::Voice, "audio/ogg", memo, 5);
        }
        QProcess child;
        child.start(
            QStringLiteral(VOICE_RECORD_CHILD),
            {QString::fromStdString(dir), QStringLiteral("pw"), QString::fromStdString(walk)});
        QVERIFY(child.waitForStarted());
        (void)QTest::qWaitFor(
            [&] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 20'000);
        const QString line = QString::fromUtf8(child.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("recording ")),
                 qPrintable(line + QString::fromUtf8(child.readAllStandardError())));
        const QString leftover = line.mid(10);
        QVERIFY(QFileInfo::exists(leftover));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFileInfo::exists(leftover));

        platform::RuntimeMediaScratch scratch; // the next start
        QVERIFY(scratch.sweep() >= 1);
        QVERIFY(!QFileInfo::exists(leftover));
        Vault vault = Vault::unlock(dir, "pw");
        QVERIFY(vault.verify().ok);
        QVERIFY(EvidenceStore(vault.db()).read(earlier) == memo);
        QCOMPARE(EvidenceStore(vault.db()).list(walk).size(), std::size_t{1});
    }

    // The disk fills while a finished recording is stored: a clear error, nothing half-written
    // in the vault, and the recording is still there to save again once there is room.
    void diskFullWhileSavingLosesNothing()
    {
        const auto dir = std::filesystem::path(tmp_.path().toStdString()) / "full";
        CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
        WalkStore walks(created.vault.db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        EvidenceStore store(created.vault.db());
        platform::FakeMediaScratch scratch(tmp_.path() + QStringLiteral("/scratch"));
        QString error;
        const QString file = scratch.newFile(QStringLiteral(".ogg"), &error);
        QByteArray recording(2 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < recording.size(); ++i)
            recording[i] = char((i * 7919) % 251);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(recording) == recording.size());
        }
        std::uintmax_t largest = 0;
        for (const auto &entry : std::filesystem::directory_iterator(dir))
            largest = std::max(largest, entry.file_size());
        const EvidenceTarget target{walk, std::nullopt, "memo", {}, 9};
        {
            FileSizeLimit limit(largest + 64 * 1024);
            QVERIFY(limit.ok());
            const IntakeResult result =
                storeRecordingFile(store, file, QStringLiteral("audio/ogg"), target);
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(QStringLiteral("disk is full")),
                     qPrintable(result.error));
        }
        QVERIFY(store.list(walk).empty());                  // all or nothing
        QCOMPARE(QFileInfo(file).size(), recording.size()); // kept for another try
        const IntakeResult again =
            storeRecordingFile(store, file, QStringLiteral("audio/ogg"), target);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(toBytes(store.read(again.id)), recording);
    }

    void emptyOrMissingRecordingIsAClearError()
    {
        const auto dir = tmp_.path().toStdString() + "/empty";
        CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
        const std::string walk = WalkStore(created.vault.db())
                                     .createWalk(testing::sampleTemplate(), "p", testing::at(1));
        EvidenceStore store(created.vault.db());
        const QString empty = tmp_.path() + QStringLiteral("/empty.ogg");
        QFile(empty).open(QIODevice::WriteOnly);
        const EvidenceTarget target{walk, std::nullopt, "", {}, 1};
        QVERIFY(storeRecordingFile(store, empty, QStringLiteral("audio/ogg"), target)
                    .error.contains(QStringLiteral("empty")));
        QVERIFY(!storeRecordingFile(store, empty + QStringLiteral(".missing"),
                                    QStringLiteral("audio/ogg"), target)
                     .ok());
        QVERIFY(store.list(walk).empty());
    }
};

QTEST_MAIN(TestVoiceRecording)
#include "tst_voice_recording.moc"
