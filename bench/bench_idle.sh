#!/usr/bin/env bash
# Idle-cutoff discovery time divided by the true cutoff, against the demo fault server with
# known cutoffs: "fin" (the server ends sessions by itself: observed as it happens) and
# "seed" (seed 000: reset on the next command, silence after UID FETCH: only probing shows it).
#   bench/bench_idle.sh [CLI] [CUTOFFS...]      default CUTOFFS: 10 30
# Loopback only; every run is bounded by --idle-max (4x the cutoff) and a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/release/app/mailscope-cli}
[[ -x $cli ]] || cli=build/dev/app/mailscope-cli
shift || true
cutoffs=("$@")
[[ ${#cutoffs[@]} -gt 0 ]] || cutoffs=(10 30)
tmp=$(mktemp -d)
server=
trap '[[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT

printf '%-6s %8s %10s %10s %8s %7s %s\n' end cutoff measured took ratio probes close
for c in "${cutoffs[@]}"; do
    for end in fin seed; do
        "$cli" demo-server --idle-cutoff "$c" --idle-end "$end" >"$tmp/server.out" &
        server=$!
        for _ in $(seq 50); do grep -q 'SHA-256' "$tmp/server.out" 2>/dev/null && break; sleep 0.1; done
        port=$(grep -o '127.0.0.1:[0-9]*' "$tmp/server.out" | cut -d: -f2)
        [[ -n $port ]] || { echo "demo server did not start" >&2; exit 1; }
        rm -f "$tmp/r.json"
        sha=$(grep -o 'SHA-256 [0-9a-f]*' "$tmp/server.out" | cut -d' ' -f2)
        start=$(date +%s.%N)
        MS_PW=demo-password timeout $((c * 12 + 60)) "$cli" diagnose "imap://demo@127.0.0.1:$port" \
            --checks idle --idle-max $((c * 4)) --accept-cert "$sha" --password-env MS_PW \
            --silence 3 --json "$tmp/r.json" >/dev/null || true
        end_t=$(date +%s.%N)
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        python3 - "$tmp/r.json" "$c" "$end" "$start" "$end_t" <<'PY'
import json, sys
path, c, end, t0, t1 = sys.argv[1], float(sys.argv[2]), sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
d = json.load(open(path))
f = next((x for x in d["findings"] if x["id"] == "idle.timeout"), None)
if not f:
    print(f"{end:6} {c:8.0f}   (no cutoff found)")
else:
    data = f["data"]
    took = data["probe_seconds"]
    summary = next(x["summary"] for x in d["checks"] if x["id"] == "idle")
    probes = summary.split(" probes")[0].split()[-1]
    print(f"{end:6} {c:8.0f} {data['seconds']:10.1f} {took:10.0f} {took / c:8.2f} {probes:>7} {data['close']} ({data['method']}); whole run {t1 - t0:.0f} s")
PY
    done
done
