#include "memo_recorder.h"

#include "app_controller.h"
#include "contact_controller.h"
#include "evidence_capture.h"
#include "vault/evidence_store.h"
#include "voice_recorder.h"

#include <QMediaDevices>

MemoRecorder::MemoRecorder(QObject *parent)
    : QObject(parent)
{
    connect(&meter_, &AudioLevelMeter::levelChanged, this, &MemoRecorder::levelChanged);
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioInputsChanged, this, &MemoRecorder::devicesChanged);
}

MemoRecorder::~MemoRecorder() = default; // the VoiceRecorder wipes what it holds

void MemoRecorder::setApp(AppController *app)
{
    AppController *before = app_.data();
    if (before == app)
        return;
    if (before)
        disconnect(before->session(), nullptr, this, nullptr);
    drop();
    app_ = app;
    if (app)
        connect(app->session(), &VaultSession::aboutToLock, this, &MemoRecorder::drop);
    emit appChanged();
}

void MemoRecorder::setCapture(EvidenceCapture *capture)
{
    if (capture_ == capture)
        return;
    capture_ = capture;
    emit captureChanged();
}

QString MemoRecorder::state() const
{
    if (saving_)
        return QStringLiteral("saving");
    if (!recorder_)
        return QStringLiteral("idle");
    if (recorder_->hasUnsaved())
        return QStringLiteral("unsaved");
    if (!recorder_->isRecording())
        return QStringLiteral("idle");
    return recorder_->isPaused() ? QStringLiteral("paused") : QStringLiteral("recording");
}

double MemoRecorder::elapsedMs() const
{
    return recorder_ ? static_cast<double>(recorder_->duration()) : 0.0;
}

bool MemoRecorder::microphoneAvailable() const
{
    return !QMediaDevices::audioInputs().isEmpty();
}

bool MemoRecorder::start()
{
    if (state() != QLatin1String("idle"))
        return false;
    if (!microphoneAvailable()) {
        setError(tr("No microphone found. Connect one and try again, or write what you heard "
                    "in the note."));
        return false;
    }
    AppController *app = app_.data();
    its::platform::Permissions *permissions = app ? app->platform().permissions.get() : nullptr;
    if (!app || !app->platform().mediaScratch || !permissions) {
        setError(tr("Voice memos cannot be recorded on this device yet."));
        return false;
    }
    setError({});
    // Asked every time: the answer may come back later (mobile), possibly before this returns.
    QPointer<MemoRecorder> self(this);
    permissions->request(
        its::platform::Permission::Microphone, [self](its::platform::PermissionStatus status) {
            if (!self)
                return;
            if (status != its::platform::PermissionStatus::Granted) {
                self->setError(tr("Microphone access is off for this app. Allow it in the "
                                  "system settings, then try again."));
                return;
            }
            self->begin();
        });
    return errorString_.isEmpty();
}

void MemoRecorder::begin()
{
    its::media::EvidenceTarget where;
    EvidenceCapture *capture = capture_.data();
    AppController *app = app_.data();
    its::platform::MediaScratch *scratch = app ? app->platform().mediaScratch.get() : nullptr;
    its::Database *db = capture && scratch ? capture->target(where) : nullptr;
    if (!db || !scratch) {
        setError(capture ? capture->errorString() : tr("There is no walk to add this to."));
        return;
    }
    recorder_.reset(); // the memo before: its microphone stops before the next one starts
    store_ = std::make_unique<its::EvidenceStore>(*db);
    recorder_ = std::make_unique<its::media::VoiceRecorder>(*scratch, *store_);
    connect(recorder_.get(), &its::media::VoiceRecorder::durationChanged, this, [this](qint64 ms) {
        // The meter listens only once the recorder hears sound: Qt 6.4's PulseAudio
        // QAudioSource::start() waits forever on a suspended source, freezing the app,
        // while the recorder then gives up with a clear message.
        if (ms > 0 && !meter_.isRunning())
            meter_.start(meterDevice_);
        emit elapsedChanged();
    });
    connect(recorder_.get(), &its::media::VoiceRecorder::recorderStateChanged, this,
            &MemoRecorder::stateChanged);
    connect(recorder_.get(), &its::media::VoiceRecorder::saved, this, [this](const QString &id) {
        saving_ = false;
        meter_.stop();
        if (capture_)
            capture_->setCaption({});
        emit stateChanged();
        emit saved(id);
    });
    connect(recorder_.get(), &its::media::VoiceRecorder::failed, this,
            [this](const QString &message) {
                const bool whileRecording = !saving_;
                saving_ = false;
                meter_.stop();
                // A desktop refusal of the microphone arrives as a recorder error.
                setError(whileRecording
                             ? tr("%1 If the microphone is in use by another app or its access "
                                  "is turned off, free it or allow it, then try again.")
                                   .arg(message)
                             : message);
                emit stateChanged();
            });
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (!recorder_->start(where, device)) {
        setError(recorder_->lastError());
        recorder_.reset();
        return;
    }
    meterDevice_ = device;
    emit stateChanged();
}

void MemoRecorder::pause()
{
    if (state() == QLatin1String("recording"))
        recorder_->pause();
}

void MemoRecorder::resume()
{
    if (state() == QLatin1String("paused"))
        recorder_->resume();
}

void MemoRecorder::stop()
{
    const QString now = state();
    if (now != QLatin1String("recording") && now != QLatin1String("paused"))
        return;
    saving_ = true;
    meter_.stop();
    emit stateChanged();
    recorder_->stop();
}

void MemoRecorder::discard()
{
    const QString now = state();
    if (now == QLatin1String("recording") || now == QLatin1String("paused")) {
        drop(); // the recorder's destructor stops it and wipes the scratch file
        return;
    }
    if (recorder_)
        recorder_->discard();
    setError({});
    emit stateChanged();
}

void MemoRecorder::saveAgain()
{
    if (state() != QLatin1String("unsaved"))
        return;
    saving_ = true;
    emit stateChanged();
    recorder_->saveAgain();
}

void MemoRecorder::drop()
{
    meter_.stop();
    saving_ = false;
    if (!recorder_)
        return;
    recorder_.reset();
    store_.reset();
    emit stateChanged();
    emit elapsedChanged();
}

void MemoRecorder::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}
