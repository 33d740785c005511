#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Runs each libFuzzer harness for a number of executions and prints a table.
#   bench/fuzz.sh RUNS [HARNESS...]            e.g. bench/fuzz.sh 10000000
# One process per harness, one after the other (libFuzzer's default: no -jobs, no -workers),
# -timeout=10 -rss_limit_mb=2048, from a copy of tests/fuzz/corpus/<harness> with its
# dictionary. FUZZ_BENCH_MAX_SECONDS=N also stops each harness after N seconds. Logs are kept
# in build/fuzz/bench-logs/<harness>.log, reproducers of findings in build/fuzz/findings/.
# Needs the fuzz build: cmake --preset fuzz && cmake --build --preset fuzz
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/fuzz/lib.sh

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 RUNS [HARNESS...]" >&2
    exit 2
fi
runs=$1
shift
harnesses=("$@")
[[ ${#harnesses[@]} -gt 0 ]] || harnesses=("${FUZZ_HARNESSES[@]}")
limit=()
[[ -n ${FUZZ_BENCH_MAX_SECONDS:-} ]] && limit=(-max_total_time="$FUZZ_BENCH_MAX_SECONDS")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p build/fuzz/bench-logs

rows=()
status=0
for h in "${harnesses[@]}"; do
    fuzz_run "$h" "$work/$h" -runs="$runs" "${limit[@]}"
    [[ $FUZZ_RC -eq 127 ]] && { status=1; continue; }
    cp "$FUZZ_LOG" "build/fuzz/bench-logs/$h.log"
    n=${#FUZZ_FOUND[@]}
    if [[ $FUZZ_RC -ne 0 && $n -eq 0 ]]; then n="exit $FUZZ_RC"; fi
    rate=$(awk -v r="${FUZZ_RUNS:-0}" -v s="$FUZZ_SECONDS" 'BEGIN {printf "%.0f", (s > 0 ? r / s : 0)}')
    rows+=("$(printf '%-18s %12s %9s %9s %9s' "$h" "${FUZZ_RUNS:-?}" "$FUZZ_SECONDS" "$rate" "$n")")
    if [[ $FUZZ_RC -ne 0 || ${#FUZZ_FOUND[@]} -gt 0 ]]; then
        status=1
        fuzz_report_finding "$h"
    fi
done

printf '%-18s %12s %9s %9s %9s\n' harness executions seconds exec/s findings
for r in "${rows[@]}"; do echo "$r"; done
exit $status
