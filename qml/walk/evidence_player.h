#pragma once
// Plays a voice memo from the vault without a plaintext file: the decrypted bytes sit in a
// QBuffer in memory and QMediaPlayer reads them through setSourceDevice. One memo at a time;
// the buffer is dropped when playback stops or another memo starts.

#include <QAudioOutput>
#include <QBuffer>
#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>

class WalkController;

class EvidencePlayer : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("walk_controller.h")
    QML_ELEMENT
    Q_PROPERTY(WalkController *walk READ walk WRITE setWalk NOTIFY walkChanged)
    // The memo loaded (playing or paused), "" when none.
    Q_PROPERTY(QString currentId READ currentId NOTIFY stateChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY stateChanged)
    Q_PROPERTY(double positionMs READ positionMs NOTIFY positionChanged)
    Q_PROPERTY(double durationMs READ durationMs NOTIFY positionChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit EvidencePlayer(QObject *parent = nullptr);
    ~EvidencePlayer() override;

    WalkController *walk() const { return walk_; }
    void setWalk(WalkController *walk);
    QString currentId() const { return currentId_; }
    bool playing() const;
    double positionMs() const { return player_ ? static_cast<double>(player_->position()) : 0; }
    double durationMs() const { return player_ ? static_cast<double>(player_->duration()) : 0; }
    QString errorString() const { return errorString_; }

    // Plays `evidenceId` (pauses it when it is the one playing, resumes it when paused).
    Q_INVOKABLE bool toggle(const QString &evidenceId);
    Q_INVOKABLE void stop();

signals:
    void walkChanged();
    void stateChanged();
    void positionChanged();
    void errorStringChanged();

private:
    void setError(const QString &message);
    void makePlayer();

    QPointer<WalkController> walk_;
    // Made at the first play: a page that only lists memos opens no audio output.
    std::unique_ptr<QAudioOutput> output_;
    std::unique_ptr<QMediaPlayer> player_;
    QBuffer buffer_;
    QString currentId_;
    QString errorString_;
};
