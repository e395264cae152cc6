#pragma once
// A voice memo: QMediaRecorder writes into MediaScratch (RAM-backed, never persistent); when it
// stops, the file is streamed into the vault's evidence store and wiped. A failure to record
// (no RAM folder, no microphone, an encoder GStreamer lacks) ends in failed(message) with the
// scratch file wiped. A failure to store (a full disk) ends in failed(message) too, but keeps
// the recording in RAM for saveAgain() or discard(); the vault never holds half an item.
// A recording that receives no audio at all in its first seconds is started again on a new
// capture pipeline (Qt 6.4.2 can leave the microphone stopped, see restartIfSilent()).

#include "evidence_target.h"

#include <QAudioDevice>
#include <QAudioInput>
#include <QMediaCaptureSession>
#include <QMediaFormat>
#include <QMediaRecorder>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace its {
class EvidenceStore;
}
namespace its::platform {
class MediaScratch;
}

namespace its::media {

class VoiceRecorder : public QObject
{
    Q_OBJECT
public:
    VoiceRecorder(platform::MediaScratch &scratch, EvidenceStore &store, QObject *parent = nullptr);
    ~VoiceRecorder() override;

    // Opus in Ogg when this GStreamer can encode it, else Vorbis in Ogg; nullopt when neither.
    static std::optional<QMediaFormat> voiceFormat();
    static QString mimeFor(const QMediaFormat &format);

    // Starts recording `device` (the default input when null). False with lastError() filled
    // when it cannot start; failed() is not emitted then.
    bool start(const EvidenceTarget &target, const QAudioDevice &device = {});
    void pause();
    void resume();
    void stop(); // saved() or failed() follows
    // After a failed store: try again (saved() or failed() follows), or drop the recording.
    bool hasUnsaved() const { return !m_active && !m_file.isEmpty(); }
    void saveAgain();
    void discard();
    bool isRecording() const;
    bool isPaused() const;
    qint64 duration() const; // ms of audio recorded so far
    QString lastError() const { return m_error; }
    // The file being recorded into (QMediaRecorder adds its own extension), empty when none.
    QString scratchFile() const;
    // How long a new recording may stay without audio before it is started again, and how
    // often; then it fails with a clear message.
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startWatch.setInterval(timeout); }
    static constexpr int kMaxRestarts = 5;
    int restarts() const { return m_restarts; }

signals:
    void durationChanged(qint64 ms);
    void recorderStateChanged(); // recording, paused or stopped
    void saved(const QString &evidenceId);
    void failed(const QString &message);

private:
    struct Capture; // one attempt's session, microphone and recorder

    void record();
    void dropCapture();
    void restartIfSilent();
    void onStateChanged(QMediaRecorder::RecorderState state);
    void onError(QMediaRecorder::Error error, const QString &message);
    void storeAndWipe();
    void fail(const QString &message); // recording failed: wipes the scratch file

    platform::MediaScratch &m_scratch;
    EvidenceStore &m_store;
    std::unique_ptr<Capture> m_capture;
    QTimer m_startWatch;
    int m_restarts = 0;
    QAudioDevice m_device;
    QMediaFormat m_format;
    EvidenceTarget m_target;
    QString m_file;
    QString m_mime;
    QString m_error;
    bool m_active = false;
};

} // namespace its::media
