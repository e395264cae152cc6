// "Never in plaintext on disk", watched from outside: inotifywait follows $HOME and /tmp
// (persistent storage here; the scratch folder is $XDG_RUNTIME_DIR on /dev/shm, from
// run_with_pulse.sh) while a voice memo is recorded from a real PulseAudio sine, saved into a real
// SQLCipher vault in $HOME, read back and decoded from memory, and a photo goes through intake.
// Every file written meanwhile is read the moment it is closed: none may start like a media file
// or carry an Opus header, and no file may be named like one. ~/Music and ~/Pictures stay empty.
// The test runs alone (RUN_SERIAL): other tests write image files into /tmp on purpose.
#include "decoded_audio.h"
#include "desktop/runtime_media_scratch.h"
#include "photo_intake.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"
#include "voice_recorder.h"

#include <QAudioDecoder>
#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace its;
using namespace its::media;

namespace {

bool pulseRunning()
{
    return qEnvironmentVariable("ITS_PULSE") == QStringLiteral("running");
}

// Why `head` (a file's first bytes) or `name` look like plaintext media; empty if they do not.
// Encrypted pages are random, so only the start of a file is compared (a 3-byte JPEG marker
// appears somewhere in a few MiB of ciphertext by chance), plus Opus's 8-byte header anywhere.
QString mediaSignature(const QString &name, const QByteArray &head, const QByteArray &whole)
{
    static const QStringList extensions{
        QStringLiteral("ogg"),  QStringLiteral("opus"), QStringLiteral("oga"),
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("png"),
        QStringLiteral("wav"),  QStringLiteral("m4a"),  QStringLiteral("mp4"),
        QStringLiteral("webm"), QStringLiteral("mkv"),  QStringLiteral("aac")};
    if (extensions.contains(QFileInfo(name).suffix().toLower()))
        return QStringLiteral("named like media");
    if (head.startsWith("OggS"))
        return QStringLiteral("Ogg");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("JPEG");
    if (head.startsWith("\x89PNG"))
        return QStringLiteral("PNG");
    if (head.startsWith("RIFF"))
        return QStringLiteral("RIFF/WAVE");
    if (head.startsWith("\x1A\x45\xDF\xA3"))
        return QStringLiteral("Matroska/WebM");
    if (head.mid(4, 4) == "ftyp")
        return QStringLiteral("MP4");
    if (whole.contains("OpusHead"))
        return QStringLiteral("Opus header inside");
    return {};
}

// inotifywait over the given folders; every file closed after writing (or moved in) is read at
// once and judged by mediaSignature. Also remembers every path it saw, for the control test.
class PlaintextWatch
{
public:
    bool start(const QStringList &folders)
    {
        process_.setProgram(QStringLiteral("inotifywait"));
        process_.setArguments(QStringList{QStringLiteral("-m"), QStringLiteral("-r"),
                                          QStringLiteral("-e"), QStringLiteral("create"),
                                          QStringLiteral("-e"), QStringLiteral("close_write"),
                                          QStringLiteral("-e"), QStringLiteral("moved_to"),
                                          QStringLiteral("--format"), QStringLiteral("%e|%w%f")} +
                              folders);
        QObject::connect(&process_, &QProcess::readyReadStandardOutput, &process_,
                         [this] { readEvents(); });
        process_.start();
        if (!process_.waitForStarted())
            return false;
        QByteArray said;
        const bool ready = QTest::qWaitFor(
            [&] {
                said += process_.readAllStandardError();
                return said.contains("Watches established") ||
                       process_.state() == QProcess::NotRunning;
            },
            30'000);
        return ready && process_.state() == QProcess::Running;
    }

    void stop()
    {
        QTest::qWait(300); // events still in the pipe
        readEvents();
        process_.terminate();
        process_.waitForFinished(5000);
        readEvents();
    }

    const QStringList &findings() const { return findings_; }
    const QStringList &seen() const { return seen_; }

private:
    void readEvents()
    {
        while (process_.canReadLine()) {
            const QString line = QString::fromUtf8(process_.readLine()).trimmed();
            const qsizetype bar = line.indexOf(QLatin1Char('|'));
            if (bar < 0)
                continue;
            const QString events = line.left(bar);
            const QString path = line.mid(bar + 1);
            if (events.contains(QStringLiteral("ISDIR")))
                continue;
            seen_.append(path);
            QByteArray whole;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                whole = file.readAll(); // gone already: judged by its name only
            const QString why = mediaSignature(path, whole.left(16), whole);
            const QString finding = path + QStringLiteral(": ") + why;
            if (!why.isEmpty() && !findings_.contains(finding)) // created, then closed: once
                findings_.append(finding);
        }
    }

    QProcess process_;
    QStringList findings_;
    QStringList seen_;
};

QImage shelfPhoto()
{
    QImage image(3000, 2000, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QPainter painter(&image);
    painter.fillRect(200, 300, 2400, 400, Qt::yellow);
    return image;
}

// Every file under `folder` (recursively) that looks like plaintext media now.
QStringList plaintextFilesUnder(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray whole = file.readAll();
        const QString why = mediaSignature(file.fileName(), whole.left(16), whole);
        if (!why.isEmpty())
            found.append(file.fileName() + QStringLiteral(": ") + why);
    }
    return found;
}

bool emptyOrAbsent(const QString &folder)
{
    return !QFileInfo::exists(folder) ||
           QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot);
}

} // namespace

