#!/usr/bin/env bash
# The whole test suite: install, build, lint, every ctest label, then the unit tests again
# under AddressSanitizer + UndefinedBehaviorSanitizer. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

echo "== build (default preset)"
cmake --preset default
cmake --build --preset default

echo "== format and lint"
scripts/check-format.sh
scripts/qmllint.sh build/default

echo "== ctest: unit, qml, integration, bench smoke"
ctest --preset default

echo "== ctest under ASan+UBSan: unit"
cmake --preset asan
cmake --build --preset asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --preset asan
