#include "voice_recorder.h"

#include "media_scratch.h"
#include "recording_intake.h"
#include "vault/evidence_store.h"

#include <QUrl>

namespace its::media {
namespace {

// Opus at 24 kbit/s mono is clear speech (~180 KB a minute); Qt 6.4.2's GStreamer backend does
// not pass it to opusenc yet, which stays at its default (~495 KB a minute measured, README).
constexpr int kVoiceBitRate = 24000;

} // namespace

VoiceRecorder::VoiceRecorder(platform::MediaScratch &scratch, EvidenceStore &store, QObject *parent)
    : QObject(parent)
    , m_scratch(scratch)
    , m_store(store)
{
    m_session.setAudioInput(&m_input);
    m_session.setRecorder(&m_recorder);
    connect(&m_recorder, &QMediaRecorder::recorderStateChanged, this,
            &VoiceRecorder::onStateChanged);
    connect(&m_recorder, &QMediaRecorder::errorOccurred, this, &VoiceRecorder::onError);
}

VoiceRecorder::~VoiceRecorder()
{
    if (!m_file.isEmpty()) {
        m_active = false;
        m_recorder.stop();
        platform::MediaScratch::wipe(scratchFile());
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
    const QString actual = m_recorder.actualLocation().toLocalFile();
    return actual.startsWith(m_file) ? actual : m_file;
}

bool VoiceRecorder::isRecording() const
{
    return m_active;
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
    // A null device leaves the choice to the sound server's default source. (In the tests,
    // with a PulseAudio monitor as default, QMediaDevices::defaultAudioInput() came back null.)
    m_input.setDevice(device);
    m_recorder.setMediaFormat(*format);
    m_recorder.setQuality(QMediaRecorder::NormalQuality);
    m_recorder.setEncodingMode(QMediaRecorder::ConstantBitRateEncoding);
    m_recorder.setAudioBitRate(kVoiceBitRate);
    m_recorder.setAudioChannelCount(1);
    m_recorder.setOutputLocation(QUrl::fromLocalFile(m_file));
    m_active = true;
    m_recorder.record();
    return true;
}

void VoiceRecorder::pause()
{
    m_recorder.pause();
}

void VoiceRecorder::resume()
{
    m_recorder.record();
}

void VoiceRecorder::stop()
{
    m_recorder.stop();
}

void VoiceRecorder::onStateChanged(QMediaRecorder::RecorderState state)
{
    if (state == QMediaRecorder::StoppedState && m_active)
        storeAndWipe();
}

void VoiceRecorder::onError(QMediaRecorder::Error error, const QString &message)
{
    if (!m_active || error == QMediaRecorder::NoError)
        return;
    m_active = false; // the stop below must not try to store a broken file
    m_recorder.stop();
    fail(tr("The recording failed: %1").arg(message));
}

void VoiceRecorder::fail(const QString &message)
{
    m_active = false;
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
