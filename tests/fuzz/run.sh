#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Runs each libFuzzer harness for a while and fails on any finding (the CI step).
#   tests/fuzz/run.sh SECONDS [HARNESS...]     (default: every harness)
# Needs the fuzz build: cmake --preset fuzz && cmake --build --preset fuzz
# Each harness starts from a copy of tests/fuzz/corpus/<harness> (the repository's corpus is
# never modified) with its dictionary. Findings (crash-*, leak-*, timeout-*, oom-*, slow-unit-*)
# are kept in build/fuzz/findings/; the script prints their path and base64 and exits with 1.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/fuzz/lib.sh

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 SECONDS [HARNESS...]" >&2
    exit 2
fi
secs=$1
shift
harnesses=("$@")
[[ ${#harnesses[@]} -gt 0 ]] || harnesses=("${FUZZ_HARNESSES[@]}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for h in "${harnesses[@]}"; do
    fuzz_run "$h" "$work/$h" -max_total_time="$secs"
    if [[ $FUZZ_RC -eq 0 && ${#FUZZ_FOUND[@]} -eq 0 ]]; then
        echo "fuzz $h: ${FUZZ_RUNS:-?} executions in $FUZZ_SECONDS s, no finding"
        continue
    fi
    status=1
    [[ $FUZZ_RC -eq 127 ]] && continue
    echo "fuzz $h: FINDING after ${FUZZ_RUNS:-?} executions in $FUZZ_SECONDS s (libFuzzer exit $FUZZ_RC)"
    fuzz_report_finding "$h"
done
exit $status
