#!/usr/bin/env bash
# run_with_pulse.sh's private PulseAudio session plus a source that is not a monitor: Qt's
# PulseAudio backend lists no monitor sources among the audio inputs, and the memo screen
# checks for a microphone first. its_mic remaps the sine playing on its_null's monitor.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" != "--inside" ]; then
  exec "$here/run_with_pulse.sh" "$0" --inside "$@"
fi
shift
if [ -n "${ITS_PULSE:-}" ]; then
  pactl load-module module-remap-source master=its_null.monitor source_name=its_mic >/dev/null
  pactl set-default-source its_mic
fi
exec "$@"
