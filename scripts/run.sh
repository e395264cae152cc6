#!/usr/bin/env bash
# Fresh Debian 12 machine -> installed dependencies, a build, and the running app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
if [ -x build/default/qml/intheirshoes ]; then
  exec build/default/qml/intheirshoes "$@"
fi
exec build/default/cli/intheirshoes-cli --help
