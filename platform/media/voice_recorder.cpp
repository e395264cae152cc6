#include "voice_recorder.h"

#include "media_scratch.h"
#include "recording_intake.h"
#include "vault/evidence_store.h"

#include <QRandomGenerator>
#include <QUrl>

namespace its::media {
namespace {

// Opus at 24 kbit/s mono is clear speech (~180 KB a minute); Qt 6.4.2's GStreamer backend does
// not pass it to opusenc yet, which stays at its default (~495 KB a minute measured, README).
constexpr int kVoiceBitRate = 24000;
// The test session's null sink takes up to ~1.8 s to deliver its first audio; a microphone
// is much faster. Past this, a silent start is a stopped pipeline (restartIfSilent()).
constexpr std::chrono::milliseconds kDefaultStartTimeout{4000};

} // namespace

// Declared in this order so that the recorder goes first, then the microphone, then the session.
struct VoiceRecorder::Capture
{
    QMediaCaptureSession session;
    QAudioInput input;
    QMediaRecorder recorder;
};

VoiceRecorder::VoiceRecorder(platform::MediaScratch &scratch, EvidenceStore &store, QObject *parent)
    : QObject(parent)
    , m_scratch(scratch)
    , m_store(store)
{
    m_startWatch.setSingleShot(true);
    m_startWatch.setInterval(kDefaultStartTimeout);
    connect(&m_startWatch, &QTimer::timeout, this, &VoiceRecorder::restartIfSilent);
}

VoiceRecorder::~VoiceRecorder()
{
    if (!m_file.isEmpty()) {
        m_active = false;
        const QString written = scratchFile();
        dropCapture();
        platform::MediaScratch::wipe(written);
        platform::MediaScratch::wipe(m_file);
    }
}

std::optional<QMediaFormat> VoiceRecorder::voiceFormat()
{
    const QMediaFormat::AudioCodec codecs[] = {QMediaFormat::AudioCodec::Opus,
                                               QMediaFormat::AudioCodec::Vorbis};
    for (const auto codec : codecs) {
        QMediaFormat format(QMediaFormat::Ogg);
        format.setAudioCodec(codec);
        if (format.isSupported(QMediaFormat::Encode))
            return format;
    }
    return std::nullopt;
}

QString VoiceRecorder::mimeFor(const QMediaFormat &format)
{
    return format.audioCodec() == QMediaFormat::AudioCodec::Opus
               ? QStringLiteral("audio/ogg; codecs=opus")
               : QStringLiteral("audio/ogg; codecs=vorbis");
}

QString VoiceRecorder::scratchFile() const
{
    if (m_file.isEmpty())
        return {};
    const QString actual =
        m_capture ? m_capture->recorder.actualLocation().toLocalFile() : QString();
    return actual.startsWith(m_file) ? actual : m_file;
}

bool VoiceRecorder::isRecording() const
{
    return m_active;
}

bool VoiceRecorder::isPaused() const
{
    return m_active && m_capture &&
           m_capture->recorder.recorderState() == QMediaRecorder::PausedState;
}

qint64 VoiceRecorder::duration() const
{
    return m_capture ? m_capture->recorder.duration() : 0;
}

bool VoiceRecorder::start(const EvidenceTarget &target, const QAudioDevice &device)
{
    m_error.clear();
    if (m_active || !m_file.isEmpty()) {
        m_error = tr("A recording is already running or waiting to be saved.");
        return false;
    }
    const auto format = voiceFormat();
    if (!format) {
        m_error = tr("This system cannot encode voice: neither Opus nor Vorbis in Ogg is "
                     "available (install the GStreamer base and good plugins).");
        return false;
    }
    QString scratchError;
    // No suffix: the backend appends the container's own (".ogv" for Ogg in Qt 6.4).
    const QString file = m_scratch.newFile(QString(), &scratchError);
    if (file.isEmpty()) {
        m_error = scratchError;
        return false;
    }
    m_target = target;
    m_file = file;
    m_mime = mimeFor(*format);
    m_format = *format;
    m_device = device;
    m_restarts = 0;
    record();
    return true;
}

void VoiceRecorder::record()
{
    m_capture = std::make_unique<Capture>();
    Capture &capture = *m_capture;
    // Chosen before the microphone joins the session, so Qt never swaps sources in a running
    // pipeline. A null device leaves the choice to the sound server's default source. (In the
    // tests, with a PulseAudio monitor as default, QMediaDevices::defaultAudioInput() is null.)
    capture.input.setDevice(m_device);
    capture.session.setAudioInput(&capture.input);
    capture.session.setRecorder(&capture.recorder);
    QMediaRecorder &recorder = capture.recorder;
    recorder.setMediaFormat(m_format);
    recorder.setQuality(QMediaRecorder::NormalQuality);
    recorder.setEncodingMode(QMediaRecorder::ConstantBitRateEncoding);
    recorder.setAudioBitRate(kVoiceBitRate);
    recorder.setAudioChannelCount(1);
    recorder.setOutputLocation(QUrl::fromLocalFile(m_file));
    connect(&recorder, &QMediaRecorder::recorderStateChanged, this, &VoiceRecorder::onStateChanged);
    connect(&recorder, &QMediaRecorder::errorOccurred, this, &VoiceRecorder::onError);
    connect(&recorder, &QMediaRecorder::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            m_startWatch.stop();
        emit durationChanged(ms);
    });
    m_active = true;
    recorder.record();
    m_startWatch.start();
}

