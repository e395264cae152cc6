#include "audio_level_meter.h"

#include <QAudioSource>
#include <QMediaDevices>
#include <algorithm>
#include <cmath>
#include <cstring>

AudioLevelMeter::AudioLevelMeter(QObject *parent)
    : QObject(parent)
{
}

AudioLevelMeter::~AudioLevelMeter()
{
    stop();
}

bool AudioLevelMeter::start(const QAudioDevice &device)
{
    stop();
    const QAudioDevice input = device.isNull() ? QMediaDevices::defaultAudioInput() : device;
    if (input.isNull())
        return false;
    QAudioFormat format;
    format.setSampleRate(16000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!input.isFormatSupported(format))
        format = input.preferredFormat();
    source_ = std::make_unique<QAudioSource>(input, format);
    io_ = source_->start();
    if (!io_) {
        source_.reset();
        return false;
    }
    connect(io_, &QIODevice::readyRead, this, &AudioLevelMeter::read);
    return true;
}

void AudioLevelMeter::stop()
{
    if (source_)
        source_->stop();
    source_.reset();
    io_ = nullptr;
    if (level_ != 0) {
        level_ = 0;
        emit levelChanged();
    }
}

void AudioLevelMeter::read()
{
    if (!io_ || !source_)
        return;
    const QByteArray bytes = io_->readAll();
    if (bytes.isEmpty())
        return;
    level_ = peak(bytes, source_->format());
    emit levelChanged();
}

double AudioLevelMeter::peak(const QByteArray &bytes, const QAudioFormat &format)
{
    const int size = format.bytesPerSample();
    if (size <= 0)
        return 0;
    double peak = 0;
    for (qsizetype at = 0; at + size <= bytes.size(); at += size) {
        const char *sample = bytes.constData() + at;
        double value = 0;
        switch (format.sampleFormat()) {
        case QAudioFormat::UInt8:
            value = (static_cast<unsigned char>(*sample) - 128) / 128.0;
            break;
        case QAudioFormat::Int16: {
            qint16 v;
            std::memcpy(&v, sample, sizeof v);
            value = v / 32768.0;
            break;
        }
        case QAudioFormat::Int32: {
            qint32 v;
            std::memcpy(&v, sample, sizeof v);
            value = v / 2147483648.0;
            break;
        }
        case QAudioFormat::Float: {
            float v;
            std::memcpy(&v, sample, sizeof v);
            value = v;
            break;
        }
        default:
            return 0;
        }
        peak = std::max(peak, std::abs(value));
    }
    return std::min(peak, 1.0);
}
