#!/usr/bin/env python3
"""Prints benchmark figures as ratios to the baseline measured in the same run.

Pairs are "<name>" vs "<baseline>" as listed in PAIRS; a benchmark that runs its baseline
alternately itself reports the median ratio of its pairs (counters ratio_median, compile_ms,
baseline_ms: PAIRED); unknown benchmarks are listed raw."""
import json
import sys

PAIRS = [
    ("BM_WriteEventsCommitted_Vault", "BM_WriteEventsCommitted_Plain",
     "write events, one commit each (app path)"),
    ("BM_WriteEventsBatched_Vault", "BM_WriteEventsBatched_Plain",
     "write events, raw inserts in one transaction"),
    ("BM_Unlock_Moderate", "BM_Open_Plain", "unlock (Argon2id moderate) vs opening unkeyed"),
    ("BM_Unlock_Interactive", "BM_Open_Plain", "unlock (Argon2id interactive) vs opening unkeyed"),
    ("BM_Summarize50", "BM_WalkToJson50_Baseline", "summary of a 50-touchpoint walk vs its JSON"),
    ("BM_Push_Outbox8", "BM_Push_CurlSequential",
     "sync push 1,000 summaries (PUT + read-back, 8 in flight) vs curl PUT, Apache mod_dav"),
    ("BM_Push_Outbox8", "BM_Push_CurlParallel8", "sync push vs curl --parallel 8"),
    ("BM_Pull_VerifyDecrypt", "BM_Pull_ReadFilesBaseline",
     "sync pull+verify+decrypt 10,000 envelopes vs reading the files"),
]
PAIRED = [
    ("BM_Compile_PairedWithGroupBy",
     "review compile of every figure vs one SQL GROUP BY (unkeyed SQLCipher), median of pairs"),
]


def main(paths):
    times = {}
    counters = {}
    for path in paths:
        with open(path) as f:
            for b in json.load(f)["benchmarks"]:
                times[b["name"].split("/")[0]] = (b["real_time"], b["time_unit"])
                counters[b["name"].split("/")[0]] = b
    print("| figure | measured | baseline | ratio |")
    print("|---|---|---|---|")
    used = set()
    for name, base, label in PAIRS:
        if name in times and base in times:
            (t, u), (bt, bu) = times[name], times[base]
            print(f"| {label} | {t:.3g} {u} | {bt:.3g} {bu} | {t / bt:.2f}x |")
            used.update({name, base})
    for name, label in PAIRED:
        if name in counters and "ratio_median" in counters[name]:
            b = counters[name]
            print(f"| {label} | {b['compile_ms']:.4g} ms | {b['baseline_ms']:.4g} ms"
                  f" | {b['ratio_median']:.2f}x |")
            used.add(name)
    for name, (t, u) in sorted(times.items()):
        if name not in used and "median_ms" in counters[name]:
            print(f"| {name} (median) | {counters[name]['median_ms']:.3g} ms | | |")
        elif name not in used:
            print(f"| {name} | {t:.3g} {u} | | |")


if __name__ == "__main__":
    main(sys.argv[1:])
