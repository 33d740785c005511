#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Idle-cutoff discovery time divided by the true cutoff, against demo servers with known
# cutoffs, for each way a cutoff shows (issue 12):
#   rst-command  reset on the next command (only a probe shows it)
#   seed         seed 000: reset on the next command, silence after UID FETCH (only probes)
#   fin, bye     the server ends idle sessions by itself (seen as it happens)
# beside the scheme before issue 12 (the mailscope-cli built from commit dcf0243), in the same
# run. Every case runs in parallel with its own demo server (own process, loopback, port 0),
# so the run takes about as long as its slowest case (old scheme, 300 s: ~15 minutes).
#   bench/bench_idle.sh [NEW_CLI] [OLD_CLI] [CUTOFFS...]    default CUTOFFS: 10 30 60 300
# The new scheme gets --idle-max 1860 (the cutoff is unknown in advance); the old one
# --idle-max 4x the cutoff (its first probe comes at --idle-max/32: a smaller --idle-max is in
# its favour) and its own default --max-connections (4). Both: --silence 3. Each run is
# bounded by `timeout`. Not a test: wall-clock timings on a loaded machine vary.
set -euo pipefail
cd "$(dirname "$0")/.."
new=${1:-build/ci/app/mailscope-cli}
old=${2:-build/baseline/mailscope-cli-dcf0243}
shift 2 || shift $# || true
cutoffs=("$@")
[[ ${#cutoffs[@]} -gt 0 ]] || cutoffs=(10 30 60 300)
[[ -x $new ]] || { echo "no mailscope-cli at $new" >&2; exit 1; }
schemes=(new)
if [[ -x $old ]]; then schemes+=(old); else echo "no old scheme at $old: new only" >&2; fi
tmp=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT

# One case: its own demo server (from the new CLI: it knows every ending kind), one diagnose
# run, one result line in $tmp/<case>.row.
run_case() {
    local scheme=$1 end=$2 c=$3
    local dir=$tmp/$scheme-$end-$c cli idlemax
    mkdir -p "$dir"
    if [[ $scheme == new ]]; then cli=$new idlemax=1860; else cli=$old idlemax=$((c * 4)); fi
    "$new" demo-server --idle-cutoff "$c" --idle-end "$end" >"$dir/server.out" 2>&1 &
    local server=$!
    local port= sha=
    for _ in $(seq 100); do
        grep -q 'SHA-256' "$dir/server.out" 2>/dev/null && break
        sleep 0.1
    done
    port=$(grep -o '127.0.0.1:[0-9]*' "$dir/server.out" | head -1 | cut -d: -f2)
    sha=$(grep -o 'SHA-256 [0-9a-f]*' "$dir/server.out" | cut -d' ' -f2)
    if [[ -z $port ]]; then
        echo "$scheme $end $c server-did-not-start" >"$dir/row"
        kill "$server" 2>/dev/null || true
        return
    fi
    local t0 t1
    t0=$(date +%s.%N)
    MS_PW=demo-password timeout $((c * 5 + 600)) "$cli" diagnose "imap://demo@127.0.0.1:$port" \
        --checks idle --idle-max "$idlemax" --accept-cert "$sha" --password-env MS_PW \
        --silence 3 --json "$dir/r.json" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    python3 - "$dir/r.json" "$scheme" "$end" "$c" "$t0" "$t1" >"$dir/row" <<'PY'
import json, sys
path, scheme, end, c, t0, t1 = sys.argv[1:7]
c, wall = float(c), float(sys.argv[6]) - float(sys.argv[5])
try:
    d = json.load(open(path))
except Exception as e:
    print(f"{scheme} {end} {c:.0f} no-report ({e.__class__.__name__})")
    sys.exit(0)
f = next((x for x in d.get("findings", []) if x["id"] == "idle.timeout"), None)
summary = next((x["summary"] for x in d.get("checks", []) if x["id"] == "idle"), "")
if not f:
    print(f"{scheme} {end} {c:.0f} no-cutoff-found {wall:.0f} {summary[:80]!r}")
    sys.exit(0)
data = f["data"]
took = data["probe_seconds"]
lo, hi = data.get("lower_seconds", 0), data.get("upper_seconds", 0)
res = 0.5 if data.get("method") == "observed" else (hi - lo) / 2
conns = data.get("connections")
if conns is None:
    # The old report does not say; it held --max-connections (default 4) throughout.
    conns = "4*"
import re
m = re.search(r"(\d+) probes? in", summary)
probes = m.group(1) if m else "?"
ok = "ok" if lo < c <= hi + 0.05 or abs(data["seconds"] - c) <= 0.5 else "WRONG"
print(f"{scheme} {end} {c:.0f} {data['seconds']:.1f} {took:.0f} {took / c:.2f} {conns} "
      f"{res:.1f} {probes} {data['close']}/{data['method']} {ok} {wall:.0f}")
PY
}

start=$(date +%s)
# Cutoffs under 30 s first, on their own: a tenth of 10 s is 1 s, which the set-up of two
# witness connections can take on 2 cores shared by 32 clients and servers, and a help desk
# runs one diagnosis, not 32. The rest then all at once.
for phase in short long; do
    for c in "${cutoffs[@]}"; do
        short=long
        [[ $c -lt 30 ]] && short=short
        [[ $short == "$phase" ]] || continue
        for end in rst-command seed fin bye; do
            for s in "${schemes[@]}"; do
                run_case "$s" "$end" "$c" &
                pids+=($!)
            done
        done
    done
    for p in "${pids[@]}"; do wait "$p" || true; done
    pids=()
done

printf '| %-6s | %-11s | %6s | %8s | %7s | %6s | %11s | %11s | %6s | %-14s | %s |\n' \
    scheme ending cutoff measured took ratio connections "± seconds" probes close "check (wall)"
printf '|%s|\n' "--------|-------------|--------|----------|---------|--------|-------------|-------------|--------|----------------|-------------"
for c in "${cutoffs[@]}"; do
    for end in rst-command seed fin bye; do
        for s in "${schemes[@]}"; do
            row=$(cat "$tmp/$s-$end-$c/row" 2>/dev/null || echo "$s $end $c missing")
            read -r -a f <<<"$row"
            if [[ ${#f[@]} -lt 12 ]]; then
                printf '| %-6s | %-11s | %6s | %s |\n' "${f[0]}" "${f[1]}" "${f[2]}" "${f[*]:3}"
            else
                printf '| %-6s | %-11s | %6s | %8s | %7s | %6s | %11s | %11s | %6s | %-14s | %s (%s s) |\n' \
                    "${f[@]:0:11}" "${f[11]}"
            fi
        done
    done
done
echo "whole bench: $(($(date +%s) - start)) s wall; ratio = took / cutoff; took = the probe's own" \
    "start-to-verdict time; * = the old report does not say, it holds --max-connections (4)"
