#pragma once
// A voice memo: QMediaRecorder writes into MediaScratch (RAM-backed, never persistent); when it
// stops, the file is streamed into the vault's evidence store and wiped. A failure to record
// (no RAM folder, no microphone, an encoder GStreamer lacks) ends in failed(message) with the
// scratch file wiped. A failure to store (a full disk) ends in failed(message) too, but keeps
// the recording in RAM for saveAgain() or discard(); the vault never holds half an item.

#include "evidence_target.h"

#include <QAudioDevice>
#include <QAudioInput>
#include <QMediaCaptureSession>
#include <QMediaFormat>
#include <QMediaRecorder>
#include <QObject>

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
    QString lastError() const { return m_error; }
    QMediaRecorder &recorder() { return m_recorder; } // duration, state for the screen
    // The file being recorded into (QMediaRecorder adds its own extension), empty when none.
    QString scratchFile() const;

signals:
    void saved(const QString &evidenceId);
    void failed(const QString &message);

private:
    void onStateChanged(QMediaRecorder::RecorderState state);
    void onError(QMediaRecorder::Error error, const QString &message);
    void storeAndWipe();
    void fail(const QString &message); // recording failed: wipes the scratch file

    platform::MediaScratch &m_scratch;
    EvidenceStore &m_store;
    QMediaCaptureSession m_session;
    QAudioInput m_input;
    QMediaRecorder m_recorder;
    EvidenceTarget m_target;
    QString m_file;
    QString m_mime;
    QString m_error;
    bool m_active = false;
};

} // namespace its::media
