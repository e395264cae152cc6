#!/usr/bin/env bash
# Runs "$@" with a private PulseAudio daemon whose default source carries a 440 Hz sine, in its own
# runtime folder on tmpfs (/dev/shm) and its own HOME, removed afterwards. module-sine-source
# delivers its tone in 2 s blocks (a 3 s recording stopped at 3 s holds 2 s or 4 s), so the sine
# comes from module-sine playing into a null sink, recorded from that sink's monitor, which
# delivers audio in small fragments like a microphone does.
# Without pulseaudio the command runs with ITS_PULSE unset and skips its recording checks.
set -euo pipefail
if ! command -v pulseaudio >/dev/null || ! command -v pactl >/dev/null || [ ! -d /dev/shm ]; then
  exec "$@"
fi
tmp=$(mktemp -d /dev/shm/its-pulse-XXXXXX)
home=$(mktemp -d)
export HOME="$home" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$home/.config"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# In the foreground as our child (ended by its own pid), never exiting on idle.
pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit --log-target=stderr \
  -L module-native-protocol-unix -L "module-null-sink sink_name=its_null" \
  -L "module-sine sink=its_null frequency=440" >"$tmp/pulse.log" 2>&1 &
daemon=$!
cleanup() {
  kill "$daemon" 2>/dev/null || true
  wait "$daemon" 2>/dev/null || true
  rm -rf "$tmp" "$home"
}
trap cleanup EXIT
for _ in $(seq 100); do
  pactl info >/dev/null 2>&1 && break
  sleep 0.1
done
pactl set-default-source its_null.monitor
rc=0; ITS_PULSE=running "$@" || rc=$?
exit $rc