// Ends this attempt's pipeline without storing anything; the caller wipes the file.
void VoiceRecorder::dropCapture()
{
    m_startWatch.stop();
    if (!m_capture)
        return;
    disconnect(&m_capture->recorder, nullptr, this, nullptr);
    m_capture->recorder.stop();
    m_capture.reset();
}

// Qt 6.4.2's GStreamer backend links the encoder into the running pipeline before the encoder
// plays; a buffer the microphone pushes into that gap is refused as "flushing", and pulsesrc
// stops for good. Linking right after the microphone starts can also leave pulsesrc without
// negotiated caps ("ringbuffer in wrong state"), stopped as well. Either way the recorder says
// "recording" and stays at 0 s, with no error. Not one buffer has reached the encoder, so
// nothing is lost by starting again on a new pipeline.
void VoiceRecorder::restartIfSilent()
{
    if (!m_active || !m_capture || duration() > 0)
        return;
    if (isPaused()) {
        m_startWatch.start(); // paused before the first sound: judge once resumed
        return;
    }
    const QString written = scratchFile();
    dropCapture();
    platform::MediaScratch::wipe(written);
    if (m_restarts >= kMaxRestarts) {
        fail(tr("The microphone sent no sound. Check that it is connected and not in use by "
                "another app, then try again."));
        return;
    }
    ++m_restarts;
    // After a short, varying pause: the old pipeline has let go of the microphone, and the new
    // start does not fall at the same moment of the sound server's cycle as the failed one.
    const auto pause = std::chrono::milliseconds(QRandomGenerator::global()->bounded(100, 400));
    QTimer::singleShot(pause, this, [this, attempt = m_restarts] {
        if (m_active && !m_capture && attempt == m_restarts)
            record();
    });
}

void VoiceRecorder::pause()
{
    if (m_capture)
        m_capture->recorder.pause();
}

void VoiceRecorder::resume()
{
    if (m_capture)
        m_capture->recorder.record();
}

void VoiceRecorder::stop()
{
    m_startWatch.stop();
    if (m_capture) {
        m_capture->recorder.stop();
    } else if (m_active) { // stopped between two starts: no sound was ever recorded
        fail(tr("Nothing was recorded: the microphone had not started yet. Try again."));
    }
}

void VoiceRecorder::onStateChanged(QMediaRecorder::RecorderState state)
{
    emit recorderStateChanged();
    if (state == QMediaRecorder::StoppedState && m_active)
        storeAndWipe();
}

void VoiceRecorder::onError(QMediaRecorder::Error error, const QString &message)
{
    if (!m_active || error == QMediaRecorder::NoError)
        return;
    m_active = false; // the stop below must not try to store a broken file
    m_startWatch.stop();
    m_capture->recorder.stop();
    fail(tr("The recording failed: %1").arg(message));
}

void VoiceRecorder::fail(const QString &message)
{
    m_active = false;
    m_startWatch.stop();
    platform::MediaScratch::wipe(scratchFile());
    platform::MediaScratch::wipe(m_file);
    m_file.clear();
    emit failed(message);
}

void VoiceRecorder::storeAndWipe()
{
    m_active = false;
    m_file = scratchFile(); // the file the backend actually wrote
    saveAgain();
}

void VoiceRecorder::saveAgain()
{
    if (m_active || m_file.isEmpty())
        return;
    const IntakeResult result = storeRecordingFile(m_store, m_file, m_mime, m_target);
    if (!result.ok()) {
        emit failed(result.error); // the recording stays in RAM for another try
        return;
    }
    platform::MediaScratch::wipe(m_file);
    m_file.clear();
    emit saved(QString::fromStdString(result.id));
}

void VoiceRecorder::discard()
{
    if (m_active)
        return;
    platform::MediaScratch::wipe(m_file);
    m_file.clear();
}

} // namespace its::media
