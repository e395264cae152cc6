#pragma once
// The private PulseAudio session's default source (run_with_pulse.sh): suspended, it sends no
// sound at all, as a microphone that never starts.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace its::testing {

// False when pactl failed (no PulseAudio session).
inline bool suspendDefaultSource(bool suspended)
{
    return QProcess::execute(QStringLiteral("pactl"),
                             {QStringLiteral("suspend-source"), QStringLiteral("@DEFAULT_SOURCE@"),
                              suspended ? QStringLiteral("1") : QStringLiteral("0")}) == 0;
}

} // namespace its::testing
