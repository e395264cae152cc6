#pragma once
// The microphone's loudness for the memo screen's meter: a QAudioSource on the same input the
// recorder uses, read as it arrives (Qt 6.4 has no level from QMediaRecorder). level is the
// peak of the latest buffer, 0..1. It only listens: nothing is kept or written.

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>
#include <memory>

class QAudioSource;
class QIODevice;

class AudioLevelMeter : public QObject
{
    Q_OBJECT
public:
    explicit AudioLevelMeter(QObject *parent = nullptr);
    ~AudioLevelMeter() override;

    // Listens to `device` (the default input when null); false when it cannot be opened.
    bool start(const QAudioDevice &device);
    void stop();
    bool isRunning() const { return source_ != nullptr; }
    double level() const { return level_; }
    // The peak of `bytes` in `format`, 0..1 (public for the unit test).
    static double peak(const QByteArray &bytes, const QAudioFormat &format);

signals:
    void levelChanged();

private:
    void read();

    std::unique_ptr<QAudioSource> source_;
    QIODevice *io_ = nullptr; // owned by source_
    double level_ = 0;
};
