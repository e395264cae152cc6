#!/usr/bin/env bash
# Runs the full benchmarks (after a default build) and prints each figure as a ratio to its
# baseline measured in the same run. Not part of the test suite: timings never gate a build.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
out=$(mktemp -d)
for bench in "$build"/tests/bench/*/bench_*; do
  [ -x "$bench" ] || continue
  echo "== $(basename "$bench")" >&2
  "$bench" --benchmark_format=json --benchmark_out="$out/$(basename "$bench").json" \
           --benchmark_out_format=json >/dev/null
done
python3 scripts/bench_ratios.py "$out"/*.json
