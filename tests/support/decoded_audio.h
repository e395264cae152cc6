#pragma once
// Decodes audio from memory, never from a file, as the app plays memos: the tests check a
// recording's real length and that it decodes at all. Shared by the media integration tests.

#include <QAudioDecoder>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace its::testing {

// The decoded audio's duration in ms, or -1 when GStreamer cannot decode `bytes`.
inline qint64 decodedDurationMs(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QAudioDecoder decoder;
    decoder.setSource(QUrl()); // setSourceDevice replaces any file source
    decoder.setSourceDevice(&buffer);
    qint64 us = 0;
    bool failed = false;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &decoder,
                     [&] { us += decoder.read().duration(); });
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &decoder,
                     [&](QAudioDecoder::Error) { failed = true; });
    QSignalSpy finished(&decoder, &QAudioDecoder::finished);
    decoder.start();
    if (!QTest::qWaitFor([&] { return failed || finished.count() > 0; }, 30'000) || failed)
        return -1;
    return us / 1000;
}

} // namespace its::testing
