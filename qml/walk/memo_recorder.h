#pragma once
// The voice memo screen's view-model over its_media's VoiceRecorder (Opus into RAM-backed
// scratch, then into the vault and wiped): state, elapsed time, a level meter, pause/resume,
// stop (saves) and discard. Before it starts it checks what it can say in words: no
// microphone (QMediaDevices), access refused (the platform's Permissions; Qt 6.4 has no
// permission API, so a desktop refusal shows up as a recorder error, also reported).

#include "audio_level_meter.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

class AppController;
class EvidenceCapture;
namespace its {
class EvidenceStore;
}
namespace its::media {
class VoiceRecorder;
}

class MemoRecorder : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("app_controller.h")
    Q_MOC_INCLUDE("evidence_capture.h")
    QML_ELEMENT
    // Where the scratch space and the permissions come from (AppController in the app).
    Q_PROPERTY(AppController *app READ app WRITE setApp NOTIFY appChanged)
    // Where the memo goes: the capture's walk, contact, caption and timeline time.
    Q_PROPERTY(EvidenceCapture *capture READ capture WRITE setCapture NOTIFY captureChanged)
    // "idle", "recording", "paused", "saving" or "unsaved" (the store failed: saveAgain()).
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(double elapsedMs READ elapsedMs NOTIFY elapsedChanged)
    Q_PROPERTY(double level READ level NOTIFY levelChanged)
    Q_PROPERTY(bool microphoneAvailable READ microphoneAvailable NOTIFY devicesChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit MemoRecorder(QObject *parent = nullptr);
    ~MemoRecorder() override;

    AppController *app() const { return app_; }
    void setApp(AppController *app);
    EvidenceCapture *capture() const { return capture_; }
    void setCapture(EvidenceCapture *capture);
    QString state() const;
    double elapsedMs() const;
    double level() const { return meter_.level(); }
    bool microphoneAvailable() const;
    QString errorString() const { return errorString_; }

    Q_INVOKABLE bool start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop(); // saves: saved() or an error follows
    Q_INVOKABLE void discard();
    Q_INVOKABLE void saveAgain();

signals:
    void appChanged();
    void captureChanged();
    void stateChanged();
    void elapsedChanged();
    void levelChanged();
    void devicesChanged();
    void errorStringChanged();
    void saved(const QString &evidenceId);

private:
    void begin(); // after the permission is granted
    void drop();  // forgets the recorder (the vault is about to lock)
    void setError(const QString &message);

    QPointer<AppController> app_;
    QPointer<EvidenceCapture> capture_;
    std::unique_ptr<its::EvidenceStore> store_;
    std::unique_ptr<its::media::VoiceRecorder> recorder_;
    AudioLevelMeter meter_;
    QAudioDevice meterDevice_;
    QString errorString_;
    bool saving_ = false;
};