class TestNoPlaintextOnDisk : public QObject
{
    Q_OBJECT

    QStringList watched() const
    {
        QStringList folders{QDir::homePath(), QDir::tempPath()};
        if (!folders.contains(QStringLiteral("/tmp")))
            folders.append(QStringLiteral("/tmp"));
        return folders;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("inotifywait")).isEmpty())
            QSKIP("inotifywait missing (inotify-tools, installed by scripts/install-deps.sh)");
    }

    // The control: the watch must catch a plaintext memo written where it must not be.
    void watchCatchesAPlantedMemo()
    {
        PlaintextWatch watch;
        QVERIFY(watch.start(watched()));
        // Straight into $HOME: a file in a folder made a moment earlier can beat inotifywait's
        // new watch on that folder, which is why the real run also scans at the end.
        const QString path = QDir::homePath() + QStringLiteral("/memo.bin");
        QFile planted(path);
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("OggS\0\x02" + QByteArray(200, 'x') + "OpusHead");
        planted.close();
        QTRY_VERIFY_WITH_TIMEOUT(!watch.seen().isEmpty(), 5000);
        watch.stop();
        QCOMPARE(watch.findings().size(), 1);
        QVERIFY(watch.findings()[0].contains(QStringLiteral("memo.bin: Ogg")));
        QCOMPARE(plaintextFilesUnder(QDir::homePath()).size(), 1);
        QVERIFY(QFile::remove(path));
    }

    void recordingSavingAndPlayingWriteNoPlaintext()
    {
        if (!pulseRunning())
            QSKIP("no private PulseAudio session (run through run_with_pulse.sh)");
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        QVERIFY2(runtime.startsWith(QStringLiteral("/dev/shm/")), qPrintable(runtime));

        const std::string dir = (QDir::homePath() + QStringLiteral("/vault")).toStdString();
        QVERIFY(QDir().mkpath(QString::fromStdString(dir))); // watched before anything is in it
        PlaintextWatch watch;
        QVERIFY(watch.start(watched()));
        CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
        WalkStore walks(created.vault.db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        const std::string contact = walks.startContact(walk, "call", testing::at(2));
        EvidenceStore store(created.vault.db());

        platform::RuntimeMediaScratch scratch;
        VoiceRecorder recorder(scratch, store);
        QSignalSpy saved(&recorder, &VoiceRecorder::saved);
        QSignalSpy failed(&recorder, &VoiceRecorder::failed);
        QVERIFY2(recorder.start(EvidenceTarget{walk, contact, "memo", 60'000, 1}),
                 qPrintable(recorder.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0 || recorder.duration() >= 2000, 20'000);
        recorder.stop();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 0, 20'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));

        const IntakeResult photo =
            storePhotoImage(store, shelfPhoto(), EvidenceTarget{walk, contact, "shelf", 0, 2});
        QVERIFY2(photo.ok(), qPrintable(photo.error));

        // Read both back from the vault and use them in memory, as the summary page does.
        const std::vector<unsigned char> memo = store.read(saved[0][0].toString().toStdString());
        const QByteArray memoBytes(reinterpret_cast<const char *>(memo.data()),
                                   qsizetype(memo.size()));
        QVERIFY(its::testing::decodedDurationMs(memoBytes) > 1000);
        const std::vector<unsigned char> jpeg = store.read(photo.id);
        QImage shown;
        QVERIFY(shown.loadFromData(jpeg.data(), int(jpeg.size())));
        QCOMPARE(shown.width(), kMaxLongSide);
        created.vault.lock();

        watch.stop();
        QVERIFY2(watch.findings().isEmpty(), qPrintable(watch.findings().join(u'\n')));
        // The watch saw the vault being written, so it was looking at the right places.
        QVERIFY2(std::any_of(watch.seen().cbegin(), watch.seen().cend(),
                             [&](const QString &path) {
                                 return path.startsWith(QString::fromStdString(dir));
                             }),
                 qPrintable(watch.seen().join(u'\n')));
        // What a watch could miss (a file in a folder made a moment before) is still on disk.
        const QStringList left = plaintextFilesUnder(QDir::homePath());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        QVERIFY(emptyOrAbsent(QDir::homePath() + QStringLiteral("/Music")));
        QVERIFY(emptyOrAbsent(QDir::homePath() + QStringLiteral("/Pictures")));
        QVERIFY(QDir(scratch.folder()).isEmpty());
    }
};

QTEST_MAIN(TestNoPlaintextOnDisk)
#include "tst_no_plaintext_on_disk.moc"
