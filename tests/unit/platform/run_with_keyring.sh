#!/usr/bin/env bash
# Runs "$@" inside a private D-Bus session with an unlocked gnome-keyring (Secret Service), all in
# a temporary folder that is removed afterwards. Without gnome-keyring the command runs as is and
# skips its keyring checks.
set -euo pipefail
if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
  exec "$@"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The daemon runs in the foreground as our child, with its output detached, so it can be ended
# by its own pid and does not keep ctest's pipes open.
inner='printf "its-test" | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >/dev/null 2>&1 &
daemon=$!
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
    | grep -q "boolean true" && break
  sleep 0.1
done
rc=0; ITS_KEYRING=running "$@" || rc=$?
kill "$daemon" 2>/dev/null || true
wait "$daemon" 2>/dev/null || true
exit $rc'
dbus-run-session -- bash -c "$inner" keyring "$@"
